/**
 * The history of a content folder from ONE batched `git log` pass: every
 * commit that touched the folder, streamed and parsed as it arrives, with
 * renames followed backwards; plus the uncommitted changes from `git status`.
 * Without git, or outside a repository, the result says so and is empty; a
 * shallow clone gives what it has and says it is partial. Nothing is invented.
 */
import { LineageBuilder } from './lineage.ts';
import { LOG_FORMAT, LogParser } from './log-parser.ts';
import { probeRepository, type RepoInfo } from './repo.ts';
import { readUncommitted } from './status.ts';
import { streamGitText } from './git.ts';
import type { ContentHistory, UncommittedChange } from './types.ts';

/**
 * Arguments of the one log pass from `head` (the commit the probe saw, so the log
 * matches it even when a commit lands meanwhile); the pathspec `.` is the content
 * folder (git runs inside it).
 */
const logArgs = (head: string) => [
	'log',
	'-z',
	'--raw',
	'--no-abbrev',
	'-M',
	'--no-merges',
	'--topo-order',
	`--format=${LOG_FORMAT}`,
	head,
	'--',
	'.',
];

/** What readHistory asks git first; a caller that asked already passes it in. */
export interface RepoState {
	repo: RepoInfo;
	uncommitted: Promise<Map<string, UncommittedChange>>;
}

/** The repository and the uncommitted changes of `contentDir`: cheap, no log. */
export async function readRepoState(contentDir: string): Promise<RepoState> {
	const repo = await probeRepository(contentDir);
	return {
		repo,
		uncommitted:
			repo.availability === 'none'
				? Promise.resolve(new Map())
				: readUncommitted(contentDir, repo.prefix),
	};
}

/** Reads the history of every file in `contentDir` (absolute path). */
export async function readHistory(contentDir: string, known?: RepoState): Promise<ContentHistory> {
	const state = known ?? (await readRepoState(contentDir));
	const { repo } = state;
	const empty: ContentHistory = {
		availability: repo.availability,
		note: repo.note,
		head: repo.head,
		root: repo.root,
		prefix: repo.prefix.replace(/\/$/, ''),
		files: new Map(),
		deleted: [],
		uncommitted: new Map(),
		commitCount: 0,
	};
	if (repo.availability === 'none') return empty;
	const { uncommitted } = state;
	if (repo.head === null) return { ...empty, uncommitted: await uncommitted };

	const builder = new LineageBuilder(repo.prefix, repo.abbrev);
	const parser = new LogParser((commit) => builder.add(commit));
	const log = await streamGitText(contentDir, logArgs(repo.head), (chunk) => parser.push(chunk));
	parser.end();
	if (log.code !== 0) {
		return {
			...empty,
			availability: 'none',
			note: `History is unavailable: git log failed (${log.stderr.trim().split('\n')[0] ?? log.code}).`,
			uncommitted: await uncommitted,
		};
	}
	const { files, deleted } = builder.result();
	const changes = await uncommitted;
	followStagedRenames(files, changes);
	return { ...empty, files, deleted, uncommitted: changes, commitCount: builder.commitCount };
}

/** A rename staged with `git mv` but not committed: the history moves to the new path. */
function followStagedRenames(
	files: ContentHistory['files'],
	changes: ContentHistory['uncommitted'],
): void {
	for (const change of changes.values()) {
		if (change.status !== 'renamed' || change.previousPath === undefined) continue;
		const file = files.get(change.previousPath);
		if (!file || files.has(change.path)) continue;
		files.delete(change.previousPath);
		files.set(change.path, { ...file, path: change.path });
	}
}
