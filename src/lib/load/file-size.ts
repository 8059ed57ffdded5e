/**
 * PARSE-011: a cap on the size of one content file, checked before the file is read or
 * parsed, so `check` stays bounded in time and memory whatever lands in the folder (a pasted
 * 5 MB text, a video renamed to .mdx). The largest real documents — a long guideline, a team
 * of thousands — stay far below it. Not configurable: a handbook file that needs more is a
 * document that should be split, and the cap has to hold before handbook.yaml is read.
 * Assets (images in assets/) are not documents and are not capped here.
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';

/** Largest content file `check` reads: 1 MiB. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** `1.0 MB`, `5.2 MB`, `850 KB` (`5,2 MB` in German): sizes as a file manager shows them. */
export function formatSize(bytes: number, lang: 'en' | 'de' = 'en'): string {
	if (bytes >= 1024 * 1024) {
		const mb = (bytes / (1024 * 1024)).toFixed(1);
		return `${lang === 'de' ? mb.replace('.', ',') : mb} MB`;
	}
	return `${Math.ceil(bytes / 1024)} KB`;
}

/** The author's message for a file over the cap. */
export function tooLarge(file: string, bytes: number, isHandbookFile: boolean): Diagnostic {
	return {
		rule: 'PARSE-011',
		severity: 'error',
		file,
		line: 0,
		column: 0,
		path: '',
		message: `The file is ${formatSize(bytes)}; Kodex reads content files of up to ${formatSize(MAX_FILE_BYTES)}, so it was not checked.`,
		value: bytes,
		expected: `a file of at most ${formatSize(MAX_FILE_BYTES)} (${MAX_FILE_BYTES} bytes)`,
		fix: isHandbookFile
			? 'Shorten handbook.yaml: it holds settings only; move long texts into documents.'
			: 'Split the document into several smaller documents, and put images and attachments into assets/ instead of the text.',
		de: {
			message: `Die Datei ist ${formatSize(bytes, 'de')} groß; Kodex liest Inhaltsdateien bis ${formatSize(MAX_FILE_BYTES, 'de')}, deshalb wurde sie nicht geprüft.`,
			expected: `eine Datei von höchstens ${formatSize(MAX_FILE_BYTES, 'de')} (${MAX_FILE_BYTES} Bytes)`,
			fix: isHandbookFile
				? 'handbook.yaml kürzen: Sie enthält nur Einstellungen; lange Texte gehören in Dokumente.'
				: 'Das Dokument in mehrere kleinere aufteilen und Bilder und Anhänge nach assets/ legen statt in den Text.',
		},
	};
}
