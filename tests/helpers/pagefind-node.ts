/**
 * Runs searches against a built Pagefind index in Node by loading the site's
 * own `pagefind/pagefind.js` — the same code the browser runs — with `fetch`
 * taught to read `file:` URLs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface NodeSearchResult {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	excerpt: string;
	/** Sections of the page that match, split on headings with an id (Pagefind sub-results). */
	sub_results?: { url: string; title: string; excerpt: string; anchor?: { id: string } }[];
}

export interface NodePagefind {
	/** `null` lists every page matching the filters. */
	search(query: string | null, filters?: Record<string, string>): Promise<NodeSearchResult[]>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		q: string | null,
		o?: { filters?: Record<string, string> },
	): Promise<{ results: { data(): Promise<NodeSearchResult> }[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let patched = false;

function patchFetch(): void {
	if (patched) return;
	patched = true;
	const original = globalThis.fetch;
	globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (url.startsWith('file:')) {
			const file = fileURLToPath(url.split('?')[0] as string);
			const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
			return new Response(await readFile(file), { headers: { 'Content-Type': type } });
		}
		return original(input, init);
	}) as typeof fetch;
}

/** Pagefind for the pages in `lang` of the site in `siteDir`. */
export async function loadPagefind(siteDir: string, lang: string): Promise<NodePagefind> {
	patchFetch();
	const url = `${pathToFileURL(path.join(siteDir, 'pagefind', 'pagefind.js')).href}?lang=${lang}`;
	const pf = (await import(/* @vite-ignore */ url)) as PagefindModule;
	await pf.options({ baseUrl: '/' });
	// pagefind.js picks its index from <html lang>; give it a minimal document for that one lookup.
	const g = globalThis as { document?: unknown };
	const hadDocument = 'document' in g;
	if (!hadDocument) g.document = { querySelector: () => ({ getAttribute: () => lang }) };
	try {
		await pf.init();
	} finally {
		if (!hadDocument) delete g.document;
	}
	return {
		async search(query, filters) {
			const res = await pf.search(query, filters ? { filters } : {});
			return Promise.all(res.results.map((r) => r.data()));
		},
		filters: () => pf.filters(),
	};
}
