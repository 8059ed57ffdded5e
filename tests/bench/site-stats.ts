/**
 * Sizes of a built site: pages, dist/, the largest document and list pages (raw
 * and gzipped), the Pagefind index, and the JavaScript a page loads before
 * search is opened (its script tags, module preloads and everything they import
 * statically; dynamic `import()` — how Pagefind is loaded — is not followed).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { UNUSED_UI_FILES } from '../../src/astro/pagefind.ts';

export interface PageSize {
	/** Path inside dist/, e.g. `de/guidelines/leitlinie-1/index.html`. */
	page: string;
	bytes: number;
	gzipBytes: number;
}

export interface SiteStats {
	pages: number;
	distBytes: number;
	/** Pagefind's index and runtime, without its ready-made UI files (Kodex deletes them). */
	pagefindBytes: number;
	largestDocumentPage: PageSize | null;
	/** Median size of the document pages. */
	medianDocumentPageBytes: number;
	largestListPage: PageSize | null;
	/** The page that exists at every N, to see whether a page grows with N. */
	referencePage: PageSize | null;
	/** Most gzipped JavaScript any page loads before search is opened, and which page. */
	maxJsBeforeSearch: { page: string; gzipBytes: number };
	referenceJsBeforeSearchGzipBytes: number;
	/** Pages over 1 MB. */
	pagesOverOneMegabyte: number;
}

function walk(dir: string, out: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full, out);
		else out.push(full);
	}
	return out;
}

const gzip = (data: Buffer | string): number => gzipSync(data).length;

const size = (dist: string, file: string): PageSize => {
	const data = readFileSync(file);
	return {
		page: path.relative(dist, file).split(path.sep).join('/'),
		bytes: data.length,
		gzipBytes: gzip(data),
	};
};

const IMPORT = /\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g;

/** Gzipped bytes of one JS file plus everything it imports statically (each file counted once per page). */
function jsClosure(dist: string, file: string, seen: Set<string>): number {
	if (seen.has(file)) return 0;
	seen.add(file);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return 0;
	}
	let total = gzip(text);
	for (const m of text.matchAll(IMPORT)) {
		const spec = m[1]!;
		const target = spec.startsWith('/')
			? path.join(dist, spec)
			: path.resolve(path.dirname(file), spec);
		total += jsClosure(dist, target, seen);
	}
	return total;
}

/** Gzipped JavaScript a page runs before search is opened. */
function jsBeforeSearch(dist: string, html: string): number {
	const seen = new Set<string>();
	let total = 0;
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attrs = m[1]!;
		if (/type="application\/(?:ld\+)?json"/.test(attrs)) continue;
		const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
		if (src) {
			if (src.startsWith('/')) total += jsClosure(dist, path.join(dist, src.split('?')[0]!), seen);
		} else if (m[2]!.trim()) {
			const inline = m[2]!;
			total += gzip(inline);
			for (const i of inline.matchAll(IMPORT))
				if (i[1]!.startsWith('/')) total += jsClosure(dist, path.join(dist, i[1]!), seen);
		}
	}
	for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
		const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
		if (href?.startsWith('/')) total += jsClosure(dist, path.join(dist, href), seen);
	}
	return total;
}

/**
 * Measures `dist`. `isDocumentPage` tells document pages from list pages by their
 * path inside dist/; `referencePage` names a page that exists at every N.
 */
export function siteStats(
	dist: string,
	isDocumentPage: (page: string) => boolean,
	referencePage: string,
): SiteStats {
	const files = walk(dist);
	const html = files.filter((f) => f.endsWith('.html'));
	const bytesOf = (f: string) => statSync(f).size;
	const distBytes = files.reduce((n, f) => n + bytesOf(f), 0);
	const pagefindDir = path.join(dist, 'pagefind') + path.sep;
	const ui = new Set<string>(UNUSED_UI_FILES);
	const pagefindBytes = files
		.filter((f) => f.startsWith(pagefindDir) && !ui.has(path.basename(f)))
		.reduce((n, f) => n + bytesOf(f), 0);
	const rel = (f: string) => path.relative(dist, f).split(path.sep).join('/');
	const docs = html.filter((f) => isDocumentPage(rel(f)));
	const lists = html.filter((f) => !isDocumentPage(rel(f)));
	const largest = (list: string[]) =>
		list.length === 0
			? null
			: size(
					dist,
					list.reduce((a, b) => (bytesOf(b) > bytesOf(a) ? b : a)),
				);
	const docSizes = docs.map(bytesOf).sort((a, b) => a - b);
	let maxJs = { page: '', gzipBytes: 0 };
	const cache = new Map<string, number>();
	let referenceJs = 0;
	for (const f of html) {
		const text = readFileSync(f, 'utf8');
		// Pages with the same scripts load the same JavaScript; measure each set once.
		const key = [
			...text.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*modulepreload[^>]*>/g),
		]
			.map((m) => m[0])
			.join('\n');
		let js = cache.get(key);
		if (js === undefined) {
			js = jsBeforeSearch(dist, text);
			cache.set(key, js);
		}
		if (js > maxJs.gzipBytes) maxJs = { page: rel(f), gzipBytes: js };
		if (rel(f) === referencePage) referenceJs = js;
	}
	const reference = html.find((f) => rel(f) === referencePage);
	return {
		pages: html.length,
		distBytes,
		pagefindBytes,
		largestDocumentPage: largest(docs),
		medianDocumentPageBytes: docSizes[Math.floor(docSizes.length / 2)] ?? 0,
		largestListPage: largest(lists),
		referencePage: reference ? size(dist, reference) : null,
		maxJsBeforeSearch: maxJs,
		referenceJsBeforeSearchGzipBytes: referenceJs,
		pagesOverOneMegabyte: html.filter((f) => bytesOf(f) > 1_000_000).length,
	};
}
