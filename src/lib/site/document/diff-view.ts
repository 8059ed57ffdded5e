/**
 * The comparison page of a document: an earlier version (one commit) against
 * the current one — field by field for the frontmatter or YAML data, word by
 * word for the prose. Pure: it shapes the engine's `diffDocument` result for
 * rendering with `<ins>` and `<del>` (diff-render.ts, shared with the browser).
 */
import type { FieldChange } from '../../changes/diff-fields.ts';
import { DOC_TYPES } from '../../../../schemas/index.ts';
import { rawString } from '../../rules/raw.ts';
import { resolveContact } from '../by-type/contacts.ts';
import { fieldWords } from './diff-labels.ts';
import { fieldRowsIn, type FieldRow, type TableWords } from './diff-render.ts';
import { t } from '../../../i18n/index.ts';
import type { RoleIndex } from '../model/roles.ts';
import type { DocType, Language } from '../model/types.ts';

export {
	diffHtml,
	diffSummary,
	escapeHtml,
	fieldsTableHtml,
	formatValue,
	proseSegments,
	type DiffLabels,
	type FieldRow,
	type TableWords,
} from './diff-render.ts';

/** `/de/guidelines/fotos/changes/3f2c1ab/`: the comparison of commit `3f2c1ab` with the current version. */
export function diffPath(type: DocType, id: string, lang: Language, shortHash: string): string {
	return `/${lang}/${DOC_TYPES[type].folder}/${id}/changes/${shortHash}/`;
}

/** The words of the changed-fields table in `lang`. */
export function tableWords(lang: Language): TableWords {
	return {
		caption: t(lang, 'diff.fields'),
		field: t(lang, 'diff.col.field'),
		change: t(lang, 'diff.col.change'),
		before: t(lang, 'diff.col.before'),
		after: t(lang, 'diff.col.after'),
		kinds: {
			added: t(lang, 'diff.kind.added'),
			removed: t(lang, 'diff.kind.removed'),
			changed: t(lang, 'diff.kind.changed'),
		},
		wordsChanged: t(lang, 'diff.wordsChanged'),
	};
}

/** `/de/guidelines/fotos/changes/versions.json`: the document's versions file (compare.ts). */
export function versionsPath(type: DocType, id: string, lang: Language): string {
	return `/${lang}/${DOC_TYPES[type].folder}/${id}/changes/versions.json`;
}

/** What rows need to speak the reader's language; without it rows are labelled by their path. */
export interface RowWords {
	lang: Language;
	/** The data of the older and the newer version, to name list entries by their titles. */
	versions: readonly unknown[];
	/** Role and member ids → names (diff-labels.ts `idNames`). */
	names: ReadonlyMap<string, string>;
}

/** One row per changed field in the UI dictionary's words (see diff-render.ts `fieldRowsIn`). */
export function fieldRows(fields: readonly FieldChange[], words?: RowWords): FieldRow[] {
	return fieldRowsIn(
		fields,
		words && { words: fieldWords(words.lang), versions: words.versions, names: words.names },
	);
}

/** Who approved a version and when, from that version's own data. */
export interface VersionApproval {
	/** The approving role's name. */
	role: string;
	/** The people who hold that role now (team files). */
	people: string[];
	/** ISO date of the approval (`reviewedOn`), when the version has one. */
	on?: string;
}

/** The approval written in a version's data (`approvedBy`, `reviewedOn`); undefined when it has none. */
export function versionApproval(
	data: unknown,
	roles: RoleIndex,
	lang: Language,
): VersionApproval | undefined {
	const id = rawString(data, 'approvedBy');
	if (!id) return undefined;
	const contact = resolveContact(roles, id, lang);
	const approval: VersionApproval = {
		role: contact.name,
		people: contact.people.map((p) => p.name),
	};
	const on =
		data && typeof data === 'object' ? (data as Record<string, unknown>)['reviewedOn'] : undefined;
	if (on instanceof Date) approval.on = on.toISOString().slice(0, 10);
	else if (typeof on === 'string') approval.on = on;
	return approval;
}
