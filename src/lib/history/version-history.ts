/**
 * What `npm run check` and the build read from git for HIST-001: one log pass
 * plus one cat-file batch. Switch it off with KODEX_HISTORY=off.
 */
import { readHistory } from './history.ts';
import { readVersionHistory, type VersionHistory } from './versions.ts';

/** Whether the environment allows reading git history (KODEX_HISTORY=off switches it off). */
export function historyEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
	const v = env['KODEX_HISTORY']?.trim().toLowerCase();
	return !(v === 'off' || v === '0' || v === 'false' || v === 'no');
}

/** Versions of every document in its history; empty when git has none to give. */
export async function loadVersionHistory(contentDir: string): Promise<VersionHistory> {
	const history = await readHistory(contentDir);
	if (history.files.size === 0)
		return { availability: history.availability, note: history.note, byPath: new Map() };
	return readVersionHistory(history, contentDir);
}
