/** What every view function needs to resolve references: the reader's language and the indexes. */
import { buildDocIndex, linkTo, type DocIndex, type PathOf, type VersionOf } from './docs.ts';
import type { Vocabulary } from '../../domain/vocabulary/index.ts';
import { buildRoleIndex, type RoleIndex } from './roles.ts';
import type { DocType, Language, SiteDoc } from './types.ts';

export interface ViewContext {
	/** Language of the page being rendered. */
	lang: Language;
	docs: DocIndex;
	roles: RoleIndex;
	/** The handbook's merged vocabulary; the built-in one when omitted (tests). */
	vocabulary?: Vocabulary;
	/** Where links to documents point from this page; default: each document's own page. */
	pathOf?: PathOf;
	/** Which version of a document links show (its translation into `lang`); default: the document. */
	versionOf?: VersionOf;
}

/** Builds the indexes once for a set of documents. */
export function createIndexes(docs: readonly SiteDoc[]): Omit<ViewContext, 'lang'> {
	const teams = docs.filter((d): d is SiteDoc<'team'> => d.type === 'team');
	return { docs: buildDocIndex(docs), roles: buildRoleIndex(teams) };
}

/** A reference to another document shown as text, linked when the document is on the site. */
export interface Ref {
	id: string;
	label: string;
	href?: string;
	/** Language of the label (the linked document's content); unknown for plain ids. */
	language?: Language;
}

/** Resolves document ids to references; unknown ids stay visible as plain text. */
export function refsTo(
	ctx: ViewContext,
	ids: readonly string[] | undefined,
	type?: DocType,
): Ref[] {
	return (ids ?? []).map((id) => refTo(ctx, id, type));
}

export function refTo(ctx: ViewContext, id: string, type?: DocType): Ref {
	const link = linkTo(ctx.docs, id, type, ctx);
	return link
		? { id, label: link.title, href: link.href, language: link.language }
		: { id, label: id };
}
