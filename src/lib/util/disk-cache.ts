/**
 * A small JSON store that keeps work between runs of `check` (and the build):
 * `node_modules/.cache/kodex/<name>.json` in the nearest folder above the
 * working directory that has `node_modules`, or KODEX_CACHE_DIR. KODEX_CACHE=off
 * keeps everything in memory. A store is only ever an optimisation: every entry
 * is keyed by what it was computed from (a content hash, a commit), a store
 * written by other code (another `version`) is ignored, and a store that cannot
 * be read or written is treated as empty.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** At most this many entries are kept by default; the least recently used go first. */
const MAX_ENTRIES = 20_000;

export interface DiskStore<T> {
	get(key: string): T | undefined;
	set(key: string, value: T): void;
	/** Writes the store when something was added; a failed write is ignored. */
	save(): void;
}

/** Where stores live, or undefined when there is no place (or KODEX_CACHE=off). */
export function cacheDir(
	env: NodeJS.ProcessEnv = process.env,
	from = process.cwd(),
): string | undefined {
	const off = env['KODEX_CACHE']?.trim().toLowerCase();
	if (off === 'off' || off === '0' || off === 'false' || off === 'no') return undefined;
	if (env['KODEX_CACHE_DIR']) return path.resolve(env['KODEX_CACHE_DIR']);
	for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, 'node_modules')))
			return path.join(dir, 'node_modules', '.cache', 'kodex');
		if (path.dirname(dir) === dir) return undefined;
	}
}

/**
 * Opens the store `name`; entries written under another `version` (a hash of
 * the code that computed them) are dropped.
 */
export function openStore<T>(
	name: string,
	version: string,
	dir = cacheDir(),
	maxEntries = MAX_ENTRIES,
): DiskStore<T> {
	const file = dir ? path.join(dir, `${name}.json`) : undefined;
	const entries = new Map<string, T>();
	if (file) {
		try {
			const data = JSON.parse(readFileSync(file, 'utf8')) as {
				version?: unknown;
				entries?: Record<string, T>;
			};
			if (data.version === version && data.entries)
				for (const [k, v] of Object.entries(data.entries)) entries.set(k, v);
		} catch {
			// No store yet, or a broken one: start empty.
		}
	}
	let dirty = false;
	return {
		get(key) {
			const value = entries.get(key);
			if (value === undefined) return undefined;
			// Used entries move to the end, so the oldest are dropped first.
			entries.delete(key);
			entries.set(key, value);
			return value;
		},
		set(key, value) {
			entries.delete(key);
			entries.set(key, value);
			dirty = true;
		},
		save() {
			if (!file || !dirty) return;
			const keep = [...entries].slice(-maxEntries);
			const tmp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
			try {
				mkdirSync(path.dirname(file), { recursive: true });
				writeFileSync(tmp, JSON.stringify({ version, entries: Object.fromEntries(keep) }));
				// A rename is atomic: two runs at once never leave a half-written store.
				renameSync(tmp, file);
				dirty = false;
			} catch {
				// A read-only checkout still checks; it only does not remember.
			}
		},
	};
}

/**
 * A short hash of the code whose output a store keeps: every `.ts` file in `dir`, plus
 * `extra` files (missing ones count as absent). A store opened with it is dropped when
 * that code changes. Undefined when `dir` cannot be read (then nothing is kept between runs).
 */
export function codeVersion(dir: string, extra: readonly string[] = []): string | undefined {
	try {
		const hash = createHash('sha256');
		for (const name of readdirSync(dir).sort())
			if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path.join(dir, name)));
		for (const file of extra) {
			try {
				hash.update(readFileSync(file));
			} catch {
				hash.update(`no ${path.basename(file)}`);
			}
		}
		return hash.digest('hex').slice(0, 16);
	} catch {
		return undefined;
	}
}
