/**
 * Reads many file contents from git with ONE `git cat-file --batch` process:
 * every object name goes to stdin on its own line, and the answers stream back
 * as `<oid> <type> <size>\n<bytes>\n` (or `<name> missing\n`).
 */
import { spawnGit } from './git.ts';

/**
 * Parses cat-file --batch output incrementally. Bodies are collected as chunk
 * lists, so a large file arriving in many chunks is copied once, not per chunk.
 */
class BatchParser {
	#buffer: Buffer = Buffer.alloc(0);
	#body: { size: number; parts: Buffer[]; have: number } | undefined;
	readonly #onObject: (content: Buffer | undefined) => void;

	/** `onObject` is called once per requested name, in request order; undefined when missing. */
	constructor(onObject: (content: Buffer | undefined) => void) {
		this.#onObject = onObject;
	}

	push(chunk: Buffer): void {
		this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, chunk]) : chunk;
		for (;;) {
			if (this.#body) {
				const body = this.#body;
				const need = body.size + 1 - body.have; // the body plus its trailing newline
				if (this.#buffer.length < need) {
					body.parts.push(this.#buffer);
					body.have += this.#buffer.length;
					this.#buffer = Buffer.alloc(0);
					return;
				}
				body.parts.push(this.#buffer.subarray(0, need));
				this.#buffer = this.#buffer.subarray(need);
				this.#body = undefined;
				this.#onObject(Buffer.concat(body.parts).subarray(0, body.size));
				continue;
			}
			const eol = this.#buffer.indexOf(10);
			if (eol === -1) return;
			const header = this.#buffer.subarray(0, eol).toString('utf8');
			this.#buffer = this.#buffer.subarray(eol + 1);
			const size = /^[0-9a-f]+ \S+ (\d+)$/.exec(header)?.[1];
			if (size === undefined) this.#onObject(undefined);
			else this.#body = { size: Number(size), parts: [], have: 0 };
		}
	}
}

/**
 * Streams the contents of the named objects (blob ids, or `<commit>:<path>`)
 * from one `git cat-file --batch` process to `onObject`, in request order,
 * without holding them all in memory. Duplicate names are asked for once.
 * Without git, nothing is reported.
 */
export async function forEachObject(
	cwd: string,
	names: Iterable<string>,
	onObject: (name: string, content: Buffer | undefined) => void,
): Promise<void> {
	const unique = [...new Set(names)].filter((n) => n !== '' && !n.includes('\n'));
	if (unique.length === 0) return;
	let next = 0;
	const parser = new BatchParser((content) => {
		const name = unique[next++];
		if (name !== undefined) onObject(name, content);
	});
	await spawnGit(cwd, ['cat-file', '--batch'], {
		input: `${unique.join('\n')}\n`,
		onStdout: (chunk) => parser.push(chunk),
	});
}

/** Contents of the named objects, read in one batch; names git does not know are absent. */
export async function readObjects(
	cwd: string,
	names: Iterable<string>,
): Promise<Map<string, Buffer>> {
	const out = new Map<string, Buffer>();
	await forEachObject(cwd, names, (name, content) => {
		if (content !== undefined) out.set(name, content);
	});
	return out;
}
