/**
 * Reads a content folder's files from disk for the loader: every file below it
 * except hidden ones and node_modules, in path order. Files the loader skips and
 * files over the size cap are not read, so memory stays bounded by the documents.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { classify } from './classify.ts';
import { MAX_FILE_BYTES } from './file-size.ts';

export interface VirtualFile {
	/** Path relative to the content folder, posix separators, e.g. `guidelines/fotos.mdx`. */
	path: string;
	content: string | Uint8Array;
	/**
	 * Size on disk when it is over {@link MAX_FILE_BYTES}: the content was then not read
	 * (`content` is empty) and the file is reported as too large (PARSE-011).
	 */
	size?: number;
}

/**
 * Files kept between runs by a process that is told what changed (a watching
 * `check`): a file not under a path in `changed` is taken from `files` instead of
 * being read again. `changed` undefined means "unknown": everything is read.
 */
export interface FileReuse {
	files: Map<string, VirtualFile>;
	changed: ReadonlySet<string> | undefined;
}

function isChanged(rel: string, changed: ReadonlySet<string>): boolean {
	if (changed.has(rel)) return true;
	// A change to a folder (renamed, replaced) counts for everything in it.
	for (let i = rel.indexOf('/'); i !== -1; i = rel.indexOf('/', i + 1))
		if (changed.has(rel.slice(0, i))) return true;
	return false;
}

/** The folder's files, or undefined when the folder cannot be listed. */
export async function readFolder(
	contentDir: string,
	reuse?: FileReuse,
): Promise<VirtualFile[] | undefined> {
	let entries: string[];
	try {
		entries = await listFiles(contentDir);
	} catch {
		return undefined;
	}
	const read = async (rel: string): Promise<VirtualFile> => {
		const abs = path.join(contentDir, rel);
		if (classify(rel).kind === 'ignore') return { path: rel, content: new Uint8Array(0) };
		const { size } = await stat(abs);
		if (size > MAX_FILE_BYTES) return { path: rel, content: new Uint8Array(0), size };
		return { path: rel, content: new Uint8Array(await readFile(abs)) };
	};
	const files = await Promise.all(
		entries.map(async (rel): Promise<VirtualFile> => {
			const known = reuse?.changed && reuse.files.get(rel);
			if (known && !isChanged(rel, reuse.changed!)) return known;
			const file = await read(rel);
			reuse?.files.set(rel, file);
			return file;
		}),
	);
	if (reuse) {
		const present = new Set(entries);
		for (const rel of reuse.files.keys()) if (!present.has(rel)) reuse.files.delete(rel);
	}
	return files;
}

async function listFiles(dir: string): Promise<string[]> {
	const found = await readdir(dir, { recursive: true, withFileTypes: true });
	return found
		.filter((e) => e.isFile())
		.map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
		.filter(
			(rel) => !rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules'),
		)
		.sort();
}

/** PARSE-007: the content folder cannot be read. */
export function missingFolder(contentRel: string): Diagnostic {
	return {
		rule: 'PARSE-007',
		severity: 'error',
		file: contentRel,
		line: 0,
		column: 0,
		path: '',
		message: `The content folder "${contentRel}" does not exist or cannot be read.`,
		expected: 'a folder with handbook.yaml and the document folders',
		fix: 'Create the folder, or point KODEX_CONTENT at your handbook, e.g. KODEX_CONTENT=content.',
		de: {
			message: `Den Inhaltsordner „${contentRel}“ gibt es nicht, oder er ist nicht lesbar.`,
			expected: 'ein Ordner mit handbook.yaml und den Dokumentordnern',
			fix: 'Den Ordner anlegen oder KODEX_CONTENT auf das Handbuch zeigen lassen, z. B. KODEX_CONTENT=content.',
		},
	};
}
