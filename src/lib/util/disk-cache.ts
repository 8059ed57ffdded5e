/**
 * A small JSON store that keeps work between runs of `check` (and the build):
 * `node_modules/.cache/kodex/<name>.json` in the nearest folder above the
 * working directory that has `node_modules`, or KODEX_CACHE_DIR. KODEX_CACHE=off
 * keeps everything in memory. A store is only ever an optimisation: every entry
 * is keyed by what it was computed from (a content hash, a commit), a store
 * written by other code (another `version`) is ignored, and a store that cannot
 * be read or written is treated as empty.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
