/**
 * The handbook-wide "What changed" page (its Atom feed: changes-feed.ts): the newest commits
 * that touched the content folder, each with date, author, message and the
 * documents it touched (linked, with type and owner for the filters). Pure:
 * the timeline comes from the history engine (src/lib/history/timeline.ts).
 *
 * Why one file: the page's view types and the functions that fill them belong together;
 * the Atom feed lives in changes-feed.ts.
 */
import { DOC_TYPE_NAMES } from '../../../../schemas/index.ts';
import { t } from '../../../i18n/index.ts';
import { fileRole } from '../../changes/file-role.ts';
import { timeline, type TimelineEntry } from '../../history/timeline.ts';
import type { ChangeStatus, ContentHistory, UncommittedChange } from '../../history/types.ts';
import type { ViewContext } from '../model/context.ts';
import { commitDay } from '../document/history.ts';
import { formatDate } from '../../util/format.ts';
import { resolveRole } from '../model/roles.ts';
import type { DocType, Language, RoleRef, SiteDoc } from '../model/types.ts';
import { docPath } from '../model/urls.ts';

/** Commits listed on the page; older ones are in git. */
export const CHANGES_LIMIT = 100;
/** Entries in the Atom feed. */
export const FEED_LIMIT = 50;
/** Files listed per commit; a mass change (an import, a big rename) says "and N more". */
export const FILES_PER_CHANGE = 20;

/** `/de/changes/` */
export function changesPath(lang: Language): string {
	return `/${lang}/changes/`;
}

/** `/de/changes/feed.xml` */
export function feedPath(lang: Language): string {
	return `/${lang}/changes/feed.xml`;
}

/** Anchor of a commit on the changes page. */
function commitAnchor(shortHash: string): string {
	return `commit-${shortHash}`;
}

/**
 * What happened to a file, in words the page can translate. `first-known`: the
 * oldest commit of a shallow clone, which shows every file as added although
 * git does not know when it was created.
 */
export type FileChangeKind = 'added' | 'changed' | 'renamed' | 'deleted' | 'first-known';

const KIND: Record<ChangeStatus, FileChangeKind> = {
	A: 'added',
	M: 'changed',
	R: 'renamed',
	D: 'deleted',
};

const UNCOMMITTED_KIND: Record<UncommittedChange['status'], FileChangeKind> = {
	added: 'added',
	untracked: 'added',
	modified: 'changed',
	renamed: 'renamed',
	deleted: 'deleted',
};

/** A touched file that is a document on the site. */
export interface ChangedDocView {
	kind: 'doc';
	change: FileChangeKind;
	type: DocType;
	id: string;
	title: string;
	language: Language;
	/** Where readers of the page's language open it (translation or fallback page). */
	href: string;
	owner: RoleRef;
	path: string;
	previousPath?: string;
}

/** A touched file that is not a published document: settings, an asset, a draft or a deleted file (documents by folder only, see {@link unnamed}). */
export interface ChangedFileView {
	kind: 'file';
	change: FileChangeKind;
	/** `settings` is handbook.yaml; `document` a document not on the site (draft, deleted, invalid). */
	role: 'settings' | 'document' | 'other';
	/** The document type for `document` files. */
	type?: DocType;
	path: string;
	previousPath?: string;
}

export type ChangedItemView = ChangedDocView | ChangedFileView;

export interface ChangeEntryView {
	/** Full hash; undefined for the uncommitted changes. */
	hash?: string;
	shortHash?: string;
	anchor: string;
	date?: string;
	dateLabel?: string;
	authorName?: string;
	/** The commit message; undefined when it is withheld (see {@link subjectWithheld}). */
	subject?: string;
	/**
	 * True when the commit touched a document that is not on the site (a draft, an excluded or
	 * deleted one): its message may name it, so the page and the feeds show a neutral title.
	 */
	subjectWithheld?: boolean;
	/** The entry's heading: the subject (or the neutral title), or "changed now" for uncommitted changes. */
	title: string;
	commitUrl?: string;
	/** The files listed, at most {@link FILES_PER_CHANGE}. */
	items: ChangedItemView[];
	/** Files touched beyond those listed, with their document types and owners (for the filters). */
	more?: { count: number; types: DocType[]; owners: RoleRef[] };
	/** Document types and owner role ids of every file touched, for the filters. */
	types: DocType[];
	owners: string[];
}

export interface ChangesResolver {
	/** The published document at a path inside the content folder (its path today). */
	docAt(path: string): SiteDoc | undefined;
	/**
	 * Where the file a commit touched at `path` lives today, when it was renamed
	 * since (see {@link currentPaths}); the page then still links the document.
	 */
	currentPath?: ((hash: string, path: string) => string | undefined) | undefined;
	/** Whether the commit is the oldest one git has of the file in a shallow clone (see {@link shallowBoundary}). */
	firstKnown?: ((hash: string, path: string) => boolean) | undefined;
	/** Where a document is opened from the page being rendered. */
	pathOf?: ((doc: SiteDoc) => string) | undefined;
	commitUrl(hash: string): string | undefined;
}

/**
 * The newest commits that touched the content folder, newest first, at most
 * `n` — for the changes page, the feed, or a "latest changes" box on the home page.
 */
export function latestChanges(history: ContentHistory, n: number): TimelineEntry[] {
	return timeline(history, n);
}

/**
 * The path each file has today, by the commit and the path it had then — from
 * the lineage the engine followed across renames. Deleted files are left out.
 */
export function currentPaths(
	history: Pick<ContentHistory, 'files'>,
): (hash: string, path: string) => string | undefined {
	const index = new Map<string, string>();
	for (const file of history.files.values())
		for (const c of file.commits)
			if (c.path !== file.path) index.set(`${c.hash}\0${c.path}`, file.path);
	return (hash, path) => index.get(`${hash}\0${path}`);
}

/**
 * In a shallow clone: whether a commit is the oldest one git has of a file. Its
 * "added" is where the clone's history starts, not the file's creation. Always
 * false for a full history.
 */
export function shallowBoundary(
	history: Pick<ContentHistory, 'files' | 'deleted' | 'availability'>,
): (hash: string, path: string) => boolean {
	if (history.availability !== 'shallow') return () => false;
	const oldest = new Set<string>();
	for (const file of [...history.files.values(), ...history.deleted]) {
		const c = file.commits.at(-1);
		if (c?.status === 'A') oldest.add(`${c.hash}\0${c.path}`);
	}
	return (hash, path) => oldest.has(`${hash}\0${path}`);
}

/** `guidelines/entlassungen.mdx` → `guidelines/…`: the folder without the file name. */
function unnamed(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '…' : `${path.slice(0, slash)}/…`;
}

function item(
	file: { path: string; previousPath?: string | undefined },
	change: FileChangeKind,
	ctx: ViewContext,
	resolve: ChangesResolver,
	hash?: string,
): ChangedItemView {
	const now = (hash !== undefined && resolve.currentPath?.(hash, file.path)) || file.path;
	const doc = change === 'deleted' ? undefined : resolve.docAt(now);
	if (doc) {
		const view: ChangedDocView = {
			kind: 'doc',
			change,
			type: doc.type,
			id: doc.id,
			title: doc.data.title,
			language: doc.data.language,
			href: resolve.pathOf?.(doc) ?? docPath(doc.type, doc.id, doc.data.language),
			owner: resolveRole(ctx.roles, doc.data.owner, ctx.lang),
			path: file.path,
		};
		if (file.previousPath !== undefined) view.previousPath = file.previousPath;
		return view;
	}
	const role = fileRole(file.path);
	if (role !== 'settings' && role !== 'other') {
		// A document that is not on the site (a draft, an excluded or deleted one): its file name
		// may itself be confidential, so only its folder is shown, here and in the feeds.
		return { kind: 'file', change, role: 'document', type: role, path: unnamed(file.path) };
	}
	const view: ChangedFileView = { kind: 'file', change, role, path: file.path };
	if (file.previousPath !== undefined) view.previousPath = file.previousPath;
	return view;
}

/** A document file the site does not show, named only by its folder (see {@link item}). */
function isUnpublishedDocument(i: ChangedItemView): boolean {
	return i.kind === 'file' && i.role === 'document';
}

/** The heading of a commit: its message, or a neutral title when the message is withheld. */
export function entryTitle(entry: ChangeEntryView, lang: Language): string {
	if (entry.subjectWithheld) return t(lang, 'changes.subjectWithheld');
	return entry.subject || entry.shortHash || '';
}

/** Published documents first (by type order, then title), then other files by path. */
function sortItems(items: ChangedItemView[], lang: Language): ChangedItemView[] {
	const rank = (i: ChangedItemView) =>
		i.kind === 'doc' ? DOC_TYPE_NAMES.indexOf(i.type) : DOC_TYPE_NAMES.length + 1;
	return items.sort(
		(a, b) =>
			rank(a) - rank(b) ||
			(a.kind === 'doc' && b.kind === 'doc' ? a.title.localeCompare(b.title, lang) : 0) ||
			a.path.localeCompare(b.path),
	);
}

function facets(items: readonly ChangedItemView[]): Pick<ChangeEntryView, 'types' | 'owners'> {
	const types = new Set<DocType>();
	const owners = new Set<string>();
	for (const i of items) {
		if (i.kind !== 'doc') continue;
		types.add(i.type);
		owners.add(i.owner.id);
	}
	return { types: [...types], owners: [...owners] };
}

/** The listed files, the rest counted, and the facets of all of them. */
function listed(
	all: ChangedItemView[],
): Pick<ChangeEntryView, 'items' | 'more' | 'types' | 'owners'> {
	const out: Pick<ChangeEntryView, 'items' | 'more' | 'types' | 'owners'> = {
		items: all.slice(0, FILES_PER_CHANGE),
		...facets(all),
	};
	const rest = all.slice(FILES_PER_CHANGE);
	if (rest.length > 0) {
		const owners = new Map<string, RoleRef>();
		for (const i of rest) if (i.kind === 'doc') owners.set(i.owner.id, i.owner);
		out.more = { count: rest.length, types: facets(rest).types, owners: [...owners.values()] };
	}
	return out;
}

/** One entry per commit, as the page and the feed show it. */
export function changeEntries(
	entries: readonly TimelineEntry[],
	ctx: ViewContext,
	resolve: ChangesResolver,
): ChangeEntryView[] {
	return entries.map((e) => {
		const all = sortItems(
			e.files.map((f) =>
				item(
					f,
					f.status === 'A' && resolve.firstKnown?.(e.hash, f.path) ? 'first-known' : KIND[f.status],
					ctx,
					resolve,
					e.hash,
				),
			),
			ctx.lang,
		);
		const view: ChangeEntryView = {
			hash: e.hash,
			shortHash: e.shortHash,
			anchor: commitAnchor(e.shortHash),
			date: e.date,
			dateLabel: formatDate(commitDay(e.date), ctx.lang),
			authorName: e.authorName,
			title: '',
			...listed(all),
		};
		if (all.some(isUnpublishedDocument)) view.subjectWithheld = true;
		else view.subject = e.subject;
		view.title = entryTitle(view, ctx.lang);
		const url = resolve.commitUrl(e.hash);
		if (url) view.commitUrl = url;
		return view;
	});
}

/** The uncommitted changes ("changed now") as one entry, or undefined when there are none. */
export function uncommittedEntry(
	uncommitted: ReadonlyMap<string, UncommittedChange>,
	ctx: ViewContext,
	resolve: ChangesResolver,
): ChangeEntryView | undefined {
	if (uncommitted.size === 0) return undefined;
	const all = sortItems(
		[...uncommitted.values()].map((u) => item(u, UNCOMMITTED_KIND[u.status], ctx, resolve)),
		ctx.lang,
	);
	return { anchor: 'uncommitted', title: t(ctx.lang, 'changes.uncommitted'), ...listed(all) };
}

export interface FilterOptions {
	types: DocType[];
	owners: RoleRef[];
}

/** The types and owners that occur on the page, in type order and by owner name. */
export function filterOptions(entries: readonly ChangeEntryView[], lang: Language): FilterOptions {
	const types = new Set<DocType>();
	const owners = new Map<string, RoleRef>();
	for (const e of entries) {
		for (const type of e.types) types.add(type);
		for (const i of e.items) if (i.kind === 'doc') owners.set(i.owner.id, i.owner);
		for (const o of e.more?.owners ?? []) owners.set(o.id, o);
	}
	return {
		types: DOC_TYPE_NAMES.filter((t) => types.has(t)),
		owners: [...owners.values()].sort(
			(a, b) => a.name.localeCompare(b.name, lang) || a.id.localeCompare(b.id),
		),
	};
}
