/**
 * A section index's pages: its entries in the index's order (the section's own
 * language first, then documents only in other languages),
 * {@link SECTION_PAGE_SIZE} per page, so that the index stays small at any
 * handbook size and every document stays reachable without JavaScript.
 */
import type { Site } from '../model/site.ts';
import type { DocLink, DocType, Language } from '../model/types.ts';
import { sectionPath } from '../model/urls.ts';
import { memoPages, paginate, SECTION_PAGE_SIZE, type ListPage } from './paging.ts';
import { sectionOrder } from './sections.ts';

export interface SectionEntry {
	link: DocLink;
	/** Only in other languages: listed under its own heading, linking its fallback page. */
	other: boolean;
}

const cache = new WeakMap<Site, Map<string, ListPage<SectionEntry>[]>>();

/** Every page of the section index of `type` in `lang`, computed once per site model. */
export function sectionPages(site: Site, type: DocType, lang: Language): ListPage<SectionEntry>[] {
	return memoPages(cache, site, `${type} ${lang}`, () => {
		const { listing } = sectionOrder(site.docs, type, lang, site.languages);
		const entries: SectionEntry[] = [
			...listing.primary.map((link) => ({ link, other: false })),
			...listing.others.map((link) => ({ link, other: true })),
		];
		return paginate(entries, SECTION_PAGE_SIZE, sectionPath(lang, type));
	});
}
