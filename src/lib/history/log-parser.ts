/**
 * A streaming parser for the one `git log` pass over the content folder.
 * Feed it text chunks in any size; it calls back once per complete commit, so
 * only one commit is ever held in memory. Pure: no git, no I/O.
 *
 * The log is requested with `-z --raw --no-abbrev` and the format from
 * {@link LOG_FORMAT}, which yields NUL-separated tokens:
 *
 *   \x1e<hash>\x1f<author>\x1f<email>\x1f<date>\x1f<subject>   commit header
 *   \n:100644 100644 <old blob> <new blob> M                   raw entry …
 *   guidelines/a.mdx                                            … and its path(s)
 */
import type { ChangeStatus } from './types.ts';

/** The `--format` that {@link LogParser} reads. */
export const LOG_FORMAT = '%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s';

export interface RawEntry {
	status: ChangeStatus;
	/** Path relative to the repository root after the commit. */
	path: string;
	/** Path before a rename. */
	previousPath?: string;
	/** Blob after the commit; undefined for deletions (and for working-tree files in `git diff`). */
	blob?: string;
	/** Blob before the commit; undefined for additions. */
	previousBlob?: string;
	similarity?: number;
}

export interface RawCommit {
	hash: string;
	authorName: string;
	authorEmail: string;
	date: string;
	subject: string;
	entries: RawEntry[];
}

/** A real blob id: git writes all zeros for "no file" and for files only in the working tree. */
const isBlob = (id: string) => /^[0-9a-f]+$/.test(id) && !/^0+$/.test(id);

export class LogParser {
	#rest = '';
	#commit: RawCommit | undefined;
	/** The meta token of a raw entry whose path(s) have not arrived yet. */
	#pending: { meta: string[]; paths: string[]; need: number } | undefined;
	readonly #onCommit: (commit: RawCommit) => void;

	/**
	 * @param headerless the input is `git diff --raw -z` output without commit
	 *   headers; all entries then arrive as one commit with empty fields.
	 */
	constructor(onCommit: (commit: RawCommit) => void, headerless = false) {
		this.#onCommit = onCommit;
		if (headerless)
			this.#commit = {
				hash: '',
				authorName: '',
				authorEmail: '',
				date: '',
				subject: '',
				entries: [],
			};
	}

	/** Parses every complete token in `chunk`; keeps an incomplete last token for the next call. */
	push(chunk: string): void {
		const text = this.#rest + chunk;
		let start = 0;
		for (let end = text.indexOf('\0'); end !== -1; end = text.indexOf('\0', start)) {
			this.#token(text.slice(start, end));
			start = end + 1;
		}
		this.#rest = text.slice(start);
	}

	/** Flushes the last commit. Call once after the last chunk. */
	end(): void {
		if (this.#rest) this.#token(this.#rest);
		this.#rest = '';
		this.#flush();
	}

	#token(raw: string): void {
		const token = raw.startsWith('\n') ? raw.slice(1) : raw;
		if (this.#pending) {
			this.#pending.paths.push(raw);
			if (this.#pending.paths.length === this.#pending.need) this.#entry();
			return;
		}
		if (token.startsWith('\x1e')) {
			this.#flush();
			const [hash = '', authorName = '', authorEmail = '', date = '', ...subject] = token
				.slice(1)
				.split('\x1f');
			this.#commit = {
				hash,
				authorName,
				authorEmail,
				date,
				subject: subject.join(' '),
				entries: [],
			};
			return;
		}
		if (token.startsWith(':')) {
			const meta = token.slice(1).split(' ');
			const letter = meta[4]?.[0] ?? '';
			this.#pending = { meta, paths: [], need: letter === 'R' || letter === 'C' ? 2 : 1 };
		}
		// Anything else (an empty token between records) carries no information.
	}

	#entry(): void {
		const { meta, paths } = this.#pending!;
		this.#pending = undefined;
		const [, , previousBlob = '', blob = '', code = ''] = meta;
		const letter = code[0];
		const status: ChangeStatus =
			letter === 'A' || letter === 'C' ? 'A' : letter === 'D' ? 'D' : letter === 'R' ? 'R' : 'M'; // M, T (type change) and U count as modifications
		const entry: RawEntry = { status, path: paths.at(-1)! };
		if (status === 'R') {
			entry.previousPath = paths[0]!;
			entry.similarity = Number(code.slice(1)) || 0;
		}
		if (status !== 'D' && isBlob(blob)) entry.blob = blob;
		if (status !== 'A' && isBlob(previousBlob)) entry.previousBlob = previousBlob;
		this.#commit?.entries.push(entry);
	}

	#flush(): void {
		if (this.#commit) this.#onCommit(this.#commit);
		this.#commit = undefined;
	}
}
