/**
 * Older versions of documents, read from git and parsed exactly like the
 * current files (same frontmatter split, same YAML reader), ready for
 * `diffDocument`. One `git cat-file --batch` process per call.
 */
import type { DocSnapshot } from '../changes/diff-document.ts';
import { loadHandbookFromFiles } from '../load/load.ts';
import { readObjects } from './blobs.ts';
import type { FileCommit } from './types.ts';

/**
 * Parses one file's content; `path` is relative to the content folder and decides
 * the format. Undefined for files that are not documents or handbook.yaml.
 */
export function parseSnapshot(path: string, content: string | Uint8Array): DocSnapshot | undefined {
	const { handbook } = loadHandbookFromFiles([{ path, content }], { contentRel: '.' });
	const doc = handbook.docs[0];
	if (doc) return { data: doc.raw, body: doc.body };
	if (handbook.config) return { data: handbook.config.raw, body: undefined };
	return undefined;
}

/**
 * The file as it was after each given commit (by commit hash), for commits that
 * did not delete it. `cwd` is any folder inside the repository, e.g. the content folder.
 */
export async function readSnapshots(
	cwd: string,
	commits: readonly FileCommit[],
): Promise<Map<string, DocSnapshot>> {
	const objects = await readObjects(
		cwd,
		commits.flatMap((c) => (c.blob ? [c.blob] : [])),
	);
	const out = new Map<string, DocSnapshot>();
	for (const c of commits) {
		const bytes = c.blob && objects.get(c.blob);
		const snapshot = bytes ? parseSnapshot(c.path, bytes) : undefined;
		if (snapshot) out.set(c.hash, snapshot);
	}
	return out;
}
