/**
 * A document's versions file (compare.ts `VersionsFile`), written at build time
 * beside its comparison pages: each published version's data, date and
 * approval, and the words to compare them in. Only versions a reader may see
 * go in: a version written as a draft, or as confidential in a build without
 * confidential documents, is left out (`isPublished`, as for whole documents).
 */
import { t, uiLanguage } from '../../../i18n/index.ts';
import { dictionaries } from '../../../i18n/index.ts';
import type { DocSnapshot } from '../../changes/diff-document.ts';
import {
	isPublished,
	type PublicationOptions,
	type Publishable,
} from '../../domain/publication.ts';
import { formatDate, formatList } from '../../util/format.ts';
import type { RoleIndex } from '../model/roles.ts';
import type { Language } from '../model/types.ts';
import type { CompareWords, VersionEntry, VersionsFile } from './compare.ts';
import { fieldWords } from './diff-labels.ts';
import { tableWords, versionApproval } from './diff-view.ts';

/** "Approved by Lena Vogt, Legal, on 4 December 2026", from a version's own data. */
export function approvalLine(data: unknown, roles: RoleIndex, lang: Language): string {
	const approval = versionApproval(data, roles, lang);
	if (!approval) return t(lang, 'diff.notApproved');
	const people = approval.people.length > 0;
	const approver = people
		? `${formatList(approval.people, lang)}, ${approval.role}`
		: approval.role;
	// "by Lena Vogt, Legal, on …": the role is set off by commas only when a date follows.
	return approval.on
		? t(lang, 'diff.approval', {
				approver: people ? `${approver},` : approver,
				date: formatDate(approval.on, lang),
			})
		: t(lang, 'diff.approvalUndated', { approver });
}

/** Parsed YAML as JSON: dates as `YYYY-MM-DD`, as the comparison pages show them. */
export function jsonValue(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(jsonValue);
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v)]));
	return value;
}

/** Whether a version as written may be shown in this build. */
export function isPublishedVersion(data: unknown, options: PublicationOptions): boolean {
	if (!data || typeof data !== 'object') return false;
	const { status, classification } = data as Partial<Publishable>;
	if (typeof status !== 'string') return false;
	return isPublished({ status, classification }, options);
}

function compareWords(lang: Language): CompareWords {
	const ui = uiLanguage(lang);
	const dictionary: Readonly<Record<string, string>> = dictionaries[ui];
	const skipLines = Object.fromEntries(
		Object.entries(dictionary)
			.filter(([key]) => key.startsWith('diff.skipLines.'))
			.map(([key, text]) => [key.slice('diff.skipLines.'.length), text]),
	);
	return {
		ui,
		field: fieldWords(lang),
		table: tableWords(lang),
		addedStart: t(lang, 'diff.addedStart'),
		addedEnd: t(lang, 'diff.addedEnd'),
		removedStart: t(lang, 'diff.removedStart'),
		removedEnd: t(lang, 'diff.removedEnd'),
		skipLines,
		from: t(lang, 'diff.pick.older'),
		to: t(lang, 'diff.pick.newer'),
		summary: t(lang, 'diff.summary'),
		summaryFields: dictionary['diff.summaryFields']!,
		summaryWords: dictionary['diff.summaryWords']!,
		fields: t(lang, 'diff.fields'),
		fieldsIntro: t(lang, 'diff.fieldsIntro'),
		fieldsUnchanged: t(lang, 'diff.fieldsUnchanged'),
		prose: t(lang, 'diff.prose'),
		proseIntro: t(lang, 'diff.proseIntro'),
		proseUnchanged: t(lang, 'diff.proseUnchanged'),
		same: t(lang, 'diff.pick.same'),
		title: dictionary['diff.pick.title']!,
	};
}

/** The key of the current version; other versions are keyed by their commit's short hash. */
export const CURRENT = 'current';

/** One version as the file holds it. */
export interface VersionInput {
	/** {@link CURRENT} or the commit's short hash. */
	key: string;
	/** Version number from the version history or the data. */
	version: number | undefined;
	/** Commit date (ISO); undefined for the current file with uncommitted changes. */
	date: string | undefined;
	snapshot: DocSnapshot;
}

/**
 * The label of a version in the pickers: `Version 3 · 4. Dezember 2026 · 3f2c1ab`
 * (the commit tells apart versions of one day), without what is unknown.
 */
function versionLabel(v: Pick<VersionInput, 'key' | 'version' | 'date'>, lang: Language): string {
	const parts = [
		v.version !== undefined ? t(lang, 'approval.version', { version: v.version }) : undefined,
		v.date ? formatDate(v.date.slice(0, 10), lang) : t(lang, 'diff.includesUncommitted'),
		v.key === CURRENT ? undefined : v.key,
	];
	return parts.filter(Boolean).join(' · ');
}

/** The versions a reader may see, in the given order. */
export function publishedVersions<V extends Pick<VersionInput, 'snapshot'>>(
	versions: readonly V[],
	publication: PublicationOptions,
): V[] {
	return versions.filter((v) => isPublishedVersion(v.snapshot.data, publication));
}

/** A version's label in the pickers; the current one is marked as such. */
export function pickerLabel(v: VersionInput, lang: Language): string {
	const label = versionLabel(v, lang);
	return v.key === CURRENT ? t(lang, 'diff.pick.current', { label }) : label;
}

/** The versions file of one document: the published ones of `versions` (newest first). */
export function versionsFile(
	versions: readonly VersionInput[],
	context: {
		lang: Language;
		roles: RoleIndex;
		names: ReadonlyMap<string, string>;
		publication: PublicationOptions;
	},
): VersionsFile {
	const { lang, roles } = context;
	const entries = publishedVersions(versions, context.publication).map((v): VersionEntry => {
		const entry: VersionEntry = {
			key: v.key,
			label: pickerLabel(v, lang),
			approval: approvalLine(v.snapshot.data, roles, lang),
			data: jsonValue(v.snapshot.data),
		};
		if (v.date) {
			entry.date = v.date;
			entry.dateLabel = formatDate(v.date.slice(0, 10), lang);
		}
		if (v.snapshot.body !== undefined) entry.body = v.snapshot.body;
		return entry;
	});
	return {
		words: compareWords(lang),
		names: Object.fromEntries(context.names),
		versions: entries,
	};
}
