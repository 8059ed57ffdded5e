/**
 * The diff between two versions of one document: fields (frontmatter or YAML
 * data) and prose (MDX body). Pure; the site renders it, `changes` summarises it.
 */
import { diffFields, type FieldChange } from './diff-fields.ts';
import { diffProse, type ProseDiff } from './diff-prose.ts';

/** One version of a document: its data as written and, for MDX, its body. */
export interface DocSnapshot {
	data: unknown;
	body: string | undefined;
}

export interface DocumentDiff {
	fields: FieldChange[];
	/** Undefined for YAML documents (they have no prose). */
	prose: ProseDiff | undefined;
}

/** Diffs `before` (e.g. an older commit) against `after` (e.g. the current file). */
export function diffDocument(
	before: DocSnapshot | undefined,
	after: DocSnapshot | undefined,
): DocumentDiff {
	const hasBody = before?.body !== undefined || after?.body !== undefined;
	return {
		fields: diffFields(before?.data, after?.data),
		prose: hasBody ? diffProse(before?.body, after?.body) : undefined,
	};
}
