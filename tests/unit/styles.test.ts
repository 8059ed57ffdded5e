/**
 * The site's style files (src/styles): every area file puts its rules in one cascade layer
 * declared in layers.css, so the order of the areas does not depend on the order pages load
 * the files in; and no selector is defined in two places in the same media and layer context,
 * so there is one place to change how a thing looks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import postcss, { type AtRule, type Root } from 'postcss';
import { describe, expect, it } from 'vitest';

const STYLES = path.resolve('src/styles');
const ORDER_FILE = 'layers.css';

/** The layer names layers.css declares, in order. */
function declaredLayers(root: Root): string[] {
	const statements = root.nodes.filter(
		(n): n is AtRule => n.type === 'atrule' && n.name === 'layer' && !n.nodes,
	);
	return statements.flatMap((s) => s.params.split(',').map((p) => p.trim()));
}

/** What is wrong with how a style file uses the layers (empty when nothing). */
export function layerProblems(file: string, root: Root, layers: readonly string[]): string[] {
	const nodes = root.nodes.filter((n) => n.type !== 'comment');
	const imports = nodes.filter((n) => n.type === 'atrule' && n.name === 'import');
	const importsOrder = imports.some((n) => /['"]\.\/layers\.css['"]/.test((n as AtRule).params));
	if (!importsOrder) return [`${file} does not import ./${ORDER_FILE} first`];
	const first = nodes[0] as AtRule;
	if (first.type !== 'atrule' || first.name !== 'import' || !first.params.includes(ORDER_FILE)) {
		return [`${file} must import ./${ORDER_FILE} before anything else`];
	}
	const rest = nodes.filter((n) => !(n.type === 'atrule' && n.name === 'import'));
	// An index file only imports area files.
	if (rest.length === 0) return [];
	const problems: string[] = [];
	const blocks = rest.filter((n): n is AtRule => n.type === 'atrule' && n.name === 'layer');
	if (blocks.length !== 1 || rest.length !== 1) {
		problems.push(`${file} must hold exactly one @layer block and nothing outside it`);
	}
	for (const b of blocks) {
		if (!b.nodes) problems.push(`${file} declares a layer order; only ${ORDER_FILE} does`);
		else if (!layers.includes(b.params)) {
			problems.push(`${file} uses layer "${b.params}", not one of ${layers.join(', ')}`);
		}
	}
	return problems;
}

/** The at-rules around a rule, e.g. `@layer components / @media (max-width: 40rem)`. */
function contextOf(node: postcss.Rule): string {
	const chain: string[] = [];
	for (let p = node.parent; p && p.type !== 'root'; p = p.parent) {
		if (p.type === 'atrule') chain.unshift(`@${(p as AtRule).name} ${(p as AtRule).params}`);
	}
	return chain.join(' / ');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Selectors defined in more than one place: each selector of a rule in another file in the
 * same context, or a whole rule's selector list twice in the same file and context.
 */
export function duplicateSelectors(files: ReadonlyMap<string, Root>): string[] {
	const acrossFiles = new Map<string, Set<string>>();
	const withinFile = new Map<string, string[]>();
	for (const [file, root] of files) {
		root.walkRules((rule) => {
			const parent = rule.parent as AtRule | undefined;
			if (parent?.type === 'atrule' && /keyframes$/.test(parent.name)) return;
			const context = contextOf(rule);
			for (const selector of rule.selectors) {
				const key = `${context} :: ${norm(selector)}`;
				if (!acrossFiles.has(key)) acrossFiles.set(key, new Set());
				acrossFiles.get(key)!.add(file);
			}
			const whole = `${file} ${context} :: ${rule.selectors.map(norm).join(', ')}`;
			if (!withinFile.has(whole)) withinFile.set(whole, []);
			withinFile.get(whole)!.push(`${file}:${rule.source?.start?.line}`);
		});
	}
	const found: string[] = [];
	for (const [key, where] of acrossFiles) {
		if (where.size > 1) found.push(`${key} in ${[...where].join(', ')}`);
	}
	for (const [key, where] of withinFile) {
		if (where.length > 1) {
			found.push(`${key} twice: ${where.join(', ')}`);
		}
	}
	return found;
}

function styleFiles(): Map<string, Root> {
	const files = new Map<string, Root>();
	for (const name of readdirSync(STYLES)
		.filter((f) => f.endsWith('.css'))
		.sort()) {
		files.set(name, postcss.parse(readFileSync(path.join(STYLES, name), 'utf8'), { from: name }));
	}
	return files;
}

describe('the style files', () => {
	const files = styleFiles();
	const layers = declaredLayers(files.get(ORDER_FILE)!);

	it('declare the layer order once, in layers.css', () => {
		expect(layers).toEqual([
			'tokens',
			'base',
			'layout',
			'components',
			'pages',
			'utilities',
			'print',
		]);
		expect(files.get(ORDER_FILE)!.nodes.filter((n) => n.type !== 'comment')).toHaveLength(1);
	});

	it('each put their rules in one declared layer', () => {
		const problems = [...files]
			.filter(([name]) => name !== ORDER_FILE)
			.flatMap(([name, root]) => layerProblems(name, root, layers));
		expect(problems).toEqual([]);
		// Area files, not one big sheet: the index only imports.
		expect(files.size).toBeGreaterThan(20);
	});

	it('define no selector twice in the same media and layer context', () => {
		expect(duplicateSelectors(files)).toEqual([]);
	});

	it('offset jump targets in one place: the root scroll-padding, no scroll-margin of their own', () => {
		const margins: string[] = [];
		const paddings: string[] = [];
		for (const [name, root] of files) {
			root.walkDecls(/^scroll-margin/, (d) => {
				margins.push(`${name}: ${d.toString()}`);
			});
			root.walkDecls('scroll-padding-top', () => {
				paddings.push(name);
			});
		}
		expect(margins).toEqual([]);
		expect([...new Set(paddings)]).toEqual(['navigation.css']);
	});

	it('catch a file without a layer, a foreign layer and a second definition', () => {
		const parse = (css: string) => postcss.parse(css);
		expect(layerProblems('a.css', parse('.a { color: red; }'), layers)).toEqual([
			'a.css does not import ./layers.css first',
		]);
		expect(
			layerProblems(
				'b.css',
				parse("@import './layers.css';\n@layer extra { .b { color: red; } }"),
				layers,
			),
		).toEqual([
			'b.css uses layer "extra", not one of tokens, base, layout, components, pages, utilities, print',
		]);
		expect(
			layerProblems(
				'c.css',
				parse("@import './layers.css';\n@layer pages { .c {} }\n.d {}"),
				layers,
			),
		).toEqual(['c.css must hold exactly one @layer block and nothing outside it']);
		const twice = new Map([
			['x.css', parse('@layer pages { .card, .tile { margin: 0; } }')],
			[
				'y.css',
				parse(
					'@layer pages { @media (max-width: 40rem) { .card { margin: 0; } } .tile { padding: 0; } }',
				),
			],
			['z.css', parse('@layer components { .card { margin: 0; } .z {} .z {} }')],
		]);
		expect(duplicateSelectors(twice)).toEqual([
			'@layer pages :: .tile in x.css, y.css',
			'z.css @layer components :: .z twice: z.css:1, z.css:1',
		]);
	});
});
