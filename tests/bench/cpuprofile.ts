/**
 * Summarises `.cpuprofile` files (from `npm run bench -- --cpu-prof <dir>` or `node --cpu-prof`):
 * where the samples went, by package or source file (self time) and by function (self and
 * inclusive time, each function counted once per sample however deep it recurses).
 *
 *   node tests/bench/cpuprofile.ts <file-or-folder> [--top 30] [--match <text>]
 *
 * `--match` adds the inclusive time of every stack frame whose function name or file contains
 * the text (e.g. `--match outline.ts`). Idle samples are left out of the shares.
 *
 * Phases of an `astro build` profile, by the innermost frame on a sample's stack that tells:
 * page rendering (code of the bundled site in `.prerender/`), bundling (Vite, rolldown, the MDX
 * compiler and the remark/rehype pipeline it runs), Kodex run from its sources (config
 * loading, validation, integration hooks), Astro's own code, and the rest (Node, GC).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** A package name (`astro`, `@astrojs/mdx`), a Kodex source path, or Node's own. */
function owner(url: string): string {
	if (!url) return '(native)';
	const modules = url.lastIndexOf('node_modules/');
	if (modules >= 0) {
		const parts = url.slice(modules + 13).split('/');
		return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
	}
	if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
	const src = url.indexOf('/src/');
	if (src >= 0) return url.slice(src + 1).replace(/\?.*$/, '');
	const dist = url.indexOf('/dist/');
	if (dist >= 0) return 'dist/' + url.slice(dist + 6).split('/')[0];
	return path.basename(url);
}

const BUNDLING =
	/node_modules\/(rolldown|vite|@astrojs\/mdx|@astrojs\/markdown-remark|@astrojs\/compiler|@mdx-js|postcss|lightningcss|esbuild)/;

function phaseOf(url: string): string | undefined {
	if (url.includes('/.prerender/')) return 'page rendering (bundled site)';
	if (BUNDLING.test(url)) return 'bundling (Vite, rolldown, MDX compile)';
	if (/\/src\/.*\.ts$/.test(url) && !url.includes('node_modules'))
		return 'Kodex from sources (config, validation, hooks)';
	if (url.includes('node_modules/astro/')) return 'astro';
	return undefined;
}

function summarise(files: string[], top: number, match: string | undefined): void {
	const phases = new Map<string, number>();
	const self = new Map<string, number>();
	const byOwner = new Map<string, number>();
	const inclusive = new Map<string, number>();
	let matched = 0;
	let total = 0;
	for (const file of files) {
		const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
		const byId = new Map(profile.nodes.map((n) => [n.id, n]));
		const parent = new Map<number, number>();
		for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
		const key = (n: ProfileNode) =>
			`${n.callFrame.functionName || '(anonymous)'} ${owner(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
		profile.samples.forEach((id, i) => {
			const ms = (profile.timeDeltas[i] ?? 0) / 1000;
			const node = byId.get(id)!;
			if (node.callFrame.functionName === '(idle)') return;
			total += ms;
			self.set(key(node), (self.get(key(node)) ?? 0) + ms);
			const o = node.callFrame.url ? owner(node.callFrame.url) : node.callFrame.functionName;
			byOwner.set(o, (byOwner.get(o) ?? 0) + ms);
			const seen = new Set<string>();
			let hit = false;
			let phase: string | undefined;
			for (let n: ProfileNode | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
				const k = key(n);
				phase ??= phaseOf(n.callFrame.url);
				if (match && (k.includes(match) || n.callFrame.url.includes(match))) hit = true;
				if (seen.has(k)) continue;
				seen.add(k);
				inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
			}
			if (hit) matched += ms;
			const label = phase ?? (node.callFrame.url ? 'other' : node.callFrame.functionName);
			phases.set(label, (phases.get(label) ?? 0) + ms);
		});
	}
	const print = (title: string, map: Map<string, number>) => {
		console.log(`\n${title}`);
		for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
			console.log(
				`${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`,
			);
	};
	console.log(`${files.length} profile(s), ${(total / 1000).toFixed(2)} s of non-idle samples`);
	if (match)
		console.log(
			`frames matching "${match}": ${(matched / 1000).toFixed(2)} s, ${((100 * matched) / total).toFixed(1)} %`,
		);
	print('phases', phases);
	print('self time by package or file', byOwner);
	print('self time by function', self);
	print('inclusive time by function', inclusive);
}

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const top = Number(option('--top') ?? 30);
const match = option('--match');
const files = args.flatMap((a) =>
	statSync(a).isDirectory()
		? readdirSync(a)
				.filter((f) => f.endsWith('.cpuprofile'))
				.map((f) => path.join(a, f))
		: [a],
);
if (files.length === 0) {
	console.error(
		'usage: node tests/bench/cpuprofile.ts <file-or-folder> [--top 30] [--match <text>]',
	);
	process.exit(2);
}
summarise(files, top, match);
