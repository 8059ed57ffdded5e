/**
 * A section index's pages: its entries in the index's order (the section's own
 * language first, then documents only in other languages),
 * {@link SECTION_PAGE_SIZE} per page, so that the index stays small at any
 * handbook size and every document stays reachable without JavaScript.
 */
import { t } from '../../../i18n/index.ts';
import { languageLinks, type LanguageLink } from '../model/languages.ts';
import type { Site } from '../model/site.ts';
import type { DocLink, DocType, Language } from '../model/types.ts';
import { homePath, sectionPath } from '../model/urls.ts';
import {
	memoPages,
	pageParam,
	pageTitle,
	paginate,
	SECTION_PAGE_SIZE,
	type ListPage,
} from './paging.ts';
import { sectionOrder, sectionSummaries } from './sections.ts';

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

/** One page of a section index, as the page shows it. */
export interface SectionPage {
	/** The section's name, e.g. "Guidelines". */
	list: string;
	/** The page title: the section's name, with "page n of m" on a paged index. */
	title: string;
	intro: string;
	trail: { label: string; href: string }[];
	/** The same section in the other site languages (their home page where it is empty). */
	languages: LanguageLink[];
	page: ListPage<SectionEntry>;
	/** Documents in the page's language. */
	primary: DocLink[];
	/** Documents only in other languages, under their own heading. */
	others: DocLink[];
}

/** The routes of every section index page: `{lang}/{folder}/` and `{lang}/{folder}/page/{n}/`. */
export function sectionRoutes(site: Site) {
	return site.languages.flatMap((lang) =>
		sectionSummaries(site.docs, lang).flatMap((section) =>
			sectionPages(site, section.type, lang).map((page) => ({
				params: { lang, section: section.folder, page: pageParam(page.number) },
				props: { lang, type: section.type, number: page.number },
			})),
		),
	);
}

/** Page `number` (from 1) of the section index of `type` in `lang`. */
export function sectionPage(
	site: Site,
	type: DocType,
	lang: Language,
	number: number,
): SectionPage {
	const page = sectionPages(site, type, lang)[number - 1];
	if (!page) throw new Error(`Kodex: section ${type} has no page ${number} in ${lang}.`);
	const list = t(lang, `docTypePlural.${type}`);
	return {
		list,
		title: pageTitle(lang, list, page),
		intro: t(lang, `docTypeIntro.${type}`),
		trail: [{ label: t(lang, 'nav.home'), href: homePath(lang) }],
		languages: languageLinks(lang, site.languages, (l) =>
			sectionSummaries(site.docs, l).some((s) => s.type === type)
				? sectionPath(l, type)
				: undefined,
		),
		page,
		primary: page.items.filter((entry) => !entry.other).map((entry) => entry.link),
		others: page.items.filter((entry) => entry.other).map((entry) => entry.link),
	};
}
