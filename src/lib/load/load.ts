/**
 * Reads a content folder into the handbook model: classifies files, decodes
 * them, parses YAML and MDX frontmatter with positions, and validates each
 * document against its schema (which file is what: classify.ts; unreadable text and YAML:
 * file-problems.ts). Never throws for anything an author can cause.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DOC_TYPES, HANDBOOK_FILE, handbookSchema, type DocType } from '../../../schemas/index.ts';
import { decodeText } from './decode.ts';
import {
	applyDefaults,
	defaultsFor,
	isDefaultsFile,
	readDefaults,
	type FolderDefaults,
} from './defaults.ts';
import { MAX_FILE_BYTES, tooLarge } from './file-size.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { ConfigSource, Handbook, SourceDoc, SourceLocator } from '../model/model.ts';
import { issuesToDiagnostics } from '../diagnostics/schema-issues.ts';
import {
	blankControlCharacters,
	findControlCharacters,
	type CharacterProblem,
} from './text-characters.ts';
import { parseYaml } from './yaml-source.ts';
import { vocabularyIssues } from '../domain/vocabulary/check.ts';
import { vocabularyOf } from '../domain/vocabulary/index.ts';
import { classify } from './classify.ts';
import { controlProblem, decodeProblem, yamlProblems } from './file-problems.ts';

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
