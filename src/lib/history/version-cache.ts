/**
 * The documents' versions in git history, kept between runs of `check`. Reading
 * them takes a `git log` over the whole content folder and a `git cat-file`
 * pass (about 0.15–0.5 s at 1,000 documents); what they say depends only on:
 *
 * - the commit checked out (HEAD): the history of a commit never changes;
 * - the repository and the content folder in it, and whether the clone is shallow;
 * - renames staged with `git mv`, which move a history to the new path
 *   (history.ts, followStagedRenames); no other uncommitted change enters it;
 * - the code that reads them (a hash of this folder's sources).
 *
 * The store's key is made of exactly these, so a new commit, a checkout, an
 * amend, a fetch that unshallows or a staged rename reads git again, and a
 * cached history is never older than the commit it is used for.
 */
import { codeVersion, openStore, type DiskStore } from '../util/disk-cache.ts';
import { readHistory, readRepoState } from './history.ts';
import type { UncommittedChange } from './types.ts';
import { readVersionHistory, type VersionHistory, type VersionPoint } from './versions.ts';

/** A version history as JSON can hold it. */
interface StoredVersions {
	availability: VersionHistory['availability'];
	note: string | null;
	byPath: [string, VersionPoint[]][];
}

let store: DiskStore<StoredVersions> | null | undefined;

function historyStore(): DiskStore<StoredVersions> | null {
	if (store === undefined) {
		const version = codeVersion(import.meta.dirname);
		// A history is large (every commit of every document); a few states are enough.
		store = version ? openStore<StoredVersions>('history', version, undefined, 4) : null;
	}
	return store;
}

/** The key of a history: everything its content depends on (see the header). */
function historyKey(
	repo: { root: string | null; prefix: string; head: string | null; availability: string },
	uncommitted: ReadonlyMap<string, UncommittedChange>,
): string {
	const renames = [...uncommitted.values()]
		.filter((c) => c.status === 'renamed')
		.map((c) => `${c.previousPath}>${c.path}`)
		.sort();
	return JSON.stringify([repo.root, repo.prefix, repo.head, repo.availability, renames]);
}

/**
 * Versions of every document in its history; empty when git has none to give.
 * From the store when HEAD and the staged renames are as in an earlier run.
 */
export async function cachedVersionHistory(contentDir: string): Promise<VersionHistory> {
	const state = await readRepoState(contentDir);
	const s = state.repo.head === null ? null : historyStore();
	const key = s ? historyKey(state.repo, await state.uncommitted) : '';
	const known = s?.get(key);
	if (known)
		return {
			availability: known.availability,
			note: known.note ?? undefined,
			byPath: new Map(known.byPath),
		};
	const history = await readHistory(contentDir, state);
	if (history.files.size === 0)
		return { availability: history.availability, note: history.note, byPath: new Map() };
	const versions = await readVersionHistory(history, contentDir);
	if (s) {
		s.set(key, {
			availability: versions.availability,
			note: versions.note ?? null,
			byPath: [...versions.byPath],
		});
		s.save();
	}
	return versions;
}
