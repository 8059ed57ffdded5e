/**
 * A field-level diff of frontmatter or YAML data: which field paths were
 * added, removed or changed, with old and new values. Pure.
 *
 * Lists of objects with an id (rules, checklist items, roles …), a `level`
 * (playbook levels) or a `name` (template variables) are matched by that key,
 * so inserting one rule reports one added rule, not every later rule as changed.
 * Their paths read `rules[vorher-fragen].text` or `levels[level=2].notify`.
 */

/** One step of a field path: a key, a list index, or a list entry found by its key field. */
export type PathSegment = string | number | { key: string; value: string | number };

export interface FieldChange {
	/** Readable path, e.g. `items[lizenz-vorhanden].severity`. */
	path: string;
	segments: PathSegment[];
	kind: 'added' | 'removed' | 'changed';
	/** Value before (absent for `added`). */
	old?: unknown;
	/** Value after (absent for `removed`). */
	new?: unknown;
}

const KEY_FIELDS = ['id', 'level', 'name'] as const;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec =>
	typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Formats a path the way authors read it. */
export function formatSegments(segments: readonly PathSegment[]): string {
	let out = '';
	for (const seg of segments) {
		if (typeof seg === 'number') out += `[${seg}]`;
		else if (typeof seg === 'object')
			out += seg.key === 'id' ? `[${seg.value}]` : `[${seg.key}=${seg.value}]`;
		else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out ? `.${seg}` : seg;
		else out += `[${JSON.stringify(seg)}]`;
	}
	return out;
}

/** Structural equality of parsed YAML values. */
function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
	if (isRecord(a) && isRecord(b)) {
		const ka = Object.keys(a);
		return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameValue(a[k], b[k]));
	}
	return false;
}

/** Every difference between `before` and `after`; an empty list when they are equal. */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
	const out: FieldChange[] = [];
	walk(before, after, [], out);
	return out;
}

function push(
	out: FieldChange[],
	segments: PathSegment[],
	kind: FieldChange['kind'],
	a: unknown,
	b: unknown,
) {
	const change: FieldChange = { path: formatSegments(segments), segments, kind };
	if (kind !== 'added') change.old = a;
	if (kind !== 'removed') change.new = b;
	out.push(change);
}

function walk(a: unknown, b: unknown, path: PathSegment[], out: FieldChange[]): void {
	if (sameValue(a, b)) return;
	if (isRecord(a) && isRecord(b)) {
		for (const key of Object.keys(b)) {
			if (!(key in a)) push(out, [...path, key], 'added', undefined, b[key]);
			else walk(a[key], b[key], [...path, key], out);
		}
		for (const key of Object.keys(a))
			if (!(key in b)) push(out, [...path, key], 'removed', a[key], undefined);
		return;
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		const key = keyField(a, b);
		if (key !== undefined) return walkKeyed(a as Rec[], b as Rec[], key, path, out);
		if (a.length === b.length && a.every(isRecord) && b.every(isRecord)) {
			a.forEach((v, i) => walk(v, b[i], [...path, i], out));
			return;
		}
	}
	if (path.length === 0 && !isRecord(a) && isRecord(b)) {
		// A new (or formerly unreadable) document: every field is new.
		for (const key of Object.keys(b)) push(out, [key], 'added', undefined, b[key]);
		return;
	}
	if (path.length === 0 && isRecord(a) && !isRecord(b)) {
		for (const key of Object.keys(a)) push(out, [key], 'removed', a[key], undefined);
		return;
	}
	push(out, path, 'changed', a, b);
}

/** The key field shared by every entry of both lists, with unique values on each side. */
function keyField(a: unknown[], b: unknown[]): string | undefined {
	if (a.length + b.length === 0) return undefined;
	return KEY_FIELDS.find((k) =>
		[a, b].every((list) => {
			const seen = new Set<unknown>();
			return list.every((v) => {
				const id = isRecord(v) ? v[k] : undefined;
				if ((typeof id !== 'string' && typeof id !== 'number') || seen.has(id)) return false;
				seen.add(id);
				return true;
			});
		}),
	);
}

function walkKeyed(a: Rec[], b: Rec[], key: string, path: PathSegment[], out: FieldChange[]) {
	const before = new Map(a.map((v) => [v[key] as string | number, v]));
	const after = new Set(b.map((v) => v[key]));
	for (const item of b) {
		const id = item[key] as string | number;
		const seg = [...path, { key, value: id }];
		const old = before.get(id);
		if (old === undefined) push(out, seg, 'added', undefined, item);
		else walk(old, item, seg, out);
	}
	for (const item of a) {
		const id = item[key] as string | number;
		if (!after.has(id)) push(out, [...path, { key, value: id }], 'removed', item, undefined);
	}
}
