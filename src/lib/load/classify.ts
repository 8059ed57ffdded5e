/**
 * Which kind of file a path in the content folder is: the configuration, a
 * document of a type (by its folder and extension), a folder default, an
 * ignored file, or a misplaced one (PARSE-004, with a suggestion when close).
 */
import path from 'node:path';
import { DOC_TYPE_NAMES, DOC_TYPES, HANDBOOK_FILE, type DocType } from '../../../schemas/index.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { isDefaultsFile } from './defaults.ts';

/** The folder for images and attachments. */
export const ASSET_FOLDER = 'assets';
const IGNORED_ROOT_FILES = new Set(['README.md', 'readme.md']);
const FOLDER_TO_TYPE = new Map(DOC_TYPE_NAMES.map((t) => [DOC_TYPES[t].folder, t] as const));

export type Classified =
	| { kind: 'ignore' }
	| { kind: 'config' }
	| { kind: 'doc'; type: DocType }
	| { kind: 'defaults'; type: DocType }
	| { kind: 'unknown'; diagnostic: (file: string) => Diagnostic };

/** What a file is, by its path in the content folder: a document, a folder default, the configuration, ignored, or a misplaced file (PARSE-004). */
export function classify(rel: string): Classified {
	const parts = rel.split('/');
	const top = parts[0]!;
	if (parts.some((part) => part.startsWith('.'))) return { kind: 'ignore' };
	if (parts.length === 1) {
		if (rel === HANDBOOK_FILE) return { kind: 'config' };
		if (IGNORED_ROOT_FILES.has(rel)) return { kind: 'ignore' };
		const near = suggest(rel, [HANDBOOK_FILE]);
		return unknown(
			`"${rel}" is not a handbook file.`,
			near
				? `Rename it to ${HANDBOOK_FILE}.`
				: `Move it into a document folder or into ${ASSET_FOLDER}/.`,
			{
				message: `„${rel}“ ist keine Datei des Handbuchs.`,
				fix: near
					? `Die Datei in ${HANDBOOK_FILE} umbenennen.`
					: `Die Datei in einen Dokumentordner oder nach ${ASSET_FOLDER}/ verschieben.`,
			},
			near,
		);
	}
	if (top === ASSET_FOLDER) return { kind: 'ignore' };
	const type = FOLDER_TO_TYPE.get(top);
	if (!type) {
		const folders = [...FOLDER_TO_TYPE.keys(), ASSET_FOLDER];
		const near = suggest(top, folders);
		return unknown(
			`The folder "${top}/" is not a known document folder.`,
			near ? `Rename the folder to ${near}/.` : `Use one of: ${folders.join(', ')}.`,
			{
				message: `Der Ordner „${top}/“ ist kein bekannter Dokumentordner.`,
				fix: near
					? `Den Ordner in ${near}/ umbenennen.`
					: `Einen dieser Ordner verwenden: ${folders.join(', ')}.`,
			},
			near,
		);
	}
	if (isDefaultsFile(rel)) return { kind: 'defaults', type };
	const format = DOC_TYPES[type].format;
	const ext = path.posix.extname(rel).toLowerCase();
	const ok = format === 'mdx' ? ext === '.mdx' : ext === '.yaml' || ext === '.yml';
	if (!ok) {
		const wanted = format === 'mdx' ? '.mdx' : '.yaml';
		return unknown(
			`Files in ${top}/ must end in ${wanted}; "${parts.at(-1)}" does not.`,
			`Rename it to ${path.posix.basename(rel, ext)}${wanted}, or move it to ${ASSET_FOLDER}/ if it is an image or attachment.`,
			{
				message: `Dateien in ${top}/ müssen auf ${wanted} enden; „${parts.at(-1)}“ tut das nicht.`,
				fix: `Die Datei in ${path.posix.basename(rel, ext)}${wanted} umbenennen, oder nach ${ASSET_FOLDER}/ verschieben, wenn sie ein Bild oder Anhang ist.`,
			},
		);
	}
	return { kind: 'doc', type };
}

function unknown(
	message: string,
	fix: string,
	de: { message: string; fix: string },
	didYouMean?: string,
): Classified {
	const folders = [...FOLDER_TO_TYPE.keys()].join(', ');
	return {
		kind: 'unknown',
		diagnostic: (file) => ({
			rule: 'PARSE-004',
			severity: 'error',
			file,
			line: 0,
			column: 0,
			path: '',
			message,
			expected: `documents in ${folders}; images in ${ASSET_FOLDER}/`,
			...(didYouMean ? { didYouMean } : {}),
			fix,
			de: { ...de, expected: `Dokumente in ${folders}; Bilder in ${ASSET_FOLDER}/` },
		}),
	};
}
