/**
 * Sections: one per document type. A section index lists that section's
 * documents — it is the no-JavaScript path to every page. No page lists every
 * document of the handbook.
 */
import { DOC_TYPE_NAMES, DOC_TYPES } from '../../../schemas/index.ts';
import { compareLinks, toLink, translationRoot } from './docs.ts';
import type { DocLink, DocType, Language, SiteDoc } from './types.ts';
import { sectionPath } from './urls.ts';

export interface SectionListing {
	type: DocType;
	/** Documents written in the section's language. */
	primary: DocLink[];
	/** Documents in other languages that have no version in this language. */
	others: DocLink[];
}

export interface SectionSummary {
	type: DocType;
	folder: string;
	href: string;
	/** Documents reachable from the section index. */
	count: number;
}

/** What the section `type` lists in `lang`. */
export function sectionListing(
	docs: readonly SiteDoc[],
	type: DocType,
	lang: Language,
): SectionListing {
	const ofType = docs.filter((d) => d.type === type);
	const covered = new Set(
		ofType.filter((d) => d.data.language === lang).map((d) => translationRoot(d)),
	);
	const primary = ofType
		.filter((d) => d.data.language === lang)
		.map(toLink)
		.sort(compareLinks);
	const others = ofType
		.filter((d) => d.data.language !== lang && !covered.has(translationRoot(d)))
		.map(toLink)
		.sort(compareLinks);
	return { type, primary, others };
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
