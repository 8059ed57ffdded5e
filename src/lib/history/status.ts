/** Uncommitted changes in the content folder, from `git status --porcelain -z`. Parsing is pure. */
import { git } from './git.ts';
import type { UncommittedChange } from './types.ts';

/**
 * Parses `git status --porcelain=v1 -z` output. Paths in it are relative to the
 * repository root; `prefix` (the content folder, '' or ending in `/`) is cut off
 * and anything outside it skipped.
 */
function parseStatus(output: string, prefix: string): Map<string, UncommittedChange> {
	const out = new Map<string, UncommittedChange>();
	const tokens = output.split('\0');
	const rel = (p: string) => (p.startsWith(prefix) ? p.slice(prefix.length) : undefined);
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.length < 4) continue;
		const x = token[0]!;
		const y = token[1]!;
		const path = rel(token.slice(3));
		// Renames and copies carry the original path in the next token.
		const original = x === 'R' || x === 'C' ? tokens[++i] : undefined;
		if (path === undefined) continue;
		if (x === 'A' && y === 'D') continue; // added, then deleted again: nothing changed
		let change: UncommittedChange;
		if (x === '?') change = { path, status: 'untracked' };
		else if (x === 'D' || y === 'D') change = { path, status: 'deleted' };
		else if (x === 'R' && original !== undefined) {
			const previousPath = rel(original);
			change =
				previousPath === undefined
					? { path, status: 'added' }
					: { path, status: 'renamed', previousPath };
		} else if (x === 'A' || x === 'C') change = { path, status: 'added' };
		else change = { path, status: 'modified' };
		out.set(path, change);
	}
	return out;
}

/** Reads the uncommitted changes below `contentDir`; an empty map when git cannot say. */
export async function readUncommitted(
	contentDir: string,
	prefix: string,
): Promise<Map<string, UncommittedChange>> {
	const r = await git(contentDir, [
		'status',
		'--porcelain=v1',
		'-z',
		'--untracked-files=all',
		'--',
		'.',
	]);
	return r.code === 0 ? parseStatus(r.stdout, prefix) : new Map();
}
