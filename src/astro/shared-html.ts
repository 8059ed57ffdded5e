/**
 * HTML that several pages of a build show unchanged, rendered once: a document's MDX body is
 * the same on its own page and on each of its fallback pages (the compiled body depends on
 * the document alone: links, citations and glossary terms are resolved when it is compiled,
 * never per page), so the first of those pages renders it and the others reuse the string.
 * Each entry is dropped once its last page has taken it, so the store holds only the bodies
 * whose fallback pages are still to come.
 */
import { fallbackPages } from '../lib/site/model/languages.ts';
import type { Site } from '../lib/site/model/site.ts';
import type { SiteDoc } from '../lib/site/model/types.ts';

export class SharedHtml {
	readonly #entries = new Map<string, { html: string; left: number }>();

	/**
	 * The HTML for `key`, shown on `pages` pages in all: rendered by `render` the first time,
	 * then reused until every page has had it. With one page it is just rendered.
	 */
	async get(key: string, pages: number, render: () => Promise<string>): Promise<string> {
		const entry = this.#entries.get(key);
		if (entry) {
			if (--entry.left <= 0) this.#entries.delete(key);
			return entry.html;
		}
		const html = await render();
		if (pages > 1) this.#entries.set(key, { html, left: pages - 1 });
		return html;
	}

	/** How many entries wait for pages still to come. */
	get size(): number {
		return this.#entries.size;
	}
}

const stores = new WeakMap<Site, { shared: SharedHtml; pages: Map<string, number> }>();

/**
 * A document's MDX body as HTML, rendered once for its own page and all its fallback
 * pages (see {@link SharedHtml}); `render` renders it when this is the first of them.
 */
export function sharedBody(
	site: Site,
	doc: SiteDoc,
	render: () => Promise<string>,
): Promise<string> {
	let store = stores.get(site);
	if (!store) {
		const pages = new Map<string, number>();
		for (const { doc: shown } of fallbackPages(site.docs, site.languages)) {
			const key = `${shown.type}/${shown.id}`;
			pages.set(key, (pages.get(key) ?? 1) + 1);
		}
		store = { shared: new SharedHtml(), pages };
		stores.set(site, store);
	}
	const key = `${doc.type}/${doc.id}`;
	return store.shared.get(key, store.pages.get(key) ?? 1, render);
}
