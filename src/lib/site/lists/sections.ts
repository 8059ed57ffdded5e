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
