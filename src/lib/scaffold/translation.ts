/**
 * Starting file for a translation (`npm run new -- --translation-of <id>`): a
 * copy of the original that keeps every id, reference and number (so item and
 * rule ids, team ids and pre-publish logic match, as I18N-002/003 and PRE-001
 * require) and marks each text to translate with a `TODO: translate` placeholder.
 */
import { stringify } from 'yaml';
import { DOC_TYPES } from '../../../schemas/index.ts';
import type { SourceDoc } from '../model/model.ts';
import { isRecord } from '../rules/raw.ts';
import { docPath } from './facts.ts';
import { todo } from './placeholder.ts';
import type { ScaffoldedFile } from './templates.ts';

/** Fields that only make sense for the original's approved version. */
const APPROVAL_FIELDS = ['approvedBy', 'reviewedOn', 'reviewBy', 'effectiveFrom', 'supersededBy'];

/** Keys whose values are names, codes or addresses, never prose to translate. */
const NOT_PROSE = new Set([
	'ref',
	'url',
	'handle',
	'timezone',
	'mailbox',
	'imprintUrl',
	'privacyNoticeUrl',
]);

/** Whether a string reads as prose: it has a space or an upper-case letter (ids and codes do not). */
function isProse(key: string | undefined, value: string): boolean {
	if (key !== undefined && NOT_PROSE.has(key)) return false;
	if (/^https?:\/\//.test(value) || /^\S+@\S+$/.test(value)) return false;
	return /\s/.test(value) || /[A-ZÄÖÜ]/.test(value);
}

function markProse(value: unknown, key?: string, parentKey?: string): unknown {
	if (typeof value === 'string')
		return isProse(key, value) && !(parentKey === 'members' && key === 'name')
			? todo(`translate: ${value}`)
			: value;
	if (Array.isArray(value)) return value.map((v) => markProse(v, key, parentKey));
	if (isRecord(value))
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markProse(v, k, key)]));
	return value;
}

/** The translation of `original` with a new id and language. */
export function scaffoldTranslation(
	original: SourceDoc,
	id: string,
	language: string,
	title?: string,
): ScaffoldedFile {
	const raw = isRecord(original.raw) ? original.raw : {};
	// A translation of a translation points at the first original, like its source does.
	const originalId =
		typeof raw['translationOf'] === 'string'
			? raw['translationOf']
			: typeof raw['id'] === 'string'
				? raw['id']
				: original.stem;
	const copy: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(raw)) {
		if (APPROVAL_FIELDS.includes(key)) continue;
		if (key === 'id') copy['id'] = id;
		else if (key === 'language') copy['language'] = language;
		else if (key === 'status') copy['status'] = 'draft';
		else if (key === 'title' && title) copy['title'] = title;
		else if (key === 'translationOf') continue;
		else copy[key] = markProse(value, key);
		if (key === 'language') copy['translationOf'] = originalId;
	}
	if (!('translationOf' in copy)) copy['translationOf'] = originalId;
	const header =
		`# Translation of ${originalId} (${original.file}). Ids, references and numbers are kept;\n` +
		'# translate every "TODO: translate: …" text and remove the marker. `npm run check` lists the ones left.\n';
	const yaml = header + stringify(copy, { lineWidth: 0 });
	const { format } = DOC_TYPES[original.type];
	const text =
		format === 'mdx'
			? `---\n${yaml}---\n\n${todo('translate the text below, then remove this line.')}\n\n${(original.body ?? '').trim()}\n`
			: yaml;
	return { path: docPath(original.type, id), text };
}
