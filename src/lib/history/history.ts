/**
 * The history of a content folder from ONE batched `git log` pass: every
 * commit that touched the folder, streamed and parsed as it arrives, with
 * renames followed backwards; plus the uncommitted changes from `git status`.
 * Without git, or outside a repository, the result says so and is empty; a
 * shallow clone gives what it has and says it is partial. Nothing is invented.
 */
import { LineageBuilder } from './lineage.ts';
import { LOG_FORMAT, LogParser } from './log-parser.ts';
import { probeRepository } from './repo.ts';
import { readUncommitted } from './status.ts';
import { streamGitText } from './git.ts';
import type { ContentHistory } from './types.ts';

/** Arguments of the one log pass; the pathspec `.` is the content folder (git runs inside it). */
const LOG_ARGS = [
	'log',
	'-z',
	'--raw',
	'--no-abbrev',
	'-M',
	'--no-merges',
	'--topo-order',
	`--format=${LOG_FORMAT}`,
	'--',
	'.',
] as const;

/** Reads the history of every file in `contentDir` (absolute path). */
export async function readHistory(contentDir: string): Promise<ContentHistory> {
	const repo = await probeRepository(contentDir);
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
	const uncommitted = readUncommitted(contentDir, repo.prefix);
	if (repo.head === null) return { ...empty, uncommitted: await uncommitted };

	const builder = new LineageBuilder(repo.prefix, repo.abbrev);
	const parser = new LogParser((commit) => builder.add(commit));
	const log = await streamGitText(contentDir, LOG_ARGS, (chunk) => parser.push(chunk));
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
