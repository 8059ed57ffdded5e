/**
 * How the browser editor reads and writes a content file. Runs in the browser
 * (registered as a Decap CMS custom format) and in Node (unit tests).
 *
 * Two things the CMS cannot do by itself:
 * - keep a reviewable diff (yaml-patch.ts): a saved file is the original YAML document with
 *   only the changed values replaced, so comments, quoting, flow lists and
 *   folded text of untouched fields stay byte for byte;
 * - edit the few shapes its widgets lack, driven by the JSON Schema: a
 *   record (free keys) is edited as a list of key/value rows, and a field
 *   that is either a constant or a list (`appliesTo: all`) as the list,
 *   where an empty list means the constant.
 */
import { parseDocument } from 'yaml';
import { isObject, patchYaml, render } from './yaml-patch.ts';
import { splitFrontmatter as splitLoaded } from '../load/frontmatter.ts';

/** A JSON Schema node, as plain JSON. */
export type JsonSchema = { [key: string]: unknown };

/** Field names of the key/value rows a record is edited as. */
export const RECORD_KEY = 'key';
export const RECORD_VALUE = 'value';

/** Name of the editor field that holds the prose of an MDX file. */
export const BODY_FIELD = 'body';

/**
 * Splits an MDX file into its frontmatter (YAML text) and its body, the way `check`
 * reads it (load/frontmatter.ts); without frontmatter, all of it is body.
 */
export function splitFrontmatter(text: string): { yaml: string; body: string } {
	const split = splitLoaded(text);
	// The loader puts an empty line before the YAML to keep the file's line numbers.
	return split.ok ? { yaml: split.yaml.slice(1), body: split.body } : { yaml: '', body: text };
}

/** `anyOf: [{ const }, { type: array }]`: returns the constant and the list schema. */
export function constOrList(
	schema: JsonSchema,
): { constant: unknown; list: JsonSchema } | undefined {
	const members = schema['anyOf'];
	if (!Array.isArray(members) || members.length !== 2) return undefined;
	const constant = members.find((m) => isObject(m) && 'const' in m) as JsonSchema | undefined;
	const list = members.find((m) => isObject(m) && m['type'] === 'array') as JsonSchema | undefined;
	return constant && list ? { constant: constant['const'], list } : undefined;
}

/** `anyOf: [X, { type: array, items: X }]`: one value or a list of them; returns X. */
export function oneOrList(schema: JsonSchema): JsonSchema | undefined {
	const members = schema['anyOf'];
	if (!Array.isArray(members) || members.length !== 2) return undefined;
	const list = members.find((m) => isObject(m) && m['type'] === 'array') as JsonSchema | undefined;
	const one = members.find((m) => m !== list) as JsonSchema | undefined;
	if (!list || !one || !isObject(list['items'])) return undefined;
	return one['type'] === (list['items'] as JsonSchema)['type'] && one['type'] !== 'array'
		? one
		: undefined;
}

/** The schema of a record's values, when `schema` is an object with free keys only. */
export function recordValues(schema: JsonSchema): JsonSchema | undefined {
	const values = schema['additionalProperties'];
	return schema['type'] === 'object' && !isObject(schema['properties']) && isObject(values)
		? values
		: undefined;
}

/** File value → editor value. */
function toEditor(value: unknown, schema: JsonSchema): unknown {
	if (value === undefined || value === null) return value;
	const cl = constOrList(schema);
	if (cl) return value === cl.constant ? [] : toEditor(value, cl.list);
	const one = oneOrList(schema);
	if (one) return Array.isArray(value) ? value : [value];
	const values = recordValues(schema);
	if (values && isObject(value)) {
		return Object.entries(value).map(([key, v]) => ({
			[RECORD_KEY]: key,
			[RECORD_VALUE]: toEditor(v, values),
		}));
	}
	const items = schema['items'];
	if (Array.isArray(value) && isObject(items)) return value.map((v) => toEditor(v, items));
	const props = schema['properties'];
	if (isObject(value) && isObject(props)) {
		const out: Record<string, unknown> = {};
		for (const [key, v] of Object.entries(value)) {
			const sub = props[key];
			out[key] = isObject(sub) ? toEditor(v, sub) : v;
		}
		return out;
	}
	return value;
}

/** True for what the CMS leaves behind in a field nobody filled in. */
function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	if (isObject(value)) return Object.keys(value).length === 0;
	return false;
}

/** Editor value → file value; empty optional values are dropped (returns undefined). */
function fromEditor(value: unknown, schema: JsonSchema): unknown {
	const cl = constOrList(schema);
	if (cl) {
		const list = fromEditor(value, cl.list);
		return list === undefined ? cl.constant : list;
	}
	const one = oneOrList(schema);
	if (one) {
		const list = Array.isArray(value) ? value.filter((v) => !isEmpty(v)) : [];
		if (list.length === 0) return undefined;
		return list.length === 1 ? list[0] : list;
	}
	const values = recordValues(schema);
	if (values && Array.isArray(value)) {
		const out: Record<string, unknown> = {};
		for (const row of value) {
			if (!isObject(row) || typeof row[RECORD_KEY] !== 'string' || row[RECORD_KEY] === '') continue;
			const v = fromEditor(row[RECORD_VALUE], values);
			if (v !== undefined) out[row[RECORD_KEY]] = v;
		}
		return isEmpty(out) ? undefined : out;
	}
	const items = schema['items'];
	if (Array.isArray(value)) {
		const list = value
			.map((v) => (isObject(items) ? fromEditor(v, items) : v))
			.filter((v) => !isEmpty(v));
		return list.length === 0 ? undefined : list;
	}
	if (isObject(value)) {
		const props = isObject(schema['properties']) ? schema['properties'] : {};
		const out: Record<string, unknown> = {};
		// Schema order first, so a new file reads like the others; a field the
		// editor left untouched may still stand for a constant ("all").
		const keys = [...new Set([...Object.keys(props), ...Object.keys(value)])];
		for (const key of keys) {
			const sub = props[key];
			if (!(key in value) && !(isObject(sub) && constOrList(sub))) continue;
			const v = value[key];
			const converted = isObject(sub) ? fromEditor(v, sub) : isEmpty(v) ? undefined : v;
			if (converted !== undefined) out[key] = converted;
		}
		return isEmpty(out) ? undefined : out;
	}
	if (typeof value === 'string') return value.trim() === '' ? undefined : value;
	return isEmpty(value) ? undefined : value;
}

/** Reads and writes the files of one document type. */
export interface FileFormat {
	/** File text → the values the editor form shows. */
	fromFile(text: string): Record<string, unknown>;
	/** Editor values → file text; a file read before keeps its formatting where nothing changed. */
	toFile(values: Record<string, unknown>): string;
}

/**
 * The format of one document type: `mdx` (YAML frontmatter plus a Markdown
 * body) or `yaml`. `schema` is the type's exported JSON Schema.
 */
export function fileFormat(kind: 'mdx' | 'yaml', schema: JsonSchema): FileFormat {
	/** Source text of every file read, by document id: the base a save is patched into. */
	const originals = new Map<string, string>();
	/** Documents are told apart by id; a single file without one (handbook.yaml) by ''. */
	const idOf = (data: unknown) =>
		isObject(data) && typeof data['id'] === 'string' ? data['id'] : '';

	return {
		fromFile(text) {
			const { yaml, body } = kind === 'mdx' ? splitFrontmatter(text) : { yaml: text, body: '' };
			const data = parseDocument(yaml).toJS() as unknown;
			const id = idOf(data);
			originals.set(id, text);
			const values = isObject(toEditor(data, schema)) ? (toEditor(data, schema) as object) : {};
			return kind === 'mdx' ? { ...values, [BODY_FIELD]: body } : { ...values };
		},
		toFile(values) {
			const { [BODY_FIELD]: rawBody, ...fields } = values;
			const data = (fromEditor(fields, schema) ?? {}) as Record<string, unknown>;
			const id = idOf(data);
			const original = originals.get(id);
			const parts =
				original === undefined
					? undefined
					: kind === 'mdx'
						? splitFrontmatter(original)
						: { yaml: original, body: '' };
			const yaml = parts ? patchYaml(parts.yaml, data) : `${render(data, 0, false)}\n`;
			if (kind === 'yaml') return yaml;
			const body = typeof rawBody === 'string' ? rawBody : '';
			const kept = parts && parts.body.trim() === body.trim() ? parts.body : `\n${body.trim()}\n`;
			return `---\n${yaml}---\n${kept}`;
		},
	};
}
