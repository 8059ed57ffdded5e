/**
 * The comparison page in the reader's words: a field path such as
 * `items[creative-commons].legalBasis[1].ref` becomes
 * `Prüffragen „Creative-Commons-Lizenz“ › Rechtsgrundlage 2 › Fundstelle`, and
 * role or member ids in values become the names from the team files. Pure.
 */
import { t, tIfDefined } from '../../../i18n/index.ts';
import type { PathSegment } from '../../changes/diff-fields.ts';
import type { RoleIndex } from '../model/roles.ts';
import type { Language } from '../model/types.ts';

/** Fields that name a list entry, in order of preference. */
const TITLE_FIELDS = ['title', 'question', 'label', 'name', 'term', 'text', 'action'] as const;
const TITLE_MAX = 80;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The reader's name of field `key`: from the UI dictionary, else the key in words (`someField` → `some field`). */
export function fieldName(key: string, lang: Language): string {
	const label = tIfDefined(lang, `field.${key}`);
	if (label !== undefined) return label;
	const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
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
export function fieldLabelParts(
	segments: readonly PathSegment[],
	versions: readonly unknown[],
	lang: Language,
): string[] {
	const parts: string[] = [];
	let nodes = [...versions];
	for (const seg of segments) {
		nodes = nodes.map((n) => step(n, seg));
		if (typeof seg === 'string') {
			parts.push(fieldName(seg, lang));
			continue;
		}
		const list = parts.pop() ?? '';
		let name: string;
		if (typeof seg === 'number') name = String(seg + 1);
		else {
			const title = [...nodes].reverse().map(entryTitle).find(Boolean);
			name = title ? t(lang, 'field.quoted', { text: title }) : String(seg.value);
			if (seg.key === 'level') name = String(seg.value);
		}
		parts.push(list ? t(lang, 'field.entry', { label: list, n: name }) : name);
	}
	return parts;
}

/** Role and member ids → their names in the reader's language, for values on the comparison page. */
export function idNames(roles: RoleIndex, lang: Language): ReadonlyMap<string, string> {
	const names = new Map<string, string>();
	for (const [id, defs] of roles) {
		const def = defs.find((d) => d.language === lang) ?? defs[0];
		if (!def) continue;
		names.set(id, def.name);
		for (const person of def.people) if (!names.has(person.id)) names.set(person.id, person.name);
	}
	return names;
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
