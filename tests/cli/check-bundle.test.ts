/**
 * `npm run check` runs a bundle of its modules (src/cli/check-bundle.ts). The
 * bundle must report exactly what the sources report, and an edited source must
 * never run from an old bundle.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshBundle } from '../../src/cli/check-bundle.ts';
import { materialiseCase } from '../helpers/broken-cases.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmp = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/check-bundle-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The base handbook with the overlay of a broken case (tests/helpers/broken-cases.ts). */
function materialise(caseName: string): string {
	return materialiseCase(path.join(tmp, 'cases', caseName), caseName);
}

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

function check(args: string[], env: NodeJS.ProcessEnv): Run {
	const r = spawnSync(process.execPath, ['src/cli/check.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, KODEX_TODAY: '2026-11-22', KODEX_HISTORY: 'off', ...env },
	});
	// The text report ends with the time the check took.
	const stdout = r.stdout.replace(/\d+[.,]\d\d s\b/g, 'N s');
	return { status: r.status, stdout, stderr: r.stderr };
}

describe('the bundled check', () => {
	const stores = path.join(tmp, 'stores');
	const bundled = (args: string[], env: NodeJS.ProcessEnv = {}) =>
		check(args, { KODEX_CACHE_DIR: stores, ...env });
	const sources = (args: string[], env: NodeJS.ProcessEnv = {}) =>
		check(args, { KODEX_BUNDLE: 'off', KODEX_CACHE_DIR: path.join(tmp, 'no-bundle'), ...env });

	it('reports exactly what the sources report', () => {
		const cases = [
			'base',
			'many-problems',
			'yaml-duplicate-key',
			'body-links',
			'missing-handbook-yaml',
			'latin1-file',
			'control-character',
		];
		for (const c of cases) {
			const content = materialise(c);
			// JSON for every case; the text report (German, and English) for two.
			const variants = ['base', 'many-problems'].includes(c)
				? [['--format', 'json'], ['--strict'], ['--lang', 'en']]
				: [['--format', 'json']];
			for (const args of variants) {
				const a = bundled(args, { KODEX_CONTENT: content });
				const b = sources(args, { KODEX_CONTENT: content });
				expect(a, `${c} ${args.join(' ')}`).toEqual(b);
			}
		}
		// Usage errors and help too.
		for (const args of [['--format', 'xml'], ['--help'], ['--lang', 'fr']])
			expect(bundled(args), args.join(' ')).toEqual(sources(args));
		// The premise: the first runs made a bundle, and the sources' runs made none.
		expect(fs.existsSync(path.join(stores, 'bundle/check/manifest.json'))).toBe(true);
		expect(fs.existsSync(path.join(tmp, 'no-bundle/bundle'))).toBe(false);
	});

	it('bundles again when a source file changes, and only then', async () => {
		const project = path.join(tmp, 'project');
		fs.mkdirSync(path.join(project, 'src'), { recursive: true });
		fs.writeFileSync(
			path.join(project, 'src/main.ts'),
			"import { value } from './value.ts';\nexport const seen: number = value;\n",
		);
		fs.writeFileSync(path.join(project, 'src/value.ts'), 'export const value: number = 1;\n');
		const dir = path.join(project, 'cache');
		const load = async () => {
			const url = await freshBundle(project, 'src/main.ts', dir);
			expect(url).toBeDefined();
			return { url, seen: ((await import(url!)) as { seen: number }).seen };
		};
		const first = await load();
		expect(first.seen).toBe(1);
		// Unchanged sources: the same bundle, not made again.
		const made = fs.statSync(path.join(dir, 'manifest.json')).mtimeMs;
		expect((await load()).url).toBe(first.url);
		expect(fs.statSync(path.join(dir, 'manifest.json')).mtimeMs).toBe(made);
		// An imported file changes (same size): a new bundle with the new value.
		fs.writeFileSync(path.join(project, 'src/value.ts'), 'export const value: number = 2;\n');
		const second = await load();
		expect(second.url).not.toBe(first.url);
		expect(second.seen).toBe(2);
		// A new import of a new file is seen through the importing file.
		fs.writeFileSync(path.join(project, 'src/more.ts'), 'export const more: number = 40;\n');
		fs.writeFileSync(
			path.join(project, 'src/main.ts'),
			"import { value } from './value.ts';\nimport { more } from './more.ts';\nexport const seen: number = value + more;\n",
		);
		expect((await load()).seen).toBe(42);
		fs.writeFileSync(path.join(project, 'src/more.ts'), 'export const more: number = 1;\n');
		expect((await load()).seen).toBe(3);
		// A source that no longer bundles: no bundle (the caller runs the sources).
		fs.writeFileSync(path.join(project, 'src/more.ts'), 'export const more: number = (;\n');
		expect(await freshBundle(project, 'src/main.ts', dir)).toBeUndefined();
	});
});
