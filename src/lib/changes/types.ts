/** The `changes --since` report as plain data (JSON output and the site's "What changed" page). */
import type { DocType } from '../../../schemas/index.ts';
import type { HistoryAvailability } from '../history/types.ts';
import type { RoleInfo } from '../review/roles.ts';
import type { FieldChange } from './diff-fields.ts';

export type ChangeKind = 'added' | 'deleted' | 'renamed' | 'modified';

/** Ids added, removed or changed in a list of rules or checklist items. */
export interface IdChanges {
	added: string[];
	removed: string[];
	changed: string[];
}

export interface Reviewer {
	role: RoleInfo;
	/** Why this role must review: it owns the document, approves it, or both. */
	as: ('owner' | 'approver')[];
}

export interface DocumentChange {
	type: DocType;
	id: string;
	title: string;
	kind: ChangeKind;
	/** Path inside the content folder now (for deleted documents: where it was). */
	path: string;
	/** Path at the compared ref, when the file was renamed. */
	previousPath?: string;
	status?: { from: string | null; to: string | null };
	version?: { from: number | null; to: number | null };
	/** Guideline rules by id. */
	rules?: IdChanges;
	/** Checklist items by id. */
	items?: IdChanges;
	/** Other changed fields (paths such as `reviewBy` or `levels[level=2].notify`). */
	fields: FieldChange[];
	/** Word counts when the prose (MDX body) changed. */
	prose?: { addedWords: number; removedWords: number };
	/** Who must review: owner and approving role, resolved in the current team. */
	reviewers: Reviewer[];
}

export interface ChangesReport {
	since: { ref: string; commit: string; shortHash: string };
	/** HEAD, or null before the first commit. */
	head: string | null;
	/** Whether the working tree has uncommitted changes in the content folder (they are included). */
	includesUncommitted: boolean;
	availability: HistoryAvailability;
	note: string | undefined;
	counts: Record<ChangeKind, number>;
	documents: DocumentChange[];
	/** Changes to handbook.yaml. */
	settings: FieldChange[];
	/** Other files (assets …) that changed. */
	otherFiles: { path: string; kind: ChangeKind; previousPath?: string }[];
	/** Every role that must review something, with the documents, most documents first. */
	reviewers: {
		role: RoleInfo;
		documents: { type: DocType; id: string; as: ('owner' | 'approver')[] }[];
	}[];
}
