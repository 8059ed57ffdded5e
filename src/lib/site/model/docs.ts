/** Lookups and links between documents: the index by id, related documents, translations. */
import { DOC_TYPE_NAMES } from '../../../../schemas/index.ts';
import { isPublished, type PublicationOptions } from '../../domain/publication.ts';
import type { Handbook, ValidDoc } from '../../model/model.ts';
import type { DocLink, DocType, SiteDoc, Status } from './types.ts';
import { docPath } from './urls.ts';

/** Documents by id. Ids are unique across the handbook (the validator enforces it). */
export type DocIndex = ReadonlyMap<string, SiteDoc>;

export function buildDocIndex(docs: readonly SiteDoc[]): DocIndex {
	const index = new Map<string, SiteDoc>();
	for (const doc of docs) if (!index.has(doc.id)) index.set(doc.id, doc);
	return index;
}

/**
 * The documents a site shows, by type in registry order and in file order
 * within a type: those whose data is valid, the first file of each id (the
 * validator reports duplicates), drafts and confidential documents only when
 * `options` include them (src/lib/domain/publication.ts).
 */
export function publishedDocs(handbook: Handbook, options: PublicationOptions): ValidDoc[] {
	const out: ValidDoc[] = [];
	for (const type of DOC_TYPE_NAMES) {
		const seen = new Set<string>();
		for (const doc of handbook.docs) {
			if (doc.type !== type || doc.data === undefined) continue;
			if (!isPublished(doc.data, options) || seen.has(doc.data.id)) continue;
			seen.add(doc.data.id);
			out.push(doc as ValidDoc);
		}
	}
	return out;
}

/**
 * Where a link to a document points. By default its own page; a page in
 * another language passes one that prefers the translation or fallback page
 * in its language (`createPathOf` in languages.ts).
 */
export type PathOf = (doc: SiteDoc) => string;

/**
 * Which version of a document a link shows (title, summary, language): by
 * default the document itself; a page in another language passes one that
 * prefers the translation into its language (`createVersionOf` in languages.ts).
 */
export type VersionOf = (doc: SiteDoc) => SiteDoc;

/** How a page links documents: where to, and which version's title to show. */
export interface LinkVia {
	pathOf?: PathOf | undefined;
	versionOf?: VersionOf | undefined;
}

/** `doc` as a link to its own page. */
export function toLink(doc: SiteDoc): DocLink {
	return {
		type: doc.type,
		id: doc.id,
		title: doc.data.title,
		summary: doc.data.summary,
		status: doc.data.status,
		language: doc.data.language,
		href: docPath(doc.type, doc.id, doc.data.language),
	};
}

/** `doc` as a link to where `pathOf` leads (default: its own page); `language` stays the content's. */
export function toLinkVia(doc: SiteDoc, pathOf: PathOf | undefined): DocLink {
	const link = toLink(doc);
	return pathOf ? { ...link, href: pathOf(doc) } : link;
}

function viaOf(via: PathOf | LinkVia | undefined): LinkVia {
	return typeof via === 'function' ? { pathOf: via } : (via ?? {});
}

/**
 * Link to the document `id`, optionally only when it has type `type`; undefined
 * when unknown. With `via` (a page's view context), the link leads where a
 * reader of that page should go and shows the version it leads to: an English
 * page links the English translation under its English title.
 */
export function linkTo(
	index: DocIndex,
	id: string,
	type?: DocType,
	via?: PathOf | LinkVia,
): DocLink | undefined {
	const doc = index.get(id);
	if (!doc || (type && doc.type !== type)) return undefined;
	const { pathOf, versionOf } = viaOf(via);
	const shown = versionOf?.(doc) ?? doc;
	return pathOf ? { ...toLink(shown), href: pathOf(doc) } : toLink(shown);
}

/** Links for a list of ids, skipping ids that are not (or no longer) on the site. */
export function linksTo(
	index: DocIndex,
	ids: readonly string[] | undefined,
	type?: DocType,
	via?: PathOf | LinkVia,
): DocLink[] {
	const out: DocLink[] = [];
	for (const id of ids ?? []) {
		const link = linkTo(index, id, type, via);
		if (link) out.push(link);
	}
	return out;
}

const STATUS_ORDER: Record<Status, number> = {
	approved: 0,
	'in-review': 1,
	draft: 2,
	superseded: 3,
	deprecated: 4,
};

/** Reading order for lists: current documents first, deprecated last, then by title. */
export function compareLinks(a: DocLink, b: DocLink): number {
	return (
		STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
		a.title.localeCompare(b.title, a.language) ||
		a.id.localeCompare(b.id)
	);
}

/** The id that ties a document and its translations together. */
export function translationRoot(doc: SiteDoc): string {
	return doc.data.translationOf ?? doc.id;
}

/**
 * The documents listed in `related`, in the author's order, once each; the page
 * itself (also as the version `via` shows instead of a listed original) excluded.
 */
export function relatedLinks(doc: SiteDoc, index: DocIndex, via?: PathOf | LinkVia): DocLink[] {
	const seen = new Set<string>([doc.id]);
	return linksTo(index, doc.data.related, undefined, via).filter(
		(link) => !seen.has(link.id) && Boolean(seen.add(link.id)),
	);
}
