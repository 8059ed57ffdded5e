/**
 * Quality gates on the built site:
 * - JavaScript budget: what a page loads before search is opened — its
 *   scripts, inline and external, plus every module they import statically —
 *   stays at or under 5 KB gzipped, on every page; the search UI and Pagefind
 *   are only reachable through dynamic `import()`;
 * - no page loads anything from another host: outbound `<a>` links in content
 *   are fine, loaded resources (scripts, styles, images, frames, CSS `url()`,
 *   module imports, fetches) are not;
 * - per-page output does not grow with the handbook: the same pages of a
 *   handbook with 60 more documents are (almost) the same size. The section
 *   index of the grown type and the review dashboard list every document by
 *   design and are excluded;
 * - Pagefind's unused ready-made UI files are not shipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { UNUSED_UI_FILES } from '../../src/astro/pagefind.ts';
import { buildGrownSite, buildOverdueSite } from '../helpers/fixture-site.ts';

const BUDGET = 5 * 1024;
const siteDir = inject('siteDir');

function files(dir: string, ext: RegExp): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => ext.test(f))
		.map((f) => path.join(dir, f));
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` of a bundled module. */
function staticImports(code: string): string[] {
	const out: string[] = [];
	for (const m of code.matchAll(
		/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g,
	))
		out.push(m[1]!);
	return out;
}

interface PageJs {
	/** Gzipped bytes of everything loaded before search opens. */
	bytes: number;
	/** Site paths of the module files, inline scripts left out. */
	modules: string[];
}

/** The JavaScript a page runs before any interaction. */
function pageJs(root: string, htmlFile: string): PageJs {
	const html = readFileSync(htmlFile, 'utf8');
	const from = `/${path.relative(root, htmlFile).split(path.sep).join('/')}`;
	const seen = new Set<string>();
	let bytes = 0;
	const visit = (url: string) => {
		if (seen.has(url)) return;
		seen.add(url);
		const code = readFileSync(path.join(root, url), 'utf8');
		bytes += gzipSync(code).length;
		for (const spec of staticImports(code))
			visit(new URL(spec, `http://site.invalid${url}`).pathname);
	};
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
		if (src) visit(new URL(src, `http://site.invalid${from}`).pathname);
		else {
			bytes += gzipSync(m[2]!).length;
			for (const spec of staticImports(m[2]!))
				visit(new URL(spec, `http://site.invalid${from}`).pathname);
		}
	}
	for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
		visit(new URL(m[1]!, `http://site.invalid${from}`).pathname);
	return { bytes, modules: [...seen] };
}

const ABSOLUTE = /^(?:https?:)?\/\//i;

/** URLs of resources a page or stylesheet would load from another host. */
function foreignResources(root: string): string[] {
	const found: string[] = [];
	for (const file of files(root, /\.html$/)) {
		const rel = path.relative(root, file);
		const html = readFileSync(file, 'utf8');
		for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
			const name = tag[1]!.toLowerCase();
			for (const attr of tag[2]!.matchAll(
				/\s(src|href|srcset|poster|data|action|formaction|xlink:href|background)="([^"]*)"/gi,
			)) {
				const values =
					attr[1] === 'srcset'
						? attr[2]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)
						: [attr[2]!];
				for (const value of values) {
					if (!ABSOLUTE.test(value)) continue;
					// Outbound links are allowed; everything else would be loaded.
					if (name === 'a' && attr[1] === 'href') continue;
					found.push(`${rel}: <${name} ${attr[1]}="${value}">`);
				}
			}
			const style = /\sstyle="([^"]*)"/.exec(tag[2]!)?.[1];
			if (style && /url\(\s*['"]?(?:https?:)?\/\//i.test(style))
				found.push(`${rel}: style="${style}"`);
		}
		for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
			for (const url of cssUrls(m[1]!)) found.push(`${rel}: <style> ${url}`);
	}
	for (const file of files(root, /\.css$/))
		for (const url of cssUrls(readFileSync(file, 'utf8')))
			found.push(`${path.relative(root, file)}: ${url}`);
	for (const file of files(root, /\.m?js$/)) {
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(
			/\b(?:import|fetch|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon)\s*\(\s*["'`]((?:https?:|wss?:)?\/\/[^"'`]+)/g,
		))
			found.push(`${path.relative(root, file)}: ${m[0]}`);
		for (const spec of staticImports(code))
			if (ABSOLUTE.test(spec)) found.push(`${path.relative(root, file)}: import ${spec}`);
	}
	return found;
}

function cssUrls(css: string): string[] {
	const out: string[] = [];
	for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)/g))
		if (ABSOLUTE.test(m[1]!)) out.push(m[1]!);
	for (const m of css.matchAll(/@import\s+(?:url\()?\s*['"]?([^'")\s;]+)/g))
		if (ABSOLUTE.test(m[1]!)) out.push(m[1]!);
	return out;
}

beforeAll(() => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
});

describe('JavaScript budget', () => {
	it('keeps every page at or under 5 KB gzipped before search opens', () => {
		const over: string[] = [];
		let largest = { page: '', bytes: 0 };
		for (const file of files(siteDir, /\.html$/)) {
			const { bytes, modules } = pageJs(siteDir, file);
			const page = path.relative(siteDir, file);
			if (bytes > largest.bytes) largest = { page, bytes };
			if (bytes > BUDGET) over.push(`${page}: ${bytes} bytes gzipped`);
			expect(
				modules.filter((m) => /search-ui|\/pagefind\//.test(m)),
				`${page} must load search only on demand`,
			).toEqual([]);
		}
		expect(over).toEqual([]);
		expect(largest.bytes).toBeGreaterThan(0);
	});

	it('follows static imports and counts inline scripts', () => {
		expect(
			staticImports('import{a as b}from"./chunk.js";import"./side.js";export{c}from"./re.js";'),
		).toEqual(['./chunk.js', './side.js', './re.js']);
		expect(staticImports('const m = import("./lazy.js");')).toEqual([]);
	});
});

describe('no other hosts', () => {
	it('loads nothing from another host on any page, stylesheet or script', async () => {
		expect(foreignResources(siteDir)).toEqual([]);
		expect(foreignResources(await buildOverdueSite())).toEqual([]);
	});

	it('still allows outbound links in content', () => {
		const outbound = files(siteDir, /\.html$/).some((f) =>
			/<a\b[^>]*href="https:\/\//.test(readFileSync(f, 'utf8')),
		);
		expect(outbound).toBe(true);
	});
});

describe('page size does not grow with the handbook', () => {
	it('keeps home, 404, search dialog and document pages the same size with 60 more documents', async () => {
		const small = await buildOverdueSite();
		const grown = await buildGrownSite(60);
		const size = (root: string, page: string) => statSync(path.join(root, page)).size;
		const pages = [
			'de/index.html',
			'en/index.html',
			'404.html',
			'de/checklists/index.html',
			'de/checklists/urheberrecht/index.html',
			'de/guidelines/fotos/index.html',
			'de/playbooks/krise/index.html',
		];
		for (const page of pages) {
			const delta = size(grown, page) - size(small, page);
			expect(Math.abs(delta), `${page} grew by ${delta} bytes`).toBeLessThan(600);
		}
		// The listing pages do grow — that shows the extra documents were built.
		const listing =
			size(grown, 'de/guidelines/index.html') - size(small, 'de/guidelines/index.html');
		expect(listing).toBeGreaterThan(60 * 150);
		expect(existsSync(path.join(grown, 'de', 'guidelines', 'zusatz-060', 'index.html'))).toBe(true);
	});
});

describe('search bundle', () => {
	it('ships Pagefind’s API, worker and indexes, but not its unused ready-made UIs', () => {
		const dir = path.join(siteDir, 'pagefind');
		for (const file of UNUSED_UI_FILES) expect(existsSync(path.join(dir, file)), file).toBe(false);
		for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'])
			expect(existsSync(path.join(dir, file)), file).toBe(true);
		const wasm = readdirSync(dir).filter((f) => /^wasm\.[a-z]+\.pagefind$/.test(f));
		expect(wasm).toEqual(expect.arrayContaining(['wasm.de.pagefind', 'wasm.en.pagefind']));
	});
});
