/**
 * What `npm run check` and the build read from git: one log pass plus one
 * cat-file batch for the versions (HIST-001, the history lists). Switch it off
 * with KODEX_HISTORY=off.
 *
 * Without git (a downloaded archive), with KODEX_HISTORY=off, or in a shallow
 * clone, the result says so (availability + note) and holds only what git
 * could give; nothing here throws for a missing history.
 */
import { readHistory } from './history.ts';
import { cachedVersionHistory } from './version-cache.ts';
import type { ContentHistory } from './types.ts';
import { readVersionHistory, type VersionHistory } from './versions.ts';

/** Whether the environment allows reading git history (KODEX_HISTORY=off switches it off). */
export function historyEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
	const v = env['KODEX_HISTORY']?.trim().toLowerCase();
	return !(v === 'off' || v === '0' || v === 'false' || v === 'no');
}

/**
 * Versions of every document in its history; empty when git has none to give.
 * Kept between runs, keyed by HEAD and the staged renames (version-cache.ts).
 */
export async function loadVersionHistory(contentDir: string): Promise<VersionHistory> {
	return cachedVersionHistory(contentDir);
}

function versionsOf(
	history: ContentHistory,
	contentDir: string,
): Promise<VersionHistory> | VersionHistory {
	if (history.files.size === 0)
		return { availability: history.availability, note: history.note, byPath: new Map() };
	return readVersionHistory(history, contentDir);
}

/** Everything the site and the validator take from git for one content folder. */
export interface GitHistory {
	history: ContentHistory;
	/** The version of every document at every commit (for HIST-001 and the history lists). */
	versions: VersionHistory;
	/** False with KODEX_HISTORY=off: git was not asked at all. */
	enabled: boolean;
	/** How long reading took, in milliseconds. */
	ms: number;
}

/** A history with nothing in it, for KODEX_HISTORY=off. */
function emptyHistory(note: string): ContentHistory {
	return {
		availability: 'none',
		note,
		head: null,
		root: null,
		prefix: '',
		files: new Map(),
		deleted: [],
		uncommitted: new Map(),
		commitCount: 0,
	};
}

/** Reads the git history of `contentDir` (absolute): the log, the working-tree state and the versions. */
export async function readGitHistory(
	contentDir: string,
	env: NodeJS.ProcessEnv = process.env,
): Promise<GitHistory> {
	const started = performance.now();
	if (!historyEnabled(env)) {
		const note = 'History is switched off (KODEX_HISTORY=off).';
		return {
			history: emptyHistory(note),
			versions: { availability: 'none', note, byPath: new Map() },
			enabled: false,
			ms: 0,
		};
	}
	const history = await readHistory(contentDir);
	const versions = await versionsOf(history, contentDir);
	return { history, versions, enabled: true, ms: Math.round(performance.now() - started) };
}
