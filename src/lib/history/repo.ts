/**
 * Finds out what git can tell about a content folder: is it inside a
 * repository, is the clone shallow, which commit is checked out. Never throws.
 */
import { stat } from 'node:fs/promises';
import { git } from './git.ts';
import type { HistoryAvailability } from './types.ts';

export interface RepoInfo {
	availability: HistoryAvailability;
	/** Why history is missing or partial, for readers; undefined when complete. */
	note: string | undefined;
	/** Absolute repository root, or null without git. */
	root: string | null;
	/** Content folder relative to the root: '' or ending in `/`. */
	prefix: string;
	/** HEAD commit, or null without git or before the first commit. */
	head: string | null;
	/** Length git uses for abbreviated hashes here. */
	abbrev: number;
}

const NONE = (note: string): RepoInfo => ({
	availability: 'none',
	note,
	root: null,
	prefix: '',
	head: null,
	abbrev: 7,
});

export async function probeRepository(contentDir: string): Promise<RepoInfo> {
	if (!(await isDirectory(contentDir)))
		return NONE(`History is unavailable: the content folder ${contentDir} does not exist.`);
	const r = await git(contentDir, [
		'rev-parse',
		'--show-toplevel',
		'--show-prefix',
		'--is-shallow-repository',
	]);
	if (r.code === -1) return NONE(`History is unavailable: ${r.stderr.trim()}.`);
	if (r.code !== 0) {
		const reason = /not a git repository/i.test(r.stderr)
			? 'the content folder is not inside a git repository (for example a downloaded archive)'
			: `git refused to read the repository (${firstLine(r.stderr)})`;
		return NONE(`History is unavailable: ${reason}.`);
	}
	const [root = '', prefix = '', shallow = ''] = r.stdout.split('\n');
	const head = await git(contentDir, ['log', '-1', '--format=%H%n%h', 'HEAD', '--']);
	const [full = '', short = ''] = head.code === 0 ? head.stdout.trim().split('\n') : [];
	const isShallow = shallow.trim() === 'true';
	return {
		availability: isShallow ? 'shallow' : 'full',
		note: isShallow
			? 'History is partial: this is a shallow clone, so older commits are missing (run git fetch --unshallow for all of it).'
			: short
				? undefined
				: 'The repository has no commits yet.',
		root,
		prefix,
		head: full || null,
		abbrev: short.length >= 4 ? short.length : 7,
	};
}

async function isDirectory(dir: string): Promise<boolean> {
	try {
		return (await stat(dir)).isDirectory();
	} catch {
		return false;
	}
}

function firstLine(text: string): string {
	return (
		text
			.trim()
			.split('\n')[0]
			?.replace(/^fatal:\s*/, '') ?? 'unknown reason'
	);
}
