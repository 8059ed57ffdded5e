/**
 * Sections: one per document type. A section index lists that section's
 * documents — it is the no-JavaScript path to every page. No page lists every
 * document of the handbook.
 */
import { DOC_TYPE_NAMES, DOC_TYPES } from '../../../../schemas/index.ts';
import { compareLinks, toLink, toLinkVia, translationRoot } from '../model/docs.ts';
import { createPathOf } from '../model/languages.ts';
import type { DocLink, DocType, Language, SiteDoc } from '../model/types.ts';
import { sectionPath } from '../model/urls.ts';

export interface SectionListing {
	type: DocType;
	/** Documents written in the section's language. */
	primary: DocLink[];
	/**
	 * Documents in other languages that have no version in this language, one
	 * per translation group (the original preferred). Each links to its
	 * fallback page in this language; `language` names its content's language.
	 */
	others: DocLink[];
}

export interface SectionSummary {
	type: DocType;
	folder: string;
	href: string;
	/** Documents reachable from the section index. */
	count: number;
}

/**
 * What the section `type` lists in `lang`. `languages` are the site's
 * languages: a document in one of them has a fallback page in `lang`, and the
 * list links it (without them, every document links its own page).
 */
export function sectionListing(
	docs: readonly SiteDoc[],
	type: DocType,
	lang: Language,
	languages: readonly Language[] = [lang],
): SectionListing {
	const ofType = docs.filter((d) => d.type === type);
	const mine = ofType.filter((d) => d.data.language === lang);
	const covered = new Set(mine.map((d) => translationRoot(d)));
	const pathOf = createPathOf(docs, languages, lang);
	const primary = mine.map((d) => toLink(d)).sort(compareLinks);
	// One entry per translation group: the original, else the first in site language order.
	const rank = (d: SiteDoc) => [
		d.id === translationRoot(d) ? 0 : 1,
		languages.includes(d.data.language) ? languages.indexOf(d.data.language) : languages.length,
	];
	const groups = new Map<string, SiteDoc>();
	for (const doc of ofType) {
		const root = translationRoot(doc);
		if (doc.data.language === lang || covered.has(root)) continue;
		const current = groups.get(root);
		if (!current || compareRank(rank(doc), rank(current)) < 0) groups.set(root, doc);
	}
	const others = [...groups.values()].map((d) => toLinkVia(d, pathOf)).sort(compareLinks);
	return { type, primary, others };
}

function compareRank(a: number[], b: number[]): number {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return 0;
}

/** The sections that have documents, in the fixed type order, with counts. */
export function sectionSummaries(docs: readonly SiteDoc[], lang: Language): SectionSummary[] {
	const out: SectionSummary[] = [];
	for (const type of DOC_TYPE_NAMES) {
		const listing = sectionListing(docs, type, lang);
		const count = listing.primary.length + listing.others.length;
		if (count === 0) continue;
		out.push({ type, folder: DOC_TYPES[type].folder, href: sectionPath(lang, type), count });
	}
	return out;
}

export interface SectionPager {
	/** The section's name in the page language, e.g. "Leitlinien". */
	section: string;
	/** The document before this one in the section index. */
	previous: DocLink | undefined;
	/** The document after this one in the section index. */
	next: DocLink | undefined;
}

/**
 * Previous and next document around `doc` in the order its section index
 * lists them in `lang` (its own language's documents, then those only in other
 * languages); undefined when the section lists nothing else or not this page.
 */
export function sectionPager(
	docs: readonly SiteDoc[],
	doc: SiteDoc,
	lang: Language,
	languages: readonly Language[],
	section: string,
): SectionPager | undefined {
	const { order, positions } = sectionOrder(docs, doc.type, lang, languages);
	const at = positions.get(doc.id) ?? -1;
	if (at < 0 || order.length < 2) return undefined;
	return { section, previous: order[at - 1], next: order[at + 1] };
}

interface SectionOrder {
	listing: SectionListing;
	/** The listing's entries in index order: its own language's, then the others. */
	order: DocLink[];
	/** Where each id first appears in `order`. */
	positions: Map<string, number>;
}

const orders = new WeakMap<readonly SiteDoc[], Map<string, SectionOrder>>();

/**
 * {@link sectionListing} and its order, computed once per document list, type,
 * language and site languages: every document page asks for its neighbours,
 * and the section index's pages share it.
 */
export function sectionOrder(
	docs: readonly SiteDoc[],
	type: DocType,
	lang: Language,
	languages: readonly Language[],
): SectionOrder {
	let byKey = orders.get(docs);
	if (!byKey) orders.set(docs, (byKey = new Map()));
	const key = `${type}\u0000${lang}\u0000${languages.join(',')}`;
	let found = byKey.get(key);
	if (!found) {
		const listing = sectionListing(docs, type, lang, languages);
		const order = [...listing.primary, ...listing.others];
		const positions = new Map<string, number>();
		order.forEach((link, i) => {
			if (!positions.has(link.id)) positions.set(link.id, i);
		});
		byKey.set(key, (found = { listing, order, positions }));
	}
	return found;
}
