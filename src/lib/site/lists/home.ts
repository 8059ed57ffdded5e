/**
 * The home page: task-first entry points ("May I post this?", "Who is
 * responsible?"; "Crisis? Act now" uses the header's choice in crisis.ts), the
 * latest reviews and the review summary. Pure: every entry point is picked
 * from the validated documents — nothing is hard-coded, and a card without a
 * document is left out. Links lead where `pathOf` says (the reader context's:
 * the translation, else the fallback page in the page's language).
 */
import { DOC_TYPES } from '../../../../schemas/index.ts';
import { lifecycleState } from '../../domain/lifecycle.ts';
import { toLinkVia, translationRoot, type PathOf } from '../model/docs.ts';
import type { DocLink, DocType, Language, SiteDoc } from '../model/types.ts';
import { anchorId, sectionPath } from '../model/urls.ts';

/** The document type of the pre-publish check (registered by its own module when present). */
export const PREPUBLISH_TYPE = 'prepublish';

/** Whether `type` is a registered document type (new types may not exist in every version). */
export function isRegisteredType(type: string): type is DocType {
	return Object.hasOwn(DOC_TYPES, type);
}

/** Documents that are in force today: approved, and not only coming. */
function inForce(doc: SiteDoc, today: string): boolean {
	return lifecycleState(doc.data, today) === 'current';
}

/** Page language first, then the rest; within each, by title and id. */
function byLanguageThenTitle(lang: Language): (a: SiteDoc, b: SiteDoc) => number {
	return (a, b) =>
		Number(a.data.language !== lang) - Number(b.data.language !== lang) ||
		a.data.title.localeCompare(b.data.title, lang) ||
		a.id.localeCompare(b.id);
}

/**
 * The pre-publish check to link from "May I post this?": the first approved
 * document of type `prepublish` (in the page's language when there is one),
 * or undefined — then the card is not shown.
 */
export function prepublishCheck(
	docs: readonly SiteDoc[],
	lang: Language,
	today: string,
	pathOf?: PathOf,
): DocLink | undefined {
	if (!isRegisteredType(PREPUBLISH_TYPE)) return undefined;
	const found = docs
		.filter((d) => (d.type as string) === PREPUBLISH_TYPE && inForce(d, today))
		.sort(byLanguageThenTitle(lang))[0];
	return found ? toLinkVia(found, pathOf) : undefined;
}

export interface ContactRole {
	name: string;
	mailbox?: string;
	/** The role on its team page. */
	href: string;
}

export interface ContactsCard {
	team: DocLink;
	/** The roles people ask first, at most two (the team page has the rest). */
	roles: ContactRole[];
}

/** Role kinds people look for first, in this order. */
const KEY_CATEGORIES = ['social-media-manager', 'crisis-lead', 'legal', 'head-of-communications'];

/** "Who is responsible?": the team page in the page's language and its key roles. */
export function contactsCard(
	docs: readonly SiteDoc[],
	lang: Language,
	maxRoles = 2,
	pathOf?: PathOf,
): ContactsCard | undefined {
	const team = docs
		.filter((d): d is SiteDoc<'team'> => d.type === 'team' && d.data.status !== 'draft')
		.sort(
			(a, b) =>
				Number(a.data.status !== 'approved') - Number(b.data.status !== 'approved') ||
				byLanguageThenTitle(lang)(a, b),
		)[0];
	if (!team) return undefined;
	const link = toLinkVia(team, pathOf);
	const roles = KEY_CATEGORIES.flatMap((category) =>
		team.data.roles.filter((r) => r.category === category),
	)
		.slice(0, maxRoles)
		.map((r) => {
			const role: ContactRole = { name: r.name, href: `${link.href}#${anchorId('role', r.id)}` };
			if (r.mailbox) role.mailbox = r.mailbox;
			return role;
		});
	return { team: link, roles };
}

export interface RecentEntry {
	doc: DocLink;
	/**
	 * `reviewed`: `date` is the recorded `reviewedOn` (YYYY-MM-DD);
	 * `changed`: `date` is the author date of the file's last commit (ISO 8601);
	 * `changed-now`: the file has changes that are not committed yet (no date).
	 */
	kind: 'reviewed' | 'changed' | 'changed-now';
	date?: string;
}

/** Documents in `lang`, plus those in another language that have no version in `lang`. */
function forLanguage(docs: readonly SiteDoc[], lang: Language): SiteDoc[] {
	const published = docs.filter((d) => d.data.status !== 'draft');
	const covered = new Set(
		published.filter((d) => d.data.language === lang).map((d) => translationRoot(d)),
	);
	return published.filter((d) => d.data.language === lang || !covered.has(translationRoot(d)));
}

/** What git knows about a document's file: its last commit's date, and whether it changed since. */
export interface GitChange {
	/** Author date of the newest commit of the file (ISO 8601); undefined when never committed. */
	date: string | undefined;
	uncommitted: boolean;
}

/**
 * The most recently changed documents from the git history, newest first;
 * uncommitted changes ("changed now") on top. Documents git knows nothing about
 * are left out; when that is all of them (no git, history switched off), the
 * list is empty and the page falls back to {@link recentlyReviewed}.
 */
export function recentlyChanged(
	docs: readonly SiteDoc[],
	lang: Language,
	git: (doc: SiteDoc) => GitChange | undefined,
	limit = 5,
	pathOf?: PathOf,
): RecentEntry[] {
	const entries: { doc: SiteDoc; entry: RecentEntry; time: number }[] = [];
	for (const doc of forLanguage(docs, lang)) {
		const change = git(doc);
		if (!change || (!change.uncommitted && change.date === undefined)) continue;
		const link = toLinkVia(doc, pathOf);
		if (change.uncommitted) {
			entries.push({ doc, entry: { doc: link, kind: 'changed-now' }, time: Infinity });
			continue;
		}
		const time = Date.parse(change.date!);
		if (Number.isNaN(time)) continue;
		entries.push({ doc, entry: { doc: link, kind: 'changed', date: change.date! }, time });
	}
	return entries
		.sort(
			(a, b) =>
				(b.time === a.time ? 0 : b.time > a.time ? 1 : -1) ||
				Number(a.doc.data.language !== lang) - Number(b.doc.data.language !== lang) ||
				a.doc.data.title.localeCompare(b.doc.data.title, lang) ||
				a.doc.id.localeCompare(b.doc.id),
		)
		.slice(0, limit)
		.map((e) => e.entry);
}

/**
 * The most recently reviewed documents: by `reviewedOn`, newest first — the
 * date the owner recorded, used when git has no history to give.
 */
export function recentlyReviewed(
	docs: readonly SiteDoc[],
	lang: Language,
	limit = 5,
	pathOf?: PathOf,
): RecentEntry[] {
	return forLanguage(docs, lang)
		.filter((d) => d.data.reviewedOn)
		.sort(
			(a, b) =>
				b.data.reviewedOn!.localeCompare(a.data.reviewedOn!) ||
				Number(a.data.language !== lang) - Number(b.data.language !== lang) ||
				a.data.title.localeCompare(b.data.title, lang) ||
				a.id.localeCompare(b.id),
		)
		.slice(0, limit)
		.map((d) => ({ doc: toLinkVia(d, pathOf), kind: 'reviewed', date: d.data.reviewedOn! }));
}

/** `/de/review/`: the review dashboard. */
export function reviewPath(lang: Language): string {
	return `/${lang}/review/`;
}

/** `/de/review/documents.csv`: the dashboard as a spreadsheet. */
export function reviewCsvPath(lang: Language): string {
	return `/${lang}/review/documents.csv`;
}

/** The playbook section, for "all crisis playbooks". */
export function playbookSectionPath(lang: Language): string {
	return sectionPath(lang, 'playbook');
}

/** Whether two titles say the same (case, spaces and punctuation aside): a card then names its target once. */
export function sameTitle(a: string, b: string): boolean {
	const norm = (s: string) =>
		s
			.toLocaleLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	return norm(a) === norm(b);
}
