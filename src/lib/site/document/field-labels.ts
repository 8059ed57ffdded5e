/**
 * The names of changed fields and people on a comparison, from words handed in:
 * the build gives them from the UI dictionary (diff-labels.ts), the comparison
 * script from a document's versions file (versions-file.ts). Pure, no dictionary
 * imported, so the browser runs exactly this code.
 */
import type { PathSegment } from '../../changes/diff-fields.ts';
import { fillPlaceholders } from '../../util/placeholders.ts';

/** The reader's words for field paths: `field.*` entries of the UI dictionary. */
export interface FieldWords {
	/** `field.<key>` labels, e.g. `legalBasis` → `Rechtsgrundlage`. */
	fields: Readonly<Record<string, string>>;
	/** `field.quoted`, e.g. `„{text}“`. */
	quoted: string;
	/** `field.entry`, e.g. `{label} {n}`. */
	entry: string;
}

/** Fields that name a list entry, in order of preference. */
const TITLE_FIELDS = ['title', 'question', 'label', 'name', 'term', 'text', 'action'] as const;
const TITLE_MAX = 80;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The reader's name of field `key`: from the words, else the key in words (`someField` → `Some field`). */
export function fieldNameIn(key: string, words: FieldWords): string {
	const label = Object.hasOwn(words.fields, key) ? words.fields[key] : undefined;
	if (label !== undefined) return label;
	const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The entry's own title (or first words of its text), for naming it in a path. */
function entryTitle(entry: unknown): string | undefined {
	if (!isRecord(entry)) return undefined;
	for (const field of TITLE_FIELDS) {
		const value = entry[field];
		if (typeof value === 'string' && value.trim()) {
			const text = value.trim().replace(/\s+/g, ' ');
			if (text.length <= TITLE_MAX) return text;
			// Cut at a word end, never inside a word.
			const cut = text.slice(0, TITLE_MAX);
			const space = cut.lastIndexOf(' ');
			return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
		}
	}
	return undefined;
}

function step(node: unknown, seg: PathSegment): unknown {
	if (typeof seg === 'string') return isRecord(node) ? node[seg] : undefined;
	if (typeof seg === 'number') return Array.isArray(node) ? node[seg] : undefined;
	return Array.isArray(node)
		? node.find((e) => isRecord(e) && e[seg.key] === seg.value)
		: undefined;
}

/**
 * The readable name of a changed field, part by part. `versions` are the two
 * versions' data (newer last): list entries are named by their title in the
 * newer version that has them, numbered entries count from 1.
 */
export function fieldLabelPartsIn(
	segments: readonly PathSegment[],
	versions: readonly unknown[],
	words: FieldWords,
): string[] {
	const parts: string[] = [];
	let nodes = [...versions];
	for (const seg of segments) {
		nodes = nodes.map((n) => step(n, seg));
		if (typeof seg === 'string') {
			parts.push(fieldNameIn(seg, words));
			continue;
		}
		const list = parts.pop() ?? '';
		let name: string;
		if (typeof seg === 'number') name = String(seg + 1);
		else {
			const title = [...nodes].reverse().map(entryTitle).find(Boolean);
			name = title ? fillPlaceholders(words.quoted, { text: title }) : String(seg.value);
			if (seg.key === 'level') name = String(seg.value);
		}
		parts.push(list ? fillPlaceholders(words.entry, { label: list, n: name }) : name);
	}
	return parts;
}

/** Fields whose values are role ids (`roleRef()` in schemas/) or member ids (`memberRef()`). */
const PEOPLE_FIELDS = new Set([
	'approvedBy',
	'approver',
	'askRole',
	'backupApprover',
	'contacts',
	'default',
	'deputy',
	'deputyOf',
	'escalateTo',
	'escalationChain',
	'legalReviewer',
	'notify',
	'owner',
	'roles',
]);

/** Whether the field at `segments` holds role or member ids: its last named field is one of them. */
export function holdsPeople(segments: readonly PathSegment[]): boolean {
	const last = [...segments].reverse().find((s): s is string => typeof s === 'string');
	return last !== undefined && PEOPLE_FIELDS.has(last);
}

/**
 * A value of a people field with role and member ids replaced by names: a lone
 * id, or ids in a list of scalars. Anything else stays as it is.
 */
export function withNames(value: unknown, names: ReadonlyMap<string, string>): unknown {
	if (typeof value === 'string') return names.get(value) ?? value;
	if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
		return value.map((v) => (typeof v === 'string' ? (names.get(v) ?? v) : v));
	return value;
}
