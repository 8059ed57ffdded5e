/**
 * Turns one changed file (its version at the ref and now) into a summary a
 * reviewer can read: what kind of change, status and version moves, guideline
 * rules and checklist items added/removed/changed, other fields, prose. Pure.
 */
import type { DocType } from '../../../schemas/index.ts';
import type { HandbookIndex } from '../rules/handbook-index.ts';
import { isRecord, rawString } from '../rules/raw.ts';
import { roleInfo } from '../review/roles.ts';
import type { DocSnapshot } from './diff-document.ts';
import { diffDocument } from './diff-document.ts';
import type { FieldChange } from './diff-fields.ts';
import type { ChangeKind, DocumentChange, IdChanges, Reviewer } from './types.ts';

export interface DocVersion {
	/** Path inside the content folder. */
	path: string;
	type: DocType;
	snapshot: DocSnapshot;
}

export interface FileChange {
	kind: ChangeKind;
	/** The document at the compared ref; absent when added. */
	before?: DocVersion | undefined;
	/** The document now; absent when deleted. */
	after?: DocVersion | undefined;
}

/** Fields reported in their own line, not among "other fields". */
const SUMMARISED = new Set(['status', 'version']);
/** List fields summarised by entry id, per type. */
const ID_LISTS: Partial<Record<DocType, 'rules' | 'items'>> = {
	guideline: 'rules',
	checklist: 'items',
};

export function summariseChange(change: FileChange, index: HandbookIndex): DocumentChange {
	const current = (change.after ?? change.before)!;
	const before = change.before?.snapshot.data;
	const after = change.after?.snapshot.data;
	const diff = diffDocument(change.before?.snapshot, change.after?.snapshot);
	const stem = current.path.replace(/^.*\//, '').replace(/\.(mdx|ya?ml)$/, '');
	const out: DocumentChange = {
		type: current.type,
		id: rawString(after, 'id') ?? rawString(before, 'id') ?? stem,
		title: rawString(after, 'title') ?? rawString(before, 'title') ?? stem,
		kind: change.kind,
		path: current.path,
		fields: [],
		reviewers: reviewers(index, after ?? before),
	};
	if (change.kind === 'renamed' && change.before) out.previousPath = change.before.path;
	if (change.kind === 'added' || change.kind === 'deleted') return out;

	const status = [rawString(before, 'status') ?? null, rawString(after, 'status') ?? null] as const;
	if (status[0] !== status[1]) out.status = { from: status[0], to: status[1] };
	const version = [versionOf(before), versionOf(after)] as const;
	if (version[0] !== version[1]) out.version = { from: version[0], to: version[1] };

	const list = ID_LISTS[current.type];
	if (list) {
		const ids = idChanges(diff.fields, list);
		if (ids) out[list] = ids;
	}
	out.fields = diff.fields.filter((f) => {
		const top = f.segments[0];
		return typeof top === 'string' && !SUMMARISED.has(top) && top !== list;
	});
	if (diff.prose?.changed)
		out.prose = { addedWords: diff.prose.addedWords, removedWords: diff.prose.removedWords };
	return out;
}

function versionOf(data: unknown): number | null {
	const v = isRecord(data) ? data['version'] : undefined;
	return typeof v === 'number' ? v : null;
}

/** Entries of `list` (matched by id) that were added, removed or changed. */
function idChanges(fields: readonly FieldChange[], list: string): IdChanges | undefined {
	const result: IdChanges = { added: [], removed: [], changed: [] };
	for (const f of fields) {
		if (f.segments[0] !== list) continue;
		const entry = f.segments[1];
		if (typeof entry !== 'object') {
			// The list could not be matched by id (e.g. duplicate ids): report the whole list as changed.
			result.changed.push(list);
			continue;
		}
		const id = String(entry.value);
		if (f.segments.length === 2 && f.kind !== 'changed') result[f.kind].push(id);
		else if (!result.changed.includes(id)) result.changed.push(id);
	}
	const any = result.added.length + result.removed.length + result.changed.length > 0;
	return any ? result : undefined;
}

/** The owner and approving role of a document, resolved in the current team. */
function reviewers(index: HandbookIndex, data: unknown): Reviewer[] {
	const out: Reviewer[] = [];
	const add = (id: string | undefined, as: 'owner' | 'approver') => {
		if (id === undefined) return;
		const existing = out.find((r) => r.role.id === id);
		if (existing) existing.as.push(as);
		else out.push({ role: roleInfo(index, id), as: [as] });
	};
	add(rawString(data, 'owner'), 'owner');
	add(rawString(data, 'approvedBy'), 'approver');
	return out;
}
