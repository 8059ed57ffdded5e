/**
 * Reads the content collections once per build and turns them into the pure
 * site model (src/lib/site/site.ts). Pages call `loadSite()`; the result is
 * shared by every page rendered in the same process.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { DOC_TYPE_NAMES, type DocType } from '../../schemas/index.ts';
import { buildSite, type Site } from '../lib/site/site.ts';
import type { SiteDoc } from '../lib/site/types.ts';
import { withBase } from '../lib/site/urls.ts';
import { today } from '../lib/today.ts';

export type DocEntry = CollectionEntry<DocType>;

export interface LoadedSite extends Site {
	/** The collection entry behind a document, for `render(entry)` and its file path. */
	entry(type: DocType, id: string): DocEntry | undefined;
}

let cached: Promise<LoadedSite> | undefined;

async function load(): Promise<LoadedSite> {
	const config = (await getEntry('handbook', 'handbook'))?.data;
	const entries = new Map<string, DocEntry>();
	const docs: SiteDoc[] = [];
	for (const type of DOC_TYPE_NAMES) {
		for (const entry of (await getCollection(type)) as DocEntry[]) {
			entries.set(`${type}/${entry.id}`, entry);
			docs.push({ type, id: entry.id, data: entry.data } as SiteDoc);
		}
	}
	const site = buildSite(config, docs, today());
	return { ...site, entry: (type, id) => entries.get(`${type}/${id}`) };
}

/** The site model; computed once per build (every time in dev, so edits show up). */
export function loadSite(): Promise<LoadedSite> {
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}

/** A root-relative path with the configured base. */
export function href(path: string): string {
	return withBase(path, import.meta.env.BASE_URL);
}

/** `getStaticPaths` of a page that exists once per site language, e.g. `/de/review/`. */
export async function languagePaths() {
	const site = await loadSite();
	return site.languages.map((lang) => ({ params: { lang }, props: { lang } }));
}
