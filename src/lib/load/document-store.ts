/**
 * Parsed documents kept between runs of `check` and the build, on disk
 * (`node_modules/.cache/kodex/documents.json`, src/lib/util/disk-cache.ts): per
 * document what the YAML parse and the schema check gave, so an unchanged file
 * is neither parsed nor schema-checked again. An entry is keyed by a hash of the
 * file's text, its path and type, and the folder defaults that apply to it; the
 * store is dropped when the loader, the schemas or the installed packages
 * change. Positions stay right: the locator of a stored document parses its
 * YAML with positions when a rule first asks where a value is, as a fresh parse
 * does. The cross-document checks (vocabulary, rules) run on every run.
 *
 * Only what JSON keeps exactly is stored; a document whose YAML could not be
 * read, or whose data holds a value JSON would change (NaN, -0, a key named
 * `__proto__`), is parsed on every run.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DOC_TYPES, type DocType } from '../../../schemas/index.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import type { SourceDoc } from '../model/model.ts';
import { codeVersion, openStore, type DiskStore } from '../util/disk-cache.ts';
import type { DefaultOrigin, FolderDefaults } from './defaults.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { lazyLocator } from './yaml-source.ts';

/** One document as the store keeps it. */
interface StoredDoc {
	/** What parsing and the schema check reported about this file alone. */
	diagnostics: Diagnostic[];
	raw: unknown;
	/** Inherited fields: name, defaults file, line, column (`written` is `raw` without them). */
	inherited?: [string, string, number, number][];
	/** Validated data, when the schema passed and it differs from `raw`. */
	data?: unknown;
	/** The validated data is `raw` itself, down to the order of the keys. */
	same?: true;
}

export type DocumentStore = DiskStore<StoredDoc>;

/** The store, or undefined when there is no place for it (KODEX_CACHE=off, no sources). */
export function openDocumentStore(): DocumentStore | undefined {
	const lib = path.resolve(import.meta.dirname, '..');
	// Everything a document's parse and schema check can depend on: the loader, the messages
	// (with their German wording and suggestions), the model, the domain facts and utilities
	// the messages use (dates, slugs, formatting), the schemas and the installed packages.
	const parts = [
		codeVersion(import.meta.dirname, [path.resolve(lib, '../../node_modules/.package-lock.json')]),
		...['diagnostics', 'model', 'domain', 'util'].map((dir) => codeVersion(path.join(lib, dir))),
		codeVersion(path.resolve(lib, '../../schemas')),
	];
	return parts.every((part) => part !== undefined)
		? openStore<StoredDoc>('documents', parts.join('-'))
		: undefined;
}

/** The key of a document: everything parsing it depends on. */
export function documentKey(
	type: DocType,
	file: string,
	chain: readonly FolderDefaults[],
	text: string,
): string {
	const hash = createHash('sha1').update(type).update('\0').update(file).update('\0');
	for (const d of chain) hash.update(d.file).update('\0').update(d.text).update('\0');
	return hash.update(text).digest('base64url');
}

/** The stored form of a parsed document, or undefined when it must be parsed every time. */
export function toStored(
	doc: SourceDoc | undefined,
	diagnostics: readonly Diagnostic[],
): StoredDoc | undefined {
	if (!doc || doc.raw === undefined) return undefined;
	const stored: StoredDoc = { diagnostics: [...diagnostics], raw: doc.raw };
	// Most documents pass their schema unchanged: their data is stored once, not twice.
	if (doc.data !== undefined) {
		if (JSON.stringify(doc.data) === JSON.stringify(doc.raw)) stored.same = true;
		else stored.data = doc.data;
	}
	if (doc.inherited) {
		stored.inherited = [...doc.inherited].map(([k, o]) => [k, o.file, o.line, o.column]);
		// `written` is what remains of `raw` without the inherited fields (defaults.ts).
		const rest = Object.fromEntries(
			Object.entries(doc.raw as object).filter(([k]) => !doc.inherited!.has(k)),
		);
		if (JSON.stringify(rest) !== JSON.stringify(doc.written)) return undefined;
	}
	return keepsInJson(stored) ? stored : undefined;
}

/** The document back from the store, with fresh copies of its diagnostics. */
export function fromStored(
	stored: StoredDoc,
	type: DocType,
	file: string,
	stem: string,
	text: string,
	chain: readonly FolderDefaults[],
): { doc: SourceDoc; diagnostics: Diagnostic[] } {
	let yaml = text;
	let body: string | undefined;
	let bodyLine = 1;
	if (DOC_TYPES[type].format === 'mdx') {
		const split = splitFrontmatter(text);
		// Stored documents always had their frontmatter.
		if (split.ok) ({ yaml, body, bodyLine } = split);
	}
	let inherited: Map<string, DefaultOrigin> | undefined;
	if (stored.inherited) {
		inherited = new Map();
		for (const [key, from, line, column] of stored.inherited) {
			const locate = chain.find((d) => d.file === from)?.locate;
			inherited.set(key, { file: from, line, column, ...(locate ? { locate } : {}) });
		}
	}
	// The same fields in the same order as a fresh parse (parse-document.ts).
	const doc: SourceDoc = {
		type,
		file,
		stem,
		raw: stored.raw,
		...(inherited ? { inherited, written: writtenOf(stored.raw, inherited) } : {}),
		data: (stored.same ? stored.raw : stored.data) as SourceDoc['data'],
		body,
		bodyLine,
		locate: lazyLocator(yaml),
	};
	return { doc, diagnostics: stored.diagnostics.map((d) => ({ ...d })) };
}

function writtenOf(raw: unknown, inherited: ReadonlyMap<string, unknown>): unknown {
	return Object.fromEntries(Object.entries(raw as object).filter(([k]) => !inherited.has(k)));
}

/** Whether JSON gives `value` back exactly (undefined properties aside, which read the same). */
function keepsInJson(value: unknown): boolean {
	switch (typeof value) {
		case 'string':
		case 'boolean':
		case 'undefined':
			return true;
		case 'number':
			return Number.isFinite(value) && !Object.is(value, -0);
		case 'object': {
			if (value === null) return true;
			if (Array.isArray(value)) return value.every((v) => v !== undefined && keepsInJson(v));
			const proto = Object.getPrototypeOf(value) as unknown;
			if (proto !== Object.prototype && proto !== null) return false;
			if (Object.hasOwn(value, '__proto__')) return false;
			return Object.values(value).every(keepsInJson);
		}
		default:
			return false;
	}
}
