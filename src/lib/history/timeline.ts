/**
 * The content history as one list of commits, newest first, each with the
 * files it touched — for a "recent changes" list or an Atom feed. Pure.
 */
import type { ChangeStatus, ContentHistory } from './types.ts';

export interface TimelineEntry {
	hash: string;
	shortHash: string;
	authorName: string;
	authorEmail: string;
	date: string;
	subject: string;
	files: { path: string; status: ChangeStatus; previousPath?: string }[];
}

/** Commits that touched the content folder, newest first (by author date), at most `limit`. */
export function timeline(history: ContentHistory, limit = Infinity): TimelineEntry[] {
	const byHash = new Map<string, TimelineEntry>();
	for (const file of [...history.files.values(), ...history.deleted]) {
		for (const c of file.commits) {
			let entry = byHash.get(c.hash);
			if (!entry) {
				const { hash, shortHash, authorName, authorEmail, date, subject } = c;
				entry = { hash, shortHash, authorName, authorEmail, date, subject, files: [] };
				byHash.set(c.hash, entry);
			}
			const f: TimelineEntry['files'][number] = { path: c.path, status: c.status };
			if (c.previousPath !== undefined) f.previousPath = c.previousPath;
			entry.files.push(f);
		}
	}
	const entries = [...byHash.values()];
	for (const e of entries) e.files.sort((a, b) => a.path.localeCompare(b.path));
	entries.sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.hash.localeCompare(b.hash));
	return entries.slice(0, limit);
}
