/**
 * Reads a content folder into the handbook model: classifies files, decodes
 * them, parses YAML and MDX frontmatter with positions, and validates each
 * document against its schema (which file is what: classify.ts; unreadable text and YAML:
 * file-problems.ts). Never throws for anything an author can cause.
 */
import path from 'node:path';
import { DOC_TYPES, HANDBOOK_FILE, handbookSchema } from '../../../schemas/index.ts';
import { decodeText } from './decode.ts';
import { defaultsFor, isDefaultsFile, readDefaults, type FolderDefaults } from './defaults.ts';
import { MAX_FILE_BYTES, tooLarge } from './file-size.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import type { ConfigSource, Handbook, SourceDoc } from '../model/model.ts';
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
import { parseDocument, stemOf } from './parse-document.ts';
import { missingFolder, readFolder, type FileReuse, type VirtualFile } from './read-folder.ts';
import {
	documentKey,
	fromStored,
	openDocumentStore,
	toStored,
	type DocumentStore,
} from './document-store.ts';

export type { FileReuse, VirtualFile };

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
	/** Documents parsed by earlier runs, on disk (document-store.ts). */
	store?: DocumentStore | undefined;
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
 * Reads every file of a content folder from disk. Unchanged documents come from the
 * disk store of parsed documents unless `store` is false. A process that re-checks with a
 * `cache` (a watching `check`) uses the disk store on its first run only: after that the
 * cache holds every document, and reading and rewriting the store on each save would cost
 * more than it saves.
 */
export async function loadHandbook(
	contentDir: string,
	options: { root?: string; cache?: ParseCache; reuse?: FileReuse; store?: false } = {},
): Promise<LoadResult> {
	const root = options.root ?? process.cwd();
	const contentRel = path.relative(root, contentDir).split(path.sep).join('/') || '.';
	const files = await readFolder(contentDir, options.reuse);
	if (!files)
		return {
			handbook: { contentDir, contentRel, config: undefined, docs: [] },
			diagnostics: [missingFolder(contentRel)],
		};
	const again = options.cache !== undefined && options.cache.size > 0;
	const store = options.store === false || again ? undefined : openDocumentStore();
	const result = loadHandbookFromFiles(files, {
		contentRel,
		contentDir,
		...(options.cache ? { cache: options.cache } : {}),
		store,
	});
	store?.save();
	return result;
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
		const storeKey = options.store && documentKey(kind.type, repoFile, chain, text);
		const stored = storeKey ? options.store!.get(storeKey) : undefined;
		const found: Diagnostic[] = [];
		let doc: SourceDoc | undefined;
		if (stored) {
			const back = fromStored(stored, kind.type, repoFile, stemOf(rel), text, chain);
			doc = back.doc;
			found.push(...back.diagnostics);
		} else {
			doc = parseDocument(kind.type, rel, repoFile, text, found, chain);
			const keep = storeKey && toStored(doc, found);
			if (keep) options.store!.set(storeKey, keep);
		}
		options.cache?.set(repoFile, { text: key, doc, diagnostics: found });
		diagnostics.push(...found.map((d) => ({ ...d })));
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
