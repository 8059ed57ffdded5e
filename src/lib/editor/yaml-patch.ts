/**
 * Saving an edited YAML document so that its diff stays reviewable: the original text with
 * only the changed values written again, so comments, quoting, flow lists and folded text of
 * untouched fields stay byte for byte (used by file-format.ts, in the browser and in Node).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';

/** A plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
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
export function render(value: unknown, col: number, flow: boolean): string {
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
export function patchYaml(source: string, after: Record<string, unknown>): string {
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
