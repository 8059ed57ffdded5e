/**
 * The shapes of git history as Kodex sees it: plain data, no functions, so the
 * CLI, the rules and the site pages can all render it (and tests can compare it).
 * Paths are relative to the content folder with posix separators, e.g.
 * `guidelines/fotos.mdx`.
 */

/** How much history git could give: all of it, a shallow clone's part, or none. */
export type HistoryAvailability = 'full' | 'shallow' | 'none';

/** What happened to a file in a commit: added, modified, renamed (maybe also modified) or deleted. */
export type ChangeStatus = 'A' | 'M' | 'R' | 'D';

/** One commit that touched one file. */
export interface FileCommit {
	/** Full commit hash. */
	hash: string;
	/** Abbreviated hash as git shows it in this repository, e.g. `3f2c1ab`. */
	shortHash: string;
	authorName: string;
	authorEmail: string;
	/** Author date in strict ISO 8601 with offset, e.g. `2026-03-01T10:00:00+01:00`. */
	date: string;
	/** First line of the commit message. */
	subject: string;
	status: ChangeStatus;
	/** Path of the file after the commit (for `D`: the path it was deleted from). */
	path: string;
	/** Path before a rename (`R` only). */
	previousPath?: string;
	/** Git blob id of the file after the commit; undefined for `D`. */
	blob?: string;
	/** Similarity of a rename in percent, e.g. 100 for a pure move (`R` only). */
	similarity?: number;
}

/** The history of one file, followed backwards across renames. */
export interface FileHistory {
	/** The newest path: where the file is now, or where it was when it was deleted. */
	path: string;
	/** False when the newest commit deleted the file. */
	existsAtHead: boolean;
	/** Commits that touched the file, newest first. */
	commits: FileCommit[];
}

/** A change in the working tree that is not committed yet ("changed now"). */
export interface UncommittedChange {
	path: string;
	/** `untracked` files are new and not yet added to git. */
	status: 'added' | 'modified' | 'deleted' | 'renamed' | 'untracked';
	/** Path before a staged rename. */
	previousPath?: string;
}

export interface ContentHistory {
	availability: HistoryAvailability;
	/**
	 * Why history is missing or incomplete, in one sentence for readers; undefined
	 * when it is complete.
	 */
	note: string | undefined;
	/** Commit checked out (HEAD), or null without git or before the first commit. */
	head: string | null;
	/** Absolute path of the repository root, or null without git. */
	root: string | null;
	/** The content folder relative to the repository root (posix, '' when it is the root). */
	prefix: string;
	/**
	 * Histories of files that exist at HEAD, by current path: a rename staged with
	 * `git mv` already counts; a file deleted only in the working tree is still here.
	 */
	files: Map<string, FileHistory>;
	/** Histories of files deleted in a commit, newest deletion first. */
	deleted: FileHistory[];
	/** Uncommitted changes inside the content folder, by path. */
	uncommitted: Map<string, UncommittedChange>;
	/** Number of commits read that touched the content folder. */
	commitCount: number;
}
