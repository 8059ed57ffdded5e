/**
 * Reads a content folder into the handbook model: classifies files, decodes
 * them, parses YAML and MDX frontmatter with positions, and validates each
 * document against its schema. Never throws for anything an author can cause.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
	DOC_TYPE_NAMES,
	DOC_TYPES,
	HANDBOOK_FILE,
	handbookSchema,
	type DocType,
} from '../../../schemas/index.ts';
import { decodeText } from './decode.ts';
import {
	applyDefaults,
	defaultsFor,
	isDefaultsFile,
	readDefaults,
	type FolderDefaults,
} from './defaults.ts';
import { MAX_FILE_BYTES, tooLarge } from './file-size.ts';
import type { Diagnostic, Wording } from '../diagnostics/diagnostics.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { ConfigSource, Handbook, SourceDoc, SourceLocator } from '../model/model.ts';
import { issuesToDiagnostics } from '../diagnostics/schema-issues.ts';
import { suggest } from '../diagnostics/suggest.ts';
import {
	blankControlCharacters,
	findControlCharacters,
	findYamlCharacterProblems,
	type CharacterProblem,
} from './text-characters.ts';
import { parseYaml, type YamlProblem } from './yaml-source.ts';
import { vocabularyIssues } from '../domain/vocabulary/check.ts';
import { vocabularyOf } from '../domain/vocabulary/index.ts';

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

export interface LoadResult {
	handbook: Handbook;
	/** Problems found while parsing and applying the schemas. */
	diagnostics: Diagnostic[];
}

export interface LoadOptions {
	/** Content folder relative to the repository root, used in reported file names. Default `content`. */
	contentRel?: string;
	/** Absolute content folder. Default: `contentRel`. */
	contentDir?: string;
	/** Documents parsed by an earlier run of this process; see `ParseCache`. */
	cache?: ParseCache;
}

/**
 * Parsed documents kept between runs in one process (a watching `check`, the
 * benchmark's re-check): a document whose text is unchanged is taken from here
 * instead of being parsed and schema-checked again. Keyed by file path.
 */
export type ParseCache = Map<
	string,
	{ text: string; doc: SourceDoc | undefined; diagnostics: readonly Diagnostic[] }
>;

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

/** Folders and files inside the content folder that are not documents. */
const ASSET_FOLDER = 'assets';
const IGNORED_ROOT_FILES = new Set(['README.md', 'readme.md']);
const FOLDER_TO_TYPE = new Map(DOC_TYPE_NAMES.map((t) => [DOC_TYPES[t].folder, t] as const));

/** Reads every file of a content folder from disk. */
export async function loadHandbook(
	contentDir: string,
	options: { root?: string; cache?: ParseCache; reuse?: FileReuse } = {},
): Promise<LoadResult> {
	const root = options.root ?? process.cwd();
	const contentRel = path.relative(root, contentDir).split(path.sep).join('/') || '.';
	let entries: string[];
	try {
		entries = await listFiles(contentDir);
	} catch {
		return {
			handbook: { contentDir, contentRel, config: undefined, docs: [] },
			diagnostics: [
				{
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
				},
			],
		};
	}
	const { reuse } = options;
	const read = async (rel: string): Promise<VirtualFile> => {
		const abs = path.join(contentDir, rel);
		// Files the loader skips (assets, README.md) and files over the cap are not read at
		// all, so memory stays bounded by the documents themselves.
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
	return loadHandbookFromFiles(files, {
		contentRel,
		contentDir,
		...(options.cache ? { cache: options.cache } : {}),
	});
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

type Decoded =
	| Exclude<ReturnType<typeof decodeText>, { ok: true }>
	| { ok: true; text: string; controls: CharacterProblem[] };

/** Decoded files by their bytes: a file reused unchanged (FileReuse) is not decoded again. */
const decodedFiles = new WeakMap<Uint8Array, Decoded>();

function decodedOf(bytes: Uint8Array): Decoded {
	let known = decodedFiles.get(bytes);
	if (!known) {
		const decoded = decodeText(bytes);
		if (decoded.ok) {
			const controls = findControlCharacters(decoded.text);
			const text = controls.length ? blankControlCharacters(decoded.text) : decoded.text;
			known = { ok: true, text, controls };
		} else known = decoded;
		decodedFiles.set(bytes, known);
	}
	return known;
}

/** Builds the handbook model from in-memory files (used by tests and by `loadHandbook`). */
export function loadHandbookFromFiles(
	files: readonly VirtualFile[],
	options: LoadOptions = {},
): LoadResult {
	const contentRel = options.contentRel ?? 'content';
	const contentDir = options.contentDir ?? contentRel;
	const diagnostics: Diagnostic[] = [];
	const docs: SourceDoc[] = [];
	let config: ConfigSource | undefined;
	const repoPath = (rel: string) => (contentRel === '.' ? rel : `${contentRel}/${rel}`);

	// Folder defaults first (and their folders' files after them), so every document can be
	// merged with the defaults of its folders however the files are ordered.
	const ordered = [...files].sort(
		(a, b) =>
			Number(!isDefaultsFile(a.path)) - Number(!isDefaultsFile(b.path)) ||
			a.path.localeCompare(b.path),
	);
	const folderDefaults = new Map<string, FolderDefaults>();
	for (const file of ordered) {
		const rel = file.path;
		const repoFile = repoPath(rel);
		const kind = classify(rel);
		if (kind.kind === 'ignore') continue;
		if (kind.kind === 'unknown') {
			diagnostics.push(kind.diagnostic(repoFile));
			continue;
		}
		const bytes =
			typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
		const size = file.size ?? bytes.length;
		if (size > MAX_FILE_BYTES) {
			diagnostics.push(tooLarge(repoFile, size, kind.kind === 'config'));
			continue;
		}
		const decoded = decodedOf(bytes);
		if (!decoded.ok) {
			diagnostics.push(
				decodeProblem(decoded, repoFile, kind.kind === 'doc' ? kind.type : undefined),
			);
			continue;
		}
		const { controls, text } = decoded;
		diagnostics.push(...controls.map((c) => controlProblem(c, repoFile)));
		if (kind.kind === 'defaults') {
			const parsed = parseYaml(text);
			const problems = yamlProblems(parsed.problems, repoFile, text);
			diagnostics.push(...problems);
			if (problems.length) continue;
			const defaults = readDefaults(
				kind.type,
				rel,
				repoFile,
				text,
				parsed.data,
				parsed.locate,
				diagnostics,
			);
			if (defaults) folderDefaults.set(defaults.folder, defaults);
			continue;
		}
		if (kind.kind === 'config') {
			const parsed = parseYaml(text);
			const problems = yamlProblems(parsed.problems, repoFile, text);
			diagnostics.push(...problems);
			if (problems.length) continue;
			const result = handbookSchema.safeParse(parsed.data, { reportInput: true });
			if (!result.success) {
				diagnostics.push(
					...issuesToDiagnostics(result.error.issues, handbookSchema, {
						file: repoFile,
						raw: parsed.data,
						locate: parsed.locate,
					}),
				);
			}
			config = {
				file: repoFile,
				raw: parsed.data,
				data: result.success ? result.data : undefined,
				locate: parsed.locate,
			};
			continue;
		}
		const chain = defaultsFor(rel, folderDefaults);
		// A cached document is reused only when neither it nor its folder defaults changed.
		const key = chain.length ? [...chain.map((d) => d.text), text].join('\0') : text;
		const cached = options.cache?.get(repoFile);
		if (cached?.text === key) {
			diagnostics.push(...cached.diagnostics.map((d) => ({ ...d })));
			if (cached.doc) docs.push(cached.doc);
			continue;
		}
		const found: Diagnostic[] = [];
		const doc = parseDocument(kind.type, rel, repoFile, text, found, chain);
		options.cache?.set(repoFile, { text: key, doc, diagnostics: found });
		diagnostics.push(...found);
		if (doc) docs.push(doc);
	}

	const vocabulary = vocabularyOf(config);
	if (vocabulary) {
		if (config?.data)
			diagnostics.push(...vocabularyIssues(handbookSchema, config.data, vocabulary, config));
		for (const doc of docs)
			if (doc.data)
				diagnostics.push(
					...vocabularyIssues(DOC_TYPES[doc.type].schema, doc.data, vocabulary, doc),
				);
	}

	if (!config && !diagnostics.some((d) => d.file === repoPath(HANDBOOK_FILE))) {
		diagnostics.push({
			rule: 'PARSE-008',
			severity: 'error',
			file: repoPath(HANDBOOK_FILE),
			line: 0,
			column: 0,
			path: '',
			message: 'The handbook configuration file is missing.',
			expected: 'handbook.yaml with company, locales, review and legal settings',
			fix: `Create ${repoPath(HANDBOOK_FILE)}; see the README for an example.`,
			de: {
				message: 'Die Konfigurationsdatei des Handbuchs fehlt.',
				expected: 'handbook.yaml mit Angaben zu company, locales, review und legal',
				fix: `${repoPath(HANDBOOK_FILE)} anlegen; ein Beispiel steht im README.`,
			},
		});
	}
	const handbook: Handbook = { contentDir, contentRel, config, docs };
	if (folderDefaults.size > 0) handbook.folderDefaults = [...folderDefaults.values()];
	return { handbook, diagnostics };
}

type Classified =
	| { kind: 'ignore' }
	| { kind: 'config' }
	| { kind: 'doc'; type: DocType }
	| { kind: 'defaults'; type: DocType }
	| { kind: 'unknown'; diagnostic: (file: string) => Diagnostic };

function classify(rel: string): Classified {
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

function decodeProblem(
	decoded: Exclude<ReturnType<typeof decodeText>, { ok: true }>,
	file: string,
	type: DocType | undefined,
): Diagnostic {
	const at = {
		file,
		line: decoded.line,
		column: decoded.column,
		path: '',
		severity: 'error' as const,
	};
	if (decoded.reason === 'binary') {
		return {
			...at,
			rule: 'PARSE-004',
			message: 'This is a binary file, not a text document.',
			expected: type
				? `a UTF-8 text file in ${DOC_TYPES[type].format.toUpperCase()} format`
				: 'a text file',
			fix: `Move images and attachments to ${ASSET_FOLDER}/.`,
			de: {
				message: 'Das ist eine Binärdatei, kein Textdokument.',
				expected: type
					? `eine UTF-8-Textdatei im Format ${DOC_TYPES[type].format.toUpperCase()}`
					: 'eine Textdatei',
				fix: `Bilder und Anhänge nach ${ASSET_FOLDER}/ verschieben.`,
			},
		};
	}
	if (decoded.reason === 'encoding') {
		return {
			...at,
			rule: 'PARSE-002',
			message: 'The file is not valid UTF-8 (often a file saved as Windows-1252 or Latin-1).',
			expected: 'UTF-8 text',
			fix: 'Save the file again with the encoding "UTF-8" in your editor.',
			de: {
				message:
					'Die Datei ist kein gültiges UTF-8 (oft eine Datei, die als Windows-1252 oder Latin-1 gespeichert wurde).',
				expected: 'Text in UTF-8',
				fix: 'Die Datei im Editor erneut mit der Kodierung „UTF-8“ speichern.',
			},
		};
	}
	return {
		...at,
		rule: 'PARSE-003',
		message: 'The file is empty.',
		expected: type === undefined ? 'content' : `a ${type} document`,
		fix: 'Add the document fields (see the README for an example), or delete the file.',
		de: {
			message: 'Die Datei ist leer.',
			expected: type === undefined ? 'Inhalt' : `ein Dokument vom Typ ${type}`,
			fix: 'Die Felder des Dokuments eintragen (ein Beispiel steht im README) oder die Datei löschen.',
		},
	};
}

function controlProblem(c: CharacterProblem, file: string): Diagnostic {
	return {
		rule: 'PARSE-010',
		severity: 'error',
		file,
		line: c.line,
		column: c.column,
		path: '',
		message: `The file contains the invisible control character ${c.name}.`,
		expected: 'text without control characters (tabs and line breaks are fine)',
		fix: 'Delete the character; it often comes from copying text out of a PDF or a word processor.',
		de: {
			message: `Die Datei enthält das unsichtbare Steuerzeichen ${c.name}.`,
			expected: 'Text ohne Steuerzeichen (Tabulatoren und Zeilenumbrüche sind erlaubt)',
			fix: 'Das Zeichen löschen; es stammt oft aus Text, der aus einem PDF oder einer Textverarbeitung kopiert wurde.',
		},
	};
}

/**
 * YAML parser problems, with tabs used for indentation and non-breaking
 * spaces after a colon named instead of the parser's follow-up message.
 */
function yamlProblems(problems: YamlProblem[], file: string, yaml: string): Diagnostic[] {
	const chars = findYamlCharacterProblems(yaml);
	const charLines = new Set(chars.map((c) => c.line));
	const named = chars.map((c): Diagnostic => {
		const tab = c.kind === 'tab-indent';
		return {
			rule: 'PARSE-001',
			severity: 'error',
			file,
			line: c.line,
			column: c.column,
			path: '',
			message: tab
				? `This line is indented with a tab character, ${c.name}; YAML allows only spaces for indentation.`
				: `A non-breaking space, ${c.name}, follows the colon; YAML needs a normal space there.`,
			expected: tab ? 'two spaces per indentation level' : '"field: value" with a normal space',
			fix: tab
				? 'Replace the tab at the start of the line with spaces.'
				: 'Delete the space after the colon and type a normal space.',
			de: {
				message: tab
					? `Diese Zeile ist mit einem Tabulator eingerückt, ${c.name}; YAML erlaubt zum Einrücken nur Leerzeichen.`
					: `Nach dem Doppelpunkt steht ein geschütztes Leerzeichen, ${c.name}; YAML braucht dort ein normales Leerzeichen.`,
				expected: tab
					? 'zwei Leerzeichen pro Einrückungsebene'
					: '„feld: wert“ mit normalem Leerzeichen',
				fix: tab
					? 'Den Tabulator am Zeilenanfang durch Leerzeichen ersetzen.'
					: 'Das Leerzeichen nach dem Doppelpunkt löschen und ein normales Leerzeichen tippen.',
			},
		};
	});
	const rest = problems.filter((p) => !charLines.has(p.line));
	return [...named, ...yamlParseProblems(rest, file)];
}

function yamlParseProblems(problems: YamlProblem[], file: string): Diagnostic[] {
	return problems.map((p): Diagnostic => ({
		rule: 'PARSE-001',
		severity: 'error',
		file,
		line: p.line,
		column: p.column,
		path: '',
		message: `The YAML cannot be read: ${p.message}.`,
		expected:
			p.expected ?? 'valid YAML: "key: value" pairs, two-space indentation, lists with "- "',
		fix:
			p.fix ??
			'Check indentation and quoting on this line and the line before it; quote values that contain ": " or start with special characters.',
		de: yamlWordingDe(p),
	}));
}

/** The German wording of a YAML problem, with the general advice where it has none of its own. */
function yamlWordingDe(p: YamlProblem): Wording {
	return {
		message: `Das YAML ist nicht lesbar: ${p.de.message}.`,
		expected:
			p.de.expected ??
			'gültiges YAML: Zeilen „feld: wert“, Einrückung mit zwei Leerzeichen, Listen mit „- “',
		fix:
			p.de.fix ??
			'Einrückung und Anführungszeichen in dieser und der vorigen Zeile prüfen; Werte, die „: “ enthalten oder mit Sonderzeichen beginnen, in Anführungszeichen setzen.',
	};
}

function parseDocument(
	type: DocType,
	rel: string,
	file: string,
	text: string,
	diagnostics: Diagnostic[],
	defaults: readonly FolderDefaults[] = [],
): SourceDoc | undefined {
	const info = DOC_TYPES[type];
	const stem = path.posix.basename(rel).replace(/\.(mdx|ya?ml)$/i, '');
	let yamlText = text;
	let body: string | undefined;
	let bodyLine = 1;
	if (info.format === 'mdx') {
		if (!/^---[ \t]*\r?\n/.test(text)) {
			diagnostics.push({
				rule: 'PARSE-005',
				severity: 'error',
				file,
				line: 1,
				column: 1,
				path: '',
				message: 'The document has no frontmatter.',
				expected: 'the file to start with a line "---", the fields, and another "---" line',
				fix: 'Add a frontmatter block at the top: ---, id, title, … , ---.',
				de: {
					message: 'Das Dokument hat keine Frontmatter.',
					expected:
						'die Datei beginnt mit einer Zeile „---“, den Feldern und einer weiteren Zeile „---“',
					fix: 'Oben einen Frontmatter-Block einfügen: ---, id, title, … , ---.',
				},
			});
			return undefined;
		}
		const split = splitFrontmatter(text);
		if (!split.ok) {
			diagnostics.push({
				rule: 'PARSE-009',
				severity: 'error',
				file,
				line: 1,
				column: 1,
				path: '',
				message: 'The frontmatter is opened with "---" on line 1 but never closed.',
				expected: 'a second line with only "---" after the last field, before the text',
				fix: 'Add a line "---" after the frontmatter fields.',
				de: {
					message: 'Die Frontmatter wird in Zeile 1 mit „---“ geöffnet, aber nie geschlossen.',
					expected:
						'eine zweite Zeile, die nur „---“ enthält, nach dem letzten Feld und vor dem Text',
					fix: 'Nach den Frontmatter-Feldern eine Zeile „---“ einfügen.',
				},
			});
			return undefined;
		}
		yamlText = split.yaml;
		body = split.body;
		bodyLine = split.bodyLine;
	}
	const parsed = parseYaml(yamlText);
	const problems = yamlProblems(parsed.problems, file, yamlText);
	diagnostics.push(...problems);
	const locate: SourceLocator = parsed.locate;
	if (problems.length) {
		return { type, file, stem, raw: undefined, data: undefined, body, bodyLine, locate };
	}
	if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
		diagnostics.push({
			rule: 'SCH-004',
			severity: 'error',
			file,
			line: locate.value([]).line,
			column: locate.value([]).column,
			path: '',
			message:
				parsed.data === null || parsed.data === undefined
					? 'The document has no fields.'
					: 'The document must be a set of "field: value" lines.',
			value: parsed.data,
			expected: 'fields such as id, title, summary, language, status, owner, audience',
			fix: 'Write one "field: value" per line; see the README for an example document.',
			de: {
				message:
					parsed.data === null || parsed.data === undefined
						? 'Das Dokument hat keine Felder.'
						: 'Das Dokument muss aus Zeilen „feld: wert“ bestehen.',
				expected: 'Felder wie id, title, summary, language, status, owner, audience',
				fix: 'Ein „feld: wert“ pro Zeile schreiben; ein Beispieldokument steht im README.',
			},
		});
		return { type, file, stem, raw: parsed.data, data: undefined, body, bodyLine, locate };
	}
	const { data: raw, inherited } = applyDefaults(parsed.data, defaults);
	const result = info.schema.safeParse(raw, { reportInput: true });
	if (!result.success) {
		diagnostics.push(
			...issuesToDiagnostics(result.error.issues, info.schema, { file, raw, locate }),
		);
	}
	return {
		type,
		file,
		stem,
		raw,
		...(inherited.size ? { inherited, written: parsed.data } : {}),
		data: result.success ? (result.data as SourceDoc['data']) : undefined,
		body,
		bodyLine,
		locate,
	};
}
