/**
 * Any two versions of a document compared, from its versions file (written at
 * build time, see versions-file.ts): the same diff and the same rendering as the
 * prebuilt comparison pages (diffDocument, diff-render.ts), with the words the
 * file carries. Pure and free of dictionaries, so the comparison script
 * (src/client/compare-run.ts) bundles exactly this code.
 */
import { diffDocument } from '../../changes/diff-document.ts';
import { pluralCategory } from '../../util/plural.ts';
import { fillPlaceholders } from '../../util/placeholders.ts';
import type { FieldWords } from './field-labels.ts';
import {
	diffHtml,
	diffSummary,
	escapeHtml,
	fieldRowsIn,
	fieldsTableHtml,
	proseSegments,
	type DiffLabels,
	type TableWords,
} from './diff-render.ts';

/** One published version of a document, as the versions file holds it. */
export interface VersionEntry {
	/** `current`, or the commit's short hash. */
	key: string;
	/** For the version pickers, e.g. `Version 3 · 4. Dezember 2026`. */
	label: string;
	/** ISO date for `<time datetime>`; absent for uncommitted changes. */
	date?: string;
	/** The date in words. */
	dateLabel?: string;
	/** "Approved by Lena Vogt, Legal, on 4 December 2026", or "Not approved". */
	approval: string;
	/** The frontmatter or YAML data as written (dates as `YYYY-MM-DD`). */
	data: unknown;
	/** The MDX body; absent for YAML documents. */
	body?: string;
}

/** The words a comparison needs, in the page's language. */
export interface CompareWords {
	/** The interface language, for plural rules and numbers. */
	ui: string;
	field: FieldWords;
	table: TableWords;
	addedStart: string;
	addedEnd: string;
	removedStart: string;
	removedEnd: string;
	/** `diff.skipLines.*` by plural category. */
	skipLines: Readonly<Record<string, string>>;
	from: string;
	to: string;
	summary: string;
	summaryFields: string;
	summaryWords: string;
	fields: string;
	fieldsIntro: string;
	fieldsUnchanged: string;
	prose: string;
	proseIntro: string;
	proseUnchanged: string;
	same: string;
	/** `{from}`, `{to}`: the heading of a comparison. */
	title: string;
}

/** `/de/guidelines/fotos/changes/versions.json`: every published version of one document, newest first. */
export interface VersionsFile {
	words: CompareWords;
	/** Role and member ids → names, for people fields. */
	names: Readonly<Record<string, string>>;
	versions: VersionEntry[];
}

function labelsOf(words: CompareWords): DiffLabels {
	const format = new Intl.NumberFormat(words.ui);
	return {
		addedStart: words.addedStart,
		addedEnd: words.addedEnd,
		removedStart: words.removedStart,
		removedEnd: words.removedEnd,
		skip: (lines) =>
			fillPlaceholders(
				words.skipLines[pluralCategory(lines, words.ui)] ?? words.skipLines['other'] ?? '',
				{ count: format.format(lines) },
			),
	};
}

/** A version with its label (version, date, commit) and its approval. */
function versionHtml(title: string, v: VersionEntry): string {
	return (
		`<div><dt>${escapeHtml(title)}</dt><dd><strong>${escapeHtml(v.label)}</strong></dd>` +
		`<dd class="diff-approval">${escapeHtml(v.approval)}</dd></div>`
	);
}

/**
 * The comparison of version `from` with version `to` as HTML: both versions
 * with date and approval, a summary, the changed fields and the changed text.
 * Undefined when a key names no version in the file.
 */
export function comparisonHtml(file: VersionsFile, from: string, to: string): string | undefined {
	const older = file.versions.find((v) => v.key === from);
	const newer = file.versions.find((v) => v.key === to);
	if (!older || !newer) return undefined;
	const w = file.words;
	const labels = labelsOf(w);
	const snap = (v: VersionEntry) => ({ data: v.data, body: v.body });
	const diff = diffDocument(snap(older), snap(newer));
	const summary = diffSummary(diff);
	const title = fillPlaceholders(w.title, { from: older.label, to: newer.label });
	const out = [
		`<h2 id="compare-title" tabindex="-1">${escapeHtml(title)}</h2>`,
		`<dl class="diff-versions">${versionHtml(w.from, older)}${versionHtml(w.to, newer)}</dl>`,
	];
	if (!summary.changed) {
		out.push(`<p class="notice">${escapeHtml(w.same)}</p>`);
		return out.join('');
	}
	const counts = [
		fillPlaceholders(w.summaryFields, {
			added: summary.fieldsAdded,
			changed: summary.fieldsChanged,
			removed: summary.fieldsRemoved,
		}),
	];
	if (diff.prose?.changed)
		counts.push(
			fillPlaceholders(w.summaryWords, {
				added: summary.wordsAdded,
				removed: summary.wordsRemoved,
			}),
		);
	out.push(
		`<h3>${escapeHtml(w.summary)}</h3><ul class="compact-list">${counts.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`,
	);
	const rows = fieldRowsIn(diff.fields, {
		words: w.field,
		versions: [older.data, newer.data],
		names: new Map(Object.entries(file.names)),
	});
	out.push(`<h3>${escapeHtml(w.fields)}</h3>`);
	out.push(
		rows.length
			? `<p>${escapeHtml(w.fieldsIntro)}</p>${fieldsTableHtml(rows, labels, w.table)}`
			: `<p>${escapeHtml(w.fieldsUnchanged)}</p>`,
	);
	if (diff.prose) {
		const segments = proseSegments(diff.prose.parts);
		out.push(`<h3>${escapeHtml(w.prose)}</h3>`);
		out.push(
			segments.length
				? `<p>${escapeHtml(w.proseIntro)}</p><div class="diff-prose">${diffHtml(segments, labels)}</div>`
				: `<p>${escapeHtml(w.proseUnchanged)}</p>`,
		);
	}
	return out.join('');
}
