/**
 * How the browser editor reads and writes a content file. Runs in the browser
 * (registered as a Decap CMS custom format) and in Node (unit tests).
 *
 * Two things the CMS cannot do by itself:
 * - keep a reviewable diff: a saved file is the original YAML document with
 *   only the changed values replaced, so comments, quoting, flow lists and
 *   folded text of untouched fields stay byte for byte;
 * - edit the few shapes its widgets lack, driven by the JSON Schema: a
 *   record (free keys) is edited as a list of key/value rows, and a field
 *   that is either a constant or a list (`appliesTo: all`) as the list,
 *   where an empty list means the constant.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';

/** A JSON Schema node, as plain JSON. */
export type JsonSchema = { [key: string]: unknown };

/** Field names of the key/value rows a record is edited as. */
export const RECORD_KEY = 'key';
export const RECORD_VALUE = 'value';

/** Name of the editor field that holds the prose of an MDX file. */
export const BODY_FIELD = 'body';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** Splits an MDX file into its frontmatter (YAML text) and its body. */
export function splitFrontmatter(text: string): { yaml: string; body: string } {
	const match = FRONTMATTER.exec(text);
	if (!match || match.index !== 0) return { yaml: '', body: text };
	return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
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

function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
	}
	if (isObject(a) && isObject(b)) {
		const keys = Object.keys(a);
		return keys.length === Object.keys(b).length && keys.every((k) => deepEqual(a[k], b[k]));
	}
	return false;
}

/** A replacement of `source.slice(start, end)`. */
interface Splice {
	start: number;
	end: number;
	text: string;
}

/** Column of `offset` in `source`. */
function columnAt(source: string, offset: number): number {
	return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}

/** `value` as YAML text starting at column `col`: block style, or flow style when `flow`. */
function render(value: unknown, col: number, flow: boolean): string {
	const doc = new Document(value);
	if (flow && (isMap(doc.contents) || isSeq(doc.contents))) doc.contents.flow = true;
	const text = doc.toString({ lineWidth: 0 }).replace(/\n+$/, '');
	return text.replaceAll('\n', `\n${' '.repeat(col)}`);
}

/** End of a node's value in the source, without the trailing line breaks of block collections. */
function valueEnd(source: string, node: Node): number {
	let end = node.range?.[1] ?? 0;
	while (end > 0 && /\s/.test(source[end - 1] ?? '')) end--;
	return end;
}

/** Offset of the start of the line holding `offset`. */
function lineStart(source: string, offset: number): number {
	return source.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Collects the splices that turn the YAML `node` (holding `before`) into
 * `after`, touching only what differs: unchanged keys and list elements keep
 * their source text, comments and style. A changed scalar is replaced in
 * place; a list that grows or shrinks is written again as a whole.
 */
function diffNode(
	source: string,
	node: unknown,
	before: unknown,
	after: unknown,
	out: Splice[],
): void {
	if (deepEqual(before, after)) return;
	if (isMap(node) && !node.flow && isObject(before) && isObject(after)) {
		let last: Pair | undefined;
		for (const pair of node.items) {
			const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
			if (key === undefined) continue;
			last = pair;
			if (!(key in after)) {
				const from = lineStart(source, (pair.key as Node).range?.[0] ?? 0);
				const valueNode = pair.value as Node | null;
				let to = valueNode?.range?.[2] ?? (pair.key as Node).range?.[2] ?? from;
				to = source.indexOf('\n', Math.max(to - 1, from));
				out.push({ start: from, end: to === -1 ? source.length : to + 1, text: '' });
			} else {
				diffNode(source, pair.value, before[key], after[key], out);
			}
		}
		const added = Object.keys(after).filter((key) => !(key in before));
		if (added.length > 0) {
			const firstKey = node.items[0]?.key as Node | undefined;
			const col = firstKey?.range ? columnAt(source, firstKey.range[0]) : 0;
			const lastNode = (last?.value ?? last?.key) as Node | undefined;
			const at = lastNode ? valueEnd(source, lastNode) : source.length;
			const lines = added.map((key) => {
				const text = render({ [key]: after[key] }, col, false);
				return `${' '.repeat(col)}${text}`;
			});
			out.push({ start: at, end: at, text: `\n${lines.join('\n')}` });
		}
		return;
	}
	if (
		isSeq(node) &&
		!node.flow &&
		Array.isArray(before) &&
		Array.isArray(after) &&
		node.items.length === before.length &&
		before.length > 0
	) {
		const shared = Math.min(before.length, after.length);
		for (let i = 0; i < shared; i++) diffNode(source, node.items[i], before[i], after[i], out);
		for (let i = shared; i < before.length; i++) {
			const item = node.items[i] as Node;
			const from = lineStart(source, item.range?.[0] ?? 0);
			const to = source.indexOf('\n', valueEnd(source, item));
			out.push({ start: from, end: to === -1 ? source.length : to + 1, text: '' });
		}
		if (after.length > before.length) {
			const lastItem = node.items[before.length - 1] as Node;
			const itemStart = lastItem.range?.[0] ?? 0;
			const dash = source.lastIndexOf('-', itemStart);
			const col = columnAt(source, itemStart);
			const lines = after
				.slice(before.length)
				.map((item) => `${' '.repeat(columnAt(source, dash))}- ${render(item, col, false)}`);
			const at = valueEnd(source, lastItem);
			out.push({ start: at, end: at, text: `\n${lines.join('\n')}` });
		}
		return;
	}
	const target = node as Node | null;
	if (!target?.range) throw new Error('no source range');
	const start = target.range[0];
	const flow = (isMap(target) || isSeq(target)) && Boolean(target.flow);
	out.push({
		start,
		end: valueEnd(source, target),
		text: render(after, columnAt(source, start), flow),
	});
}

/**
 * `source` (a YAML document) changed to hold `after`, with only the changed
 * parts written again.
 */
function patchYaml(source: string, after: Record<string, unknown>): string {
	const doc = parseDocument(source);
	const before = doc.toJS() as unknown;
	if (!isMap(doc.contents) || !isObject(before) || doc.errors.length > 0) {
		return render(after, 0, false) + '\n';
	}
	const splices: Splice[] = [];
	diffNode(source, doc.contents, before, after, splices);
	let text = source;
	for (const s of splices.sort((a, b) => b.start - a.start)) {
		text = text.slice(0, s.start) + s.text + text.slice(s.end);
	}
	return text;
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
