/**
 * How a comparison of two versions is shaped and written as HTML: changed
 * fields as rows in the reader's words, the prose word by word with `<ins>` and
 * `<del>`. Pure and free of dictionaries and schemas, so the build (comparison
 * pages) and the browser (any two versions, src/client/compare-run.ts) run the
 * same code; the words come in as arguments.
 */
import { stringify } from 'yaml';
import type { DocumentDiff } from '../../changes/diff-document.ts';
import type { FieldChange } from '../../changes/diff-fields.ts';
import { diffProse, type ProsePart } from '../../changes/diff-prose.ts';
import { fieldLabelPartsIn, holdsPeople, withNames, type FieldWords } from './field-labels.ts';

/** A value as text: short scalars inline, lists and objects as a YAML block. */
export type ValueView = { kind: 'inline'; text: string } | { kind: 'block'; text: string };

export interface FieldRow {
	/** The field path as authors write it, e.g. `rules[vorher-fragen].text`. */
	path: string;
	/** The field in the reader's words, e.g. `Regeln „Vorher fragen“ › Text` (diff-labels.ts). */
	label: string;
	kind: FieldChange['kind'];
	before?: ValueView;
	after?: ValueView;
	/** For a changed text: the words that changed, to show inside one cell. */
	words?: ProsePart[];
}

/** Texts shorter than this are shown as before/after, longer ones also word by word. */
const WORD_DIFF_MIN = 60;

/** Formats a parsed YAML value for display. */
export function formatValue(value: unknown): ValueView {
	if (value === null || value === undefined) return { kind: 'inline', text: '–' };
	if (value instanceof Date) return { kind: 'inline', text: value.toISOString().slice(0, 10) };
	if (typeof value === 'string')
		return value.includes('\n') ? { kind: 'block', text: value } : { kind: 'inline', text: value };
	if (typeof value !== 'object') return { kind: 'inline', text: String(value) };
	if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
		const items = value.map((v) => String(v ?? '–'));
		const text = items.join(', ');
		if (text.length <= 80 && !items.some((i) => i.includes(','))) return { kind: 'inline', text };
	}
	return { kind: 'block', text: stringify(value, { lineWidth: 0 }).trimEnd() };
}

/** What rows need to speak the reader's language; without it rows are labelled by their path. */
export interface RowWordsIn {
	words: FieldWords;
	/** The data of the older and the newer version, to name list entries by their titles. */
	versions: readonly unknown[];
	/** Role and member ids → names (diff-labels.ts `idNames`). */
	names: ReadonlyMap<string, string>;
}

/** One row per changed field, in the engine's order (document order, additions before removals). */
export function fieldRowsIn(fields: readonly FieldChange[], words?: RowWordsIn): FieldRow[] {
	return fields.map((f) => {
		const label = words
			? fieldLabelPartsIn(f.segments, words.versions, words.words).join(' › ')
			: f.path;
		const named = (value: unknown) =>
			words && holdsPeople(f.segments) ? withNames(value, words.names) : value;
		const row: FieldRow = { path: f.path, label, kind: f.kind };
		if (f.kind !== 'added') row.before = formatValue(named(f.old));
		if (f.kind !== 'removed') row.after = formatValue(named(f.new));
		if (
			f.kind === 'changed' &&
			typeof f.old === 'string' &&
			typeof f.new === 'string' &&
			Math.max(f.old.length, f.new.length) >= WORD_DIFF_MIN
		) {
			const prose = diffProse(f.old, f.new);
			if (prose.changed) row.words = prose.parts;
		}
		return row;
	});
}

/** A run of the prose diff, or a marker for unchanged lines left out. */
export type ProseSegment = ProsePart | { type: 'skip'; lines: number };

/**
 * The prose diff with long unchanged passages shortened to `context` lines
 * around each change. Every changed word stays; a text without changes gives [].
 */
export function proseSegments(parts: readonly ProsePart[], context = 3): ProseSegment[] {
	if (!parts.some((p) => p.type !== 'equal')) return [];
	const out: ProseSegment[] = [];
	parts.forEach((part, i) => {
		if (part.type !== 'equal') {
			out.push(part);
			return;
		}
		const first = i === 0;
		const last = i === parts.length - 1;
		const lines = part.text.split('\n');
		// An unchanged run in the middle starts and ends inside a changed line: keep those line parts.
		const head = first ? 0 : context + 1;
		const tail = last ? 0 : context + 1;
		const skipped = lines.length - head - tail;
		if (skipped < 2) {
			out.push(part);
			return;
		}
		if (head > 0) out.push({ type: 'equal', text: `${lines.slice(0, head).join('\n')}\n` });
		out.push({ type: 'skip', lines: skipped });
		if (tail > 0) out.push({ type: 'equal', text: `\n${lines.slice(-tail).join('\n')}` });
	});
	return out;
}

export interface DiffSummary {
	fieldsAdded: number;
	fieldsRemoved: number;
	fieldsChanged: number;
	wordsAdded: number;
	wordsRemoved: number;
	/** False when the versions are the same in data and text. */
	changed: boolean;
}

export function diffSummary(diff: DocumentDiff): DiffSummary {
	const count = (kind: FieldChange['kind']) => diff.fields.filter((f) => f.kind === kind).length;
	const summary: DiffSummary = {
		fieldsAdded: count('added'),
		fieldsRemoved: count('removed'),
		fieldsChanged: count('changed'),
		wordsAdded: diff.prose?.addedWords ?? 0,
		wordsRemoved: diff.prose?.removedWords ?? 0,
		changed: diff.fields.length > 0 || diff.prose?.changed === true,
	};
	return summary;
}

/** Screen-reader and visible labels of the marks; `skip` words a run of left-out lines. */
export interface DiffLabels {
	addedStart: string;
	addedEnd: string;
	removedStart: string;
	removedEnd: string;
	skip(lines: number): string;
}

export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * The diff as HTML for a `white-space: pre-wrap` block: insertions in `<ins>`,
 * deletions in `<del>`, each with a visible + or − (hidden from screen readers)
 * and spoken start and end labels, so the change is clear without colour and
 * without sight. Every text is escaped; whitespace is kept exactly.
 */
export function diffHtml(segments: readonly ProseSegment[], labels: DiffLabels): string {
	const hidden = (text: string) => `<span class="visually-hidden">${escapeHtml(text)}</span>`;
	return segments
		.map((s) => {
			if (s.type === 'skip')
				return `<span class="diff-skip">${escapeHtml(labels.skip(s.lines))}</span>`;
			if (s.type === 'equal') return escapeHtml(s.text);
			const [tag, mark, start, end] =
				s.type === 'added'
					? ['ins', '+', labels.addedStart, labels.addedEnd]
					: ['del', '−', labels.removedStart, labels.removedEnd];
			return (
				`<${tag}><span class="diff-mark" aria-hidden="true">${mark}</span>` +
				`${hidden(`${start} `)}${escapeHtml(s.text)}${hidden(` ${end}`)}</${tag}>`
			);
		})
		.join('');
}

/** The words of the changed-fields table. */
export interface TableWords {
	caption: string;
	field: string;
	change: string;
	before: string;
	after: string;
	kinds: Readonly<Record<FieldChange['kind'], string>>;
	wordsChanged: string;
}

/**
 * The changed fields as a table: one row per field with the value before (in
 * `<del>`) and now (in `<ins>`), a longer changed text word by word. Fields are
 * named in the reader's words, the author's path kept in `data-path`. Every
 * text is escaped.
 */
export function fieldsTableHtml(
	rows: readonly FieldRow[],
	labels: DiffLabels,
	words: TableWords,
): string {
	const attr = escapeHtml;
	const whole = (value: ValueView, type: 'added' | 'removed') => {
		const html = diffHtml([{ type, text: value.text }], labels);
		return value.kind === 'block' ? `<pre class="diff-value">${html}</pre>` : html;
	};
	const body = rows
		.map((row) => {
			const cells = row.words
				? `<td colspan="2" data-label="${attr(words.wordsChanged)}" class="diff-words">${diffHtml(row.words, labels)}</td>`
				: `<td data-label="${attr(words.before)}">${row.before ? whole(row.before, 'removed') : '–'}</td>` +
					`<td data-label="${attr(words.after)}">${row.after ? whole(row.after, 'added') : '–'}</td>`;
			return (
				`<tr><th scope="row" data-label="${attr(words.field)}" data-path="${attr(row.path)}" class="diff-field">${escapeHtml(row.label)}</th>` +
				`<td data-label="${attr(words.change)}" class="diff-kind">${escapeHtml(words.kinds[row.kind])}</td>${cells}</tr>`
			);
		})
		.join('');
	const head = [words.field, words.change, words.before, words.after]
		.map((c) => `<th scope="col">${escapeHtml(c)}</th>`)
		.join('');
	return (
		`<div class="table-wrap"><table class="stack-table diff-table">` +
		`<caption class="visually-hidden">${escapeHtml(words.caption)}</caption>` +
		`<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
	);
}
