/**
 * Follows each file's history backwards across renames. Pure: it consumes the
 * commits of one `git log --topo-order` pass, newest first, and assigns every
 * change to the file it belongs to today (or to a deleted file).
 *
 * Walking backwards, `live` maps a path to the file that occupies it at the
 * point in time reached so far:
 *   M  the file at the path was modified
 *   A  the file was created here; older changes at this path belong to another file
 *   R  the file came from the previous path, which it occupies from now on (backwards)
 *   D  a file was deleted here; it is a different file from anything newer at this path
 */
import type { RawCommit, RawEntry } from './log-parser.ts';
import type { FileCommit, FileHistory } from './types.ts';

export class LineageBuilder {
	/** The file occupying each path at the current point of the backwards walk. */
	readonly #live = new Map<string, FileHistory>();
	/** Every file seen, in the order its newest change was read. */
	readonly #all: FileHistory[] = [];
	readonly #prefix: string;
	readonly #abbrev: number;
	commitCount = 0;

	/**
	 * @param prefix the content folder relative to the repository root, '' or ending in `/`
	 * @param abbrev length of abbreviated hashes in this repository
	 */
	constructor(prefix: string, abbrev = 7) {
		this.#prefix = prefix;
		this.#abbrev = abbrev;
	}

	/** Adds one commit; commits must arrive newest first (children before parents). */
	add(commit: RawCommit): void {
		this.commitCount++;
		// Every path in one commit refers to the same moment: look all files up before moving any.
		const moves: { file: FileHistory; change: FileCommit }[] = [];
		for (const entry of commit.entries) {
			const change = this.#change(commit, entry);
			if (!change) continue;
			let file = change.status === 'D' ? undefined : this.#live.get(change.path);
			if (!file) {
				file = { path: change.path, existsAtHead: change.status !== 'D', commits: [] };
				this.#all.push(file);
			}
			file.commits.push(change);
			moves.push({ file, change });
		}
		for (const { change } of moves) this.#live.delete(change.path);
		for (const { file, change } of moves) {
			if (change.status === 'M' || change.status === 'D') this.#live.set(change.path, file);
			else if (change.status === 'R') this.#live.set(change.previousPath!, file);
		}
	}

	#change(commit: RawCommit, entry: RawEntry): FileCommit | undefined {
		const path = this.#relative(entry.path);
		if (path === undefined) return undefined;
		const previousPath =
			entry.previousPath === undefined ? undefined : this.#relative(entry.previousPath);
		// A rename from outside the content folder is, for the handbook, a new file.
		const status = entry.status === 'R' && previousPath === undefined ? 'A' : entry.status;
		const change: FileCommit = {
			hash: commit.hash,
			shortHash: commit.hash.slice(0, this.#abbrev),
			authorName: commit.authorName,
			authorEmail: commit.authorEmail,
			date: commit.date,
			subject: commit.subject,
			status,
			path,
		};
		if (status === 'R') {
			change.previousPath = previousPath!;
			if (entry.similarity !== undefined) change.similarity = entry.similarity;
		}
		if (entry.blob !== undefined) change.blob = entry.blob;
		return change;
	}

	/** Files that exist at HEAD by path, and deleted files (newest deletion first). */
	result(): { files: Map<string, FileHistory>; deleted: FileHistory[] } {
		const files = new Map<string, FileHistory>();
		const deleted: FileHistory[] = [];
		for (const file of this.#all) {
			if (file.existsAtHead) files.set(file.path, file);
			else deleted.push(file);
		}
		return { files, deleted };
	}

	#relative(path: string): string | undefined {
		if (!this.#prefix) return path;
		return path.startsWith(this.#prefix) ? path.slice(this.#prefix.length) : undefined;
	}
}
