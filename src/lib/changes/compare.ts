/**
 * Gathers what `changes --since <ref>` summarises: one `git diff --raw` of the
 * ref against the working tree (committed and uncommitted changes, renames
 * detected), untracked files from `git status`, the old contents in one
 * `git cat-file --batch`, and the current files as the loader reads them.
 */
import { HANDBOOK_FILE } from '../../../schemas/index.ts';
import { readObjects } from '../history/blobs.ts';
import { git, streamGitText } from '../history/git.ts';
import { LogParser, type RawEntry } from '../history/log-parser.ts';
import { probeRepository } from '../history/repo.ts';
import type { ChangeStatus } from '../history/types.ts';
import { parseSnapshot } from '../history/snapshots.ts';
import { readUncommitted } from '../history/status.ts';
import { loadHandbook } from '../load/load.ts';
import { contentPath } from '../model/paths.ts';
import { buildIndex } from '../rules/handbook-index.ts';
import type { DocSnapshot } from './diff-document.ts';
import { buildReport, type ChangedFile } from './report.ts';
import type { ChangeKind, ChangesReport } from './types.ts';

const KIND: Record<ChangeStatus, ChangeKind> = {
	A: 'added',
	D: 'deleted',
	R: 'renamed',
	M: 'modified',
};

/** A reason the comparison cannot run, in one line for the author (the CLI exits with 2). */
export class ChangesError extends Error {}

/** Compares the content folder now (working tree) with the commit `ref` names. */
export async function compareSince(
	contentDir: string,
	ref: string,
	options: { root?: string } = {},
): Promise<ChangesReport> {
	const repo = await probeRepository(contentDir);
	if (repo.availability === 'none' || repo.root === null)
		throw new ChangesError(`${repo.note} "changes --since" compares git versions and needs it.`);
	if (ref.startsWith('-') || ref.trim() === '' || /[\s\0]/.test(ref))
		throw new ChangesError(
			`"${ref}" is not a git ref; give a branch, tag or commit, e.g. --since main.`,
		);
	const resolved = await git(contentDir, ['rev-parse', '-q', '--verify', `${ref}^{commit}`]);
	if (resolved.code !== 0) {
		const hint =
			repo.availability === 'shallow'
				? ' This is a shallow clone; fetch more history with git fetch --unshallow (or fetch the branch).'
				: ' Check the spelling, or fetch it first (git fetch origin).';
		throw new ChangesError(
			`Unknown git ref "${ref}": no branch, tag or commit of this repository has that name.${hint}`,
		);
	}
	const commit = resolved.stdout.trim();

	const entries: RawEntry[] = [];
	const parser = new LogParser((c) => entries.push(...c.entries), true);
	const [diff, uncommitted, load] = await Promise.all([
		streamGitText(
			contentDir,
			['diff', '-z', '--raw', '--no-abbrev', '-M', commit, '--', '.'],
			(chunk) => parser.push(chunk),
		),
		readUncommitted(contentDir, repo.prefix),
		loadHandbook(contentDir, options.root === undefined ? {} : { root: options.root }),
	]);
	parser.end();
	if (diff.code !== 0)
		throw new ChangesError(
			`git could not compare with "${ref}": ${diff.stderr.trim().split('\n')[0]}`,
		);

	const rel = (p: string) => (p.startsWith(repo.prefix) ? p.slice(repo.prefix.length) : p);
	const changed: Omit<ChangedFile, 'before' | 'after'>[] = [];
	const previousBlobs = new Map<ChangedFile, string>();
	for (const e of entries) {
		const item: Omit<ChangedFile, 'before' | 'after'> = { kind: KIND[e.status], path: rel(e.path) };
		if (e.previousPath !== undefined) item.previousPath = rel(e.previousPath);
		if (e.previousBlob !== undefined) previousBlobs.set(item, e.previousBlob);
		changed.push(item);
	}
	for (const u of uncommitted.values())
		if (u.status === 'untracked') changed.push({ kind: 'added', path: u.path });

	const old = await readObjects(contentDir, previousBlobs.values());
	const { handbook } = load;
	const now = new Map<string, DocSnapshot>();
	for (const doc of handbook.docs)
		now.set(contentPath(handbook, doc.file), { data: doc.written ?? doc.raw, body: doc.body });
	if (handbook.config) now.set(HANDBOOK_FILE, { data: handbook.config.raw, body: undefined });

	const files: ChangedFile[] = changed.map((c) => {
		const beforePath = c.previousPath ?? c.path;
		const blob = previousBlobs.get(c);
		const bytes = blob === undefined ? undefined : old.get(blob);
		const file: ChangedFile = { kind: c.kind, path: c.path };
		if (c.previousPath !== undefined) file.previousPath = c.previousPath;
		if (c.kind !== 'added' && bytes) file.before = parseSnapshot(beforePath, bytes);
		if (c.kind !== 'deleted') file.after = now.get(c.path);
		return file;
	});
	return buildReport({
		files,
		index: buildIndex(handbook),
		since: { ref, commit, shortHash: commit.slice(0, repo.abbrev) },
		head: repo.head,
		includesUncommitted: uncommitted.size > 0,
		availability: repo.availability,
		note: repo.note,
	});
}
