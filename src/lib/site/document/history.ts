/**
 * The history of one document as its page shows it: when it was last changed
 * and by whom, and its newest commits with version, date, author and message,
 * each linked to the commit on the git host and to a comparison with the
 * current version. Pure: the git data comes from src/astro/history.ts.
 *
 * Nothing is invented. Without git the view says history is unavailable; in a
 * shallow clone the oldest commit known is not called the document's creation.
 */
import type {
	FileCommit,
	FileHistory,
	HistoryAvailability,
	UncommittedChange,
} from '../../history/types.ts';
import { formatDate } from '../../util/format.ts';
import type { Language } from '../model/types.ts';

/** Newest commits per document that are listed and get a comparison page; bounds the output. */
export const HISTORY_LIMIT = 20;

/** What the engine knows about one file (by its path inside the content folder). */
export interface FileGitState {
	availability: HistoryAvailability;
	/** Undefined when git has no commit of the file (new, or no git). */
	file: FileHistory | undefined;
	/** Version per commit hash, from the version history; absent when unknown. */
	versions: ReadonlyMap<string, number | undefined>;
	/** The file's uncommitted change, if any ("changed now"). */
	uncommitted: UncommittedChange | undefined;
}

/** How a commit changed the document, as readers see it. */
export type HistoryChange = 'created' | 'changed' | 'renamed' | 'first-known';

export interface HistoryEntryView {
	hash: string;
	shortHash: string;
	/** Author date as git wrote it (ISO 8601 with offset), for `<time datetime>`. */
	date: string;
	/** The date in words, e.g. `3. März 2026`. */
	dateLabel: string;
	authorName: string;
	subject: string;
	version: number | undefined;
	change: HistoryChange;
	/** For renames: the file's earlier path. */
	previousPath?: string;
	/** The commit on the git host. */
	commitUrl?: string;
	/** The comparison page of this version with the current one; absent when there is nothing to compare. */
	diffHref?: string;
}

export type LastChanged =
	| {
			kind: 'commit';
			date: string;
			dateLabel: string;
			authorName: string;
			shortHash: string;
			commitUrl?: string;
	  }
	/** The file on disk differs from its last commit (or was never committed). */
	| { kind: 'uncommitted'; neverCommitted: boolean };

export interface DocHistoryView {
	availability: HistoryAvailability;
	lastChanged: LastChanged | undefined;
	/** Newest first, at most {@link HISTORY_LIMIT}. */
	entries: HistoryEntryView[];
	/** Number of commits of the document that git knows. */
	total: number;
	/** How many commits are listed at most ({@link HISTORY_LIMIT}), for the note when truncated. */
	limit: number;
	/** True when older commits exist than those listed. */
	truncated: boolean;
	/** The full history of the file on the git host, when it can be linked. */
	fileHistoryUrl?: string;
}

export interface HistoryLinks {
	/** The commit page on the git host, or undefined. */
	commitUrl(hash: string): string | undefined;
	/**
	 * Root-relative path of the comparison page for a commit of this document;
	 * undefined for a version that is not published (a draft), which has no page.
	 */
	diffPath(shortHash: string): string | undefined;
	fileHistoryUrl?: string | undefined;
}

/** A commit's date as `YYYY-MM-DD` in the author's own time zone (as git recorded it). */
export function commitDay(isoDate: string): string {
	return isoDate.slice(0, 10);
}

/**
 * The commits of a file that get a comparison page: the newest {@link HISTORY_LIMIT}
 * whose content differs from the current file. Without uncommitted changes the
 * current file is the newest commit's content, so commits with that same blob
 * (the newest one, and a pure rename right after it) have nothing to compare.
 */
export function diffableCommits(
	file: FileHistory | undefined,
	uncommitted: UncommittedChange | undefined,
	limit = HISTORY_LIMIT,
): FileCommit[] {
	if (!file) return [];
	const current = uncommitted ? undefined : file.commits[0]?.blob;
	return file.commits
		.slice(0, limit)
		.filter((c) => c.blob !== undefined && c.status !== 'D' && c.blob !== current);
}

export function docHistoryView(
	state: FileGitState,
	lang: Language,
	links: HistoryLinks,
): DocHistoryView {
	const commits = state.file?.commits ?? [];
	const diffable = new Set(diffableCommits(state.file, state.uncommitted).map((c) => c.hash));
	const listed = commits.slice(0, HISTORY_LIMIT);
	const oldestKnown = commits.length - 1;
	const entries = listed.map((c, i): HistoryEntryView => {
		const entry: HistoryEntryView = {
			hash: c.hash,
			shortHash: c.shortHash,
			date: c.date,
			dateLabel: formatDate(commitDay(c.date), lang),
			authorName: c.authorName,
			subject: c.subject,
			version: state.versions.get(c.hash),
			change: changeOf(c, i === oldestKnown && state.availability === 'shallow'),
		};
		if (c.status === 'R' && c.previousPath !== undefined) entry.previousPath = c.previousPath;
		const url = links.commitUrl(c.hash);
		if (url) entry.commitUrl = url;
		const diffHref = diffable.has(c.hash) ? links.diffPath(c.shortHash) : undefined;
		if (diffHref) entry.diffHref = diffHref;
		return entry;
	});
	const view: DocHistoryView = {
		availability: state.availability,
		lastChanged: lastChanged(state, lang, links),
		entries,
		total: commits.length,
		limit: HISTORY_LIMIT,
		truncated: commits.length > listed.length,
	};
	if (links.fileHistoryUrl && commits.length > 0) view.fileHistoryUrl = links.fileHistoryUrl;
	return view;
}

function changeOf(c: FileCommit, boundary: boolean): HistoryChange {
	// The oldest commit of a shallow clone shows every file as added; that is not its creation.
	if (boundary) return 'first-known';
	if (c.status === 'A') return 'created';
	if (c.status === 'R') return 'renamed';
	return 'changed';
}

function lastChanged(
	state: FileGitState,
	lang: Language,
	links: HistoryLinks,
): LastChanged | undefined {
	const newest = state.file?.commits[0];
	if (state.uncommitted) return { kind: 'uncommitted', neverCommitted: newest === undefined };
	if (!newest) return undefined;
	const out: LastChanged = {
		kind: 'commit',
		date: newest.date,
		dateLabel: formatDate(commitDay(newest.date), lang),
		authorName: newest.authorName,
		shortHash: newest.shortHash,
	};
	const url = links.commitUrl(newest.hash);
	if (url) out.commitUrl = url;
	return out;
}
