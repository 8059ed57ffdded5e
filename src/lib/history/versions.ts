/**
 * The `version` a document had in each of its commits, for HIST-001 and for
 * showing versions next to history entries. File contents are read only for
 * documents, in ONE `git cat-file --batch` process, each distinct blob once.
 */
import { parse } from 'yaml';
import { forEachObject } from './blobs.ts';
import type { ContentHistory, FileCommit } from './types.ts';

export interface VersionPoint {
	commit: FileCommit;
	/** The version in that commit; undefined when the file had none (or it was unreadable). */
	version: number | undefined;
}

export interface VersionHistory {
	availability: ContentHistory['availability'];
	note: string | undefined;
	/** Per current path (relative to the content folder), newest commit first; deletions left out. */
	byPath: Map<string, VersionPoint[]>;
}

const TOP_LEVEL_VERSION = /^version:[ \t]*(\d+)[ \t]*(?:#.*)?$/m;
/** A `version` key written some other way, or a document that is one `{ … }` flow mapping. */
const UNUSUAL_VERSION = /^\s*["']?version["']?\s*:|^\s*\{/m;

/**
 * The top-level `version` of a document's text (frontmatter for `.mdx`, the whole
 * file for YAML), when it is a positive whole number. A quick line match covers
 * what authors write; anything unusual falls back to a full YAML parse.
 */
export function extractVersion(text: string, path: string): number | undefined {
	let yaml = text.replace(/^\uFEFF/, '');
	if (path.endsWith('.mdx')) {
		const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(yaml);
		if (!m) return undefined;
		yaml = m[1]!;
	}
	const quick = TOP_LEVEL_VERSION.exec(yaml);
	if (quick) return positive(Number(quick[1]));
	if (!UNUSUAL_VERSION.test(yaml)) return undefined;
	try {
		const data: unknown = parse(yaml);
		if (data && typeof data === 'object' && !Array.isArray(data))
			return positive((data as Record<string, unknown>)['version']);
	} catch {
		// an unreadable file in an old commit simply has no known version
	}
	return undefined;
}

function positive(v: unknown): number | undefined {
	return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 ? v : undefined;
}

/** Whether a path (relative to the content folder) is a document that can carry a version. */
export function isDocumentPath(path: string): boolean {
	return /^(?!assets\/)[^/]+\/.+\.(mdx|ya?ml)$/.test(path);
}

/**
 * Reads the version of every document at every commit of its history. Contents
 * stream through one cat-file process; only the version numbers are kept.
 */
export async function readVersionHistory(
	history: ContentHistory,
	cwd: string,
): Promise<VersionHistory> {
	const docs = [...history.files.values()].filter((f) => isDocumentPath(f.path));
	// The path decides how to read a blob (frontmatter or plain YAML); any path of the blob will do.
	const pathOf = new Map<string, string>();
	for (const f of docs) for (const c of f.commits) if (c.blob) pathOf.set(c.blob, c.path);
	const versionOf = new Map<string, number | undefined>();
	await forEachObject(cwd, pathOf.keys(), (blob, bytes) => {
		versionOf.set(blob, bytes && extractVersion(bytes.toString('utf8'), pathOf.get(blob)!));
	});
	const byPath = new Map<string, VersionPoint[]>();
	for (const file of docs) {
		byPath.set(
			file.path,
			file.commits.flatMap((commit) =>
				commit.blob === undefined ? [] : [{ commit, version: versionOf.get(commit.blob) }],
			),
		);
	}
	return { availability: history.availability, note: history.note, byPath };
}
