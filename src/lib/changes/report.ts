/** Builds the `changes` report from changed files. Pure: the git work is done in compare.ts. */
import { DOC_TYPE_NAMES, type DocType } from '../../../schemas/index.ts';
import type { HandbookIndex } from '../rules/handbook-index.ts';
import { fileRole } from './file-role.ts';
import type { DocSnapshot } from './diff-document.ts';
import { diffFields } from './diff-fields.ts';
import { summariseChange, type DocVersion } from './summarise.ts';
import type { ChangeKind, ChangesReport, DocumentChange } from './types.ts';

export interface ChangedFile {
	kind: ChangeKind;
	/** Path inside the content folder now (for deleted files: where it was). */
	path: string;
	previousPath?: string;
	/** Content at the ref; undefined for added files. */
	before?: DocSnapshot | undefined;
	/** Content now; undefined for deleted files. */
	after?: DocSnapshot | undefined;
}

export type ReportInput = Pick<
	ChangesReport,
	'since' | 'head' | 'includesUncommitted' | 'availability' | 'note'
> & { files: readonly ChangedFile[]; index: HandbookIndex };

/** Legal checklists first, then the other types in their usual order. */
export const TYPE_ORDER: DocType[] = [
	'checklist',
	...DOC_TYPE_NAMES.filter((t) => t !== 'checklist'),
];

const EMPTY: DocSnapshot = { data: undefined, body: undefined };

export function buildReport(input: ReportInput): ChangesReport {
	const documents: DocumentChange[] = [];
	const report: ChangesReport = {
		since: input.since,
		head: input.head,
		includesUncommitted: input.includesUncommitted,
		availability: input.availability,
		note: input.note,
		counts: { added: 0, deleted: 0, renamed: 0, modified: 0 },
		documents,
		settings: [],
		otherFiles: [],
		reviewers: [],
	};
	for (const file of input.files) {
		const beforePath = file.previousPath ?? file.path;
		const roleNow = fileRole(file.path);
		const roleBefore = fileRole(beforePath);
		if (roleNow === 'settings' || (file.kind === 'deleted' && roleBefore === 'settings')) {
			report.settings.push(...diffFields(file.before?.data, file.after?.data));
			continue;
		}
		const typeNow = roleNow === 'other' ? undefined : roleNow;
		const typeBefore = roleBefore === 'settings' || roleBefore === 'other' ? undefined : roleBefore;
		if (!typeNow && !typeBefore) {
			const other: ChangesReport['otherFiles'][number] = { path: file.path, kind: file.kind };
			if (file.previousPath !== undefined) other.previousPath = file.previousPath;
			report.otherFiles.push(other);
			continue;
		}
		const before: DocVersion | undefined =
			file.kind === 'added'
				? undefined
				: { path: beforePath, type: (typeBefore ?? typeNow)!, snapshot: file.before ?? EMPTY };
		const after: DocVersion | undefined =
			file.kind === 'deleted'
				? undefined
				: { path: file.path, type: (typeNow ?? typeBefore)!, snapshot: file.after ?? EMPTY };
		documents.push(summariseChange({ kind: file.kind, before, after }, input.index));
	}
	documents.sort(
		(a, b) =>
			TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
			a.id.localeCompare(b.id) ||
			a.path.localeCompare(b.path),
	);
	for (const d of documents) report.counts[d.kind]++;
	report.otherFiles.sort((a, b) => a.path.localeCompare(b.path));

	const byRole = new Map<string, ChangesReport['reviewers'][number]>();
	for (const d of documents) {
		for (const r of d.reviewers) {
			let entry = byRole.get(r.role.id);
			if (!entry) byRole.set(r.role.id, (entry = { role: r.role, documents: [] }));
			entry.documents.push({ type: d.type, id: d.id, as: r.as });
		}
	}
	report.reviewers = [...byRole.values()].sort(
		(a, b) => b.documents.length - a.documents.length || a.role.id.localeCompare(b.role.id),
	);
	return report;
}
