/**
 * Guards the layout of the code: no import cycles in src/ and schemas/ (type
 * imports included), and no Astro in src/lib, which stays plain TypeScript
 * that `npm run check`, the CLI and the tests run without Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIRS = ['src', 'schemas'];

function sourceFiles(): string[] {
	return DIRS.flatMap((dir) =>
		readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.d.ts'))
			.map((f) => path.join(dir, f).split(path.sep).join('/')),
	);
}

/** The script part of a file: an .astro file's frontmatter, or the whole .ts file. */
function script(file: string): string {
	const text = readFileSync(path.join(ROOT, file), 'utf8');
	if (!file.endsWith('.astro')) return text;
	return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiers(file: string): string[] {
	return ts.preProcessFile(script(file), true, true).importedFiles.map((f) => f.fileName);
}

/** The repository file a relative specifier points at; undefined for packages and assets. */
function resolve(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
	if (!spec.startsWith('.')) return undefined;
	const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
	return files.has(target) ? target : undefined;
}

/** Import cycles, each as the list of files around it (Tarjan's strongly connected components). */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	const visit = (v: string): void => {
		index.set(v, next);
		low.set(v, next++);
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) === index.get(v)) {
			const component: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				onStack.delete(w);
				component.push(w);
			} while (w !== v);
			if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
		}
	};
	for (const v of graph.keys()) if (!index.has(v)) visit(v);
	return cycles;
}

const files = sourceFiles();
const fileSet = new Set(files);
const imports = new Map(files.map((f) => [f, specifiers(f)]));
const graph = new Map(
	files.map((f) => [
		f,
		imports
			.get(f)!
			.map((s) => resolve(f, s, fileSet))
			.filter((t): t is string => t !== undefined),
	]),
);

describe('module graph of src/ and schemas/', () => {
	it('reads the imports of every source file', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(graph.get('src/astro/site.ts')).toContain('src/astro/cache.ts');
		expect(imports.get('src/astro/site.ts')).toContain('astro:content');
	});

	it('has no import cycles', () => {
		expect(findCycles(graph)).toEqual([]);
	});

	it('keeps Astro out of src/lib', () => {
		const astro = files
			.filter((f) => f.startsWith('src/lib/'))
			.flatMap((f) =>
				imports
					.get(f)!
					.filter((s) => s === 'astro' || s.startsWith('astro:') || s.startsWith('astro/'))
					.map((s) => `${f} imports ${s}`),
			);
		expect(astro).toEqual([]);
	});

	it('finds a cycle when there is one', () => {
		const cyclic = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']],
			['d', ['a']],
		]);
		expect(findCycles(cyclic)).toEqual([['a', 'b', 'c']]);
		expect(findCycles(new Map([['a', ['a']]]))).toEqual([['a']]);
	});
});
