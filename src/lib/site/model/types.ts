/**
 * Shapes shared by the site's pure view functions. A `SiteDoc` is a validated
 * document as the pages see it: its type, its id and its schema-checked data
 * (from the Astro content collections, which are fed from the validator's model).
 */
import type { DocType, HandbookConfig, Language, Status } from '../../../../schemas/index.ts';
import type { DocDataMap } from '../../model/model.ts';

export type { DocType, HandbookConfig, Language, Status };

export interface TypedDoc<T extends DocType> {
	type: T;
	id: string;
	data: DocDataMap[T];
}

/** A document of type `T`; without `T`, the union over all types (narrow it with `doc.type`). */
export type SiteDoc<T extends DocType = DocType> = { [K in T]: TypedDoc<K> }[T];

/** Everything a list or a link needs to show one document. */
export interface DocLink {
	type: DocType;
	id: string;
	title: string;
	summary: string;
	status: Status;
	language: Language;
	/** Root-relative path, e.g. `/de/guidelines/fotos/` (without the site base). */
	href: string;
}

/** A role id resolved to what readers see. */
export interface RoleRef {
	id: string;
	/** Display name from the team file, or the id when no team defines the role. */
	name: string;
	/** Whether a team file defines the role. */
	known: boolean;
	mailbox?: string;
	/** Link to the role on its team page. */
	href?: string;
}
