/**
 * Folder defaults (issue 14): a `_defaults.yaml` in a document folder gives every document in
 * that folder and its subfolders the fields it does not set itself — the owner and audience of
 * all checklists, say — so authors do not repeat them. Like Eleventy's directory data files and
 * Hugo's `cascade`: the nearest folder wins, a document's own value always wins, and fields are
 * merged whole (a list in the document replaces the default list, it is not appended).
 *
 * The merge happens while loading, before the schema runs, so the value shown on the site,
 * exported and validated is always the effective one. Each document remembers where an
 * inherited field came from, and {@link attributeDefaults} names that place (file:line) in
 * every diagnostic about such a field.
 */
import path from 'node:path';
import { DOC_TYPES, type DocType } from '../../../schemas/index.ts';
import type { Diagnostic, Position, Wording } from '../diagnostics/diagnostics.ts';
import { suggest } from '../diagnostics/suggest.ts';
import type { Handbook, SourceLocator } from '../model/model.ts';
import { objectKeys } from '../model/schema-walk.ts';

/** File name of a folder's defaults. */
export const DEFAULTS_FILE = '_defaults.yaml';

/** Fields that name one document and so can never come from a folder default. */
export const NOT_DEFAULTABLE: readonly string[] = ['id', 'title', 'translationOf'];

/** The parsed `_defaults.yaml` of one folder. */
export interface FolderDefaults {
	type: DocType;
	/** Folder inside the content folder, e.g. `checklists` or `checklists/recht`. */
	folder: string;
	/** Repository-relative file, e.g. `content/checklists/_defaults.yaml`. */
	file: string;
	/** The fields it sets (only allowed ones). */
	data: Record<string, unknown>;
	locate: SourceLocator;
	/** The file's text, so a cached document can tell whether its defaults changed. */
	text: string;
}

/** Where an inherited field was set: the defaults file and the position of its value. */
export interface DefaultOrigin extends Position {
	file: string;
	/** Finds positions inside the defaults file, for diagnostics deeper in the field. */
	locate?: SourceLocator;
}

/** `checklists/recht/x.mdx` → true for `_defaults.yaml` files. */
export function isDefaultsFile(rel: string): boolean {
	return path.posix.basename(rel) === DEFAULTS_FILE;
}

/** The fields a folder default may set for a type: the schema's top-level fields but the identity ones. */
export function defaultableFields(type: DocType): string[] {
	return (objectKeys(DOC_TYPES[type].schema) ?? []).filter((k) => !NOT_DEFAULTABLE.includes(k));
}

/**
 * Checks the parsed data of a `_defaults.yaml` (DEF-001): a mapping of fields the type has,
 * none of them an identity field. Returns the usable fields; problems go to `diagnostics`.
 */
export function readDefaults(
	type: DocType,
	rel: string,
	file: string,
	text: string,
	data: unknown,
	locate: SourceLocator,
	diagnostics: Diagnostic[],
): FolderDefaults | undefined {
	const at = (p: (string | number)[], key: boolean) => (key ? locate.key(p) : locate.value(p));
	const problem = (
		p: (string | number)[],
		message: string,
		expected: string,
		fix: string,
		de: Wording,
		didYouMean?: string,
	) => {
		const pos = at(p, p.length > 0);
		diagnostics.push({
			rule: 'DEF-001',
			severity: 'error',
			file,
			line: pos.line,
			column: pos.column,
			path: p.join('.'),
			message,
			expected,
			...(didYouMean ? { didYouMean } : {}),
			fix,
			de,
		});
	};
	const allowed = defaultableFields(type);
	const example = `${allowed.includes('owner') ? 'owner' : allowed[0]}: …`;
	if (data === null || data === undefined) return undefined;
	if (typeof data !== 'object' || Array.isArray(data)) {
		problem(
			[],
			`${DEFAULTS_FILE} must be a set of "field: value" lines, the defaults for the ${type} documents of this folder.`,
			`fields of a ${type}, e.g. ${example}`,
			'Write one "field: value" per line.',
			{
				message: `${DEFAULTS_FILE} muss aus Zeilen „feld: wert“ bestehen, den Vorgaben für die Dokumente vom Typ ${type} in diesem Ordner.`,
				expected: `Felder eines Dokuments vom Typ ${type}, z. B. ${example}`,
				fix: 'Ein „feld: wert“ pro Zeile schreiben.',
			},
		);
		return undefined;
	}
	const fields: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(data)) {
		if (NOT_DEFAULTABLE.includes(key)) {
			problem(
				[key],
				`"${key}" names a single document, so it cannot be a folder default.`,
				`only shared fields, e.g. ${example}`,
				`Remove ${key} from ${DEFAULTS_FILE} and set it in each document.`,
				{
					message: `„${key}“ benennt ein einzelnes Dokument und kann deshalb keine Ordnervorgabe sein.`,
					expected: `nur gemeinsame Felder, z. B. ${example}`,
					fix: `${key} aus ${DEFAULTS_FILE} entfernen und in jedem Dokument selbst setzen.`,
				},
			);
			continue;
		}
		if (!allowed.includes(key)) {
			const near = suggest(key, allowed);
			problem(
				[key],
				`"${key}" is not a field of a ${type} document.`,
				`one of: ${allowed.join(', ')}`,
				near ? `Rename it to ${near}.` : `Remove ${key} from ${DEFAULTS_FILE}.`,
				{
					message: `„${key}“ ist kein Feld eines Dokuments vom Typ ${type}.`,
					expected: `eines der Felder ${allowed.join(', ')}`,
					fix: near ? `In ${near} umbenennen.` : `${key} aus ${DEFAULTS_FILE} entfernen.`,
				},
				near,
			);
			continue;
		}
		fields[key] = value;
	}
	return { type, folder: path.posix.dirname(rel), file, data: fields, locate, text };
}

/**
 * The defaults that apply to a document at `rel` (content-relative), outermost folder first:
 * `checklists/_defaults.yaml`, then `checklists/recht/_defaults.yaml`.
 */
export function defaultsFor(
	rel: string,
	byFolder: ReadonlyMap<string, FolderDefaults>,
): FolderDefaults[] {
	const parts = path.posix.dirname(rel).split('/');
	const chain: FolderDefaults[] = [];
	for (let i = 1; i <= parts.length; i++) {
		const found = byFolder.get(parts.slice(0, i).join('/'));
		if (found) chain.push(found);
	}
	return chain;
}

/**
 * The document's data with the defaults filled in where it sets nothing, and where each
 * inherited field came from. Data that is not a mapping is returned unchanged.
 */
export function applyDefaults(
	data: unknown,
	chain: readonly FolderDefaults[],
): { data: unknown; inherited: Map<string, DefaultOrigin> } {
	const inherited = new Map<string, DefaultOrigin>();
	if (chain.length === 0 || data === null || typeof data !== 'object' || Array.isArray(data))
		return { data, inherited };
	const own = data as Record<string, unknown>;
	const merged: Record<string, unknown> = {};
	// The nearest folder wins: walk from the innermost outwards and keep the first value.
	for (const defaults of [...chain].reverse())
		for (const [key, value] of Object.entries(defaults.data)) {
			if (key in own || key in merged) continue;
			merged[key] = structuredClone(value);
			inherited.set(key, {
				file: defaults.file,
				...defaults.locate.value([key]),
				locate: defaults.locate,
			});
		}
	return { data: { ...merged, ...own }, inherited };
}

/** A diagnostic's path read back into segments: `roles[1].mailbox` → `['roles', 1, 'mailbox']`. */
function parsePath(formatted: string): (string | number)[] {
	const out: (string | number)[] = [];
	for (const m of formatted.matchAll(/([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
		if (m[1] !== undefined) out.push(m[1]);
		else if (m[2] !== undefined) out.push(Number(m[2]));
		else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
	}
	return out;
}

/**
 * Diagnostics about inherited fields, with the defaults file and line named: `from` holds the
 * position, and the message says the value is a folder default and where to change it.
 */
export function attributeDefaults(
	diagnostics: readonly Diagnostic[],
	handbook: Handbook,
): Diagnostic[] {
	const byFile = new Map<string, ReadonlyMap<string, DefaultOrigin>>();
	for (const doc of handbook.docs) if (doc.inherited?.size) byFile.set(doc.file, doc.inherited);
	if (byFile.size === 0) return [...diagnostics];
	return diagnostics.map((d) => {
		const segments = parsePath(d.path);
		const origin = byFile.get(d.file)?.get(String(segments[0] ?? ''));
		if (!origin) return d;
		const at = origin.locate?.value(segments) ?? origin;
		const from = { file: origin.file, line: at.line, column: at.column };
		const de = d.de && {
			...d.de,
			message: `${d.de.message} Der Wert ist die Ordnervorgabe aus ${from.file}:${from.line}.`,
			...(d.de.fix
				? {
						fix: `${d.de.fix} Den Wert in ${from.file}:${from.line} ändern oder das Feld in diesem Dokument setzen, um ihn zu überschreiben.`,
					}
				: {}),
		};
		return {
			...d,
			message: `${d.message} The value is the folder default of ${from.file}:${from.line}.`,
			from,
			...(d.fix
				? {
						fix: `${d.fix} Change it in ${from.file}:${from.line}, or set the field in this document to override it.`,
					}
				: {}),
			...(de ? { de } : {}),
		};
	});
}
