/** Comparison pages: field rows, shortened prose and the accessible <ins>/<del> markup. */
import { describe, expect, it } from 'vitest';
import { diffDocument } from '../../../src/lib/changes/diff-document.ts';
import { diffFields } from '../../../src/lib/changes/diff-fields.ts';
import { diffProse } from '../../../src/lib/changes/diff-prose.ts';
import {
	diffHtml,
	diffPath,
	diffSummary,
	fieldRows,
	formatValue,
	proseSegments,
	type DiffLabels,
} from '../../../src/lib/site/document/diff-view.ts';

const labels: DiffLabels = {
	addedStart: 'added start:',
	addedEnd: 'added end.',
	removedStart: 'removed start:',
	removedEnd: 'removed end.',
	skip: (n) => `… ${n} unchanged lines …`,
};

describe('diffPath', () => {
	it('puts the comparison under the document page, in the document’s language', () => {
		expect(diffPath('guideline', 'fotos', 'de', '3f2c1ab')).toBe(
			'/de/guidelines/fotos/changes/3f2c1ab/',
		);
		expect(diffPath('checklist', 'copyright', 'en', 'abc1234')).toBe(
			'/en/checklists/copyright/changes/abc1234/',
		);
	});
});

describe('formatValue', () => {
	it('shows scalars inline and structures as YAML', () => {
		expect(formatValue('approved')).toEqual({ kind: 'inline', text: 'approved' });
		expect(formatValue(3)).toEqual({ kind: 'inline', text: '3' });
		expect(formatValue(false)).toEqual({ kind: 'inline', text: 'false' });
		expect(formatValue(undefined)).toEqual({ kind: 'inline', text: '–' });
		expect(formatValue(['smm', 'head'])).toEqual({ kind: 'inline', text: 'smm, head' });
		expect(formatValue('zwei\nZeilen')).toEqual({ kind: 'block', text: 'zwei\nZeilen' });
		expect(formatValue({ id: 'neu', kind: 'do', text: 'Neue Regel.' })).toEqual({
			kind: 'block',
			text: 'id: neu\nkind: do\ntext: Neue Regel.',
		});
		expect(formatValue(['a, b', 'c']).kind).toBe('block');
	});
});

describe('fieldRows', () => {
	it('turns the field diff into rows: an added rule, a changed field, a removed one', () => {
		const before = {
			status: 'in-review',
			version: 1,
			tags: ['alt'],
			rules: [{ id: 'eins', kind: 'do', text: 'Freundlich bleiben.' }],
		};
		const after = {
			status: 'approved',
			version: 2,
			rules: [
				{ id: 'eins', kind: 'do', text: 'Freundlich bleiben.' },
				{ id: 'zwei', kind: 'dont', text: 'Keine Kundendaten posten.' },
			],
		};
		const rows = fieldRows(diffFields(before, after));
		expect(rows).toEqual([
			{
				path: 'status',
				kind: 'changed',
				before: { kind: 'inline', text: 'in-review' },
				after: { kind: 'inline', text: 'approved' },
			},
			{
				path: 'version',
				kind: 'changed',
				before: { kind: 'inline', text: '1' },
				after: { kind: 'inline', text: '2' },
			},
			{
				path: 'rules[zwei]',
				kind: 'added',
				after: { kind: 'block', text: 'id: zwei\nkind: dont\ntext: Keine Kundendaten posten.' },
			},
			{ path: 'tags', kind: 'removed', before: { kind: 'inline', text: 'alt' } },
		]);
	});

	it('adds a word diff for a longer changed text', () => {
		const [row] = fieldRows(
			diffFields(
				{ summary: 'Wer auf Messen fotografiert, fragt vorher und achtet auf fremde Marken.' },
				{
					summary:
						'Wer auf Messen filmt oder fotografiert, fragt vorher und achtet auf fremde Marken.',
				},
			),
		);
		expect(row!.words).toEqual([
			{ type: 'equal', text: 'Wer auf Messen ' },
			{ type: 'added', text: 'filmt oder ' },
			{ type: 'equal', text: 'fotografiert, fragt vorher und achtet auf fremde Marken.' },
		]);
		const [short] = fieldRows(
			diffFields({ tone: 'ruhig und sachlich' }, { tone: 'ruhig, sachlich und freundlich' }),
		);
		expect(short).not.toHaveProperty('words');
	});
});

describe('proseSegments', () => {
	const lines = (from: number, to: number) =>
		Array.from({ length: to - from + 1 }, (_, i) => `Zeile ${from + i}`).join('\n');

	it('keeps every change and three lines of context, shortening long unchanged runs', () => {
		const before = `${lines(1, 20)}\nAlt.\n${lines(21, 40)}`;
		const after = `${lines(1, 20)}\nNeu.\n${lines(21, 40)}`;
		const segments = proseSegments(diffProse(before, after).parts);
		expect(segments[0]).toEqual({ type: 'skip', lines: 17 });
		expect(segments[1]).toEqual({ type: 'equal', text: '\nZeile 18\nZeile 19\nZeile 20\n' });
		expect(segments.filter((s) => s.type === 'removed')).toEqual([
			{ type: 'removed', text: 'Alt' },
		]);
		expect(segments.filter((s) => s.type === 'added')).toEqual([{ type: 'added', text: 'Neu' }]);
		expect(segments.at(-2)).toEqual({ type: 'equal', text: '.\nZeile 21\nZeile 22\nZeile 23\n' });
		expect(segments.at(-1)).toEqual({ type: 'skip', lines: 17 });
	});

	it('keeps short texts whole and gives nothing when nothing changed', () => {
		const parts = diffProse('Ein kurzer Text.', 'Ein langer Text.').parts;
		expect(proseSegments(parts)).toEqual(parts);
		expect(proseSegments(diffProse('gleich', 'gleich').parts)).toEqual([]);
	});
});

describe('diffHtml', () => {
	it('marks insertions and deletions visibly and for screen readers, and escapes text', () => {
		const html = diffHtml(
			[
				{ type: 'equal', text: 'a <b> & ' },
				{ type: 'removed', text: 'alt' },
				{ type: 'added', text: 'neu\n' },
				{ type: 'skip', lines: 4 },
			],
			labels,
		);
		expect(html).toBe(
			'a &lt;b&gt; &amp; ' +
				'<del><span class="diff-mark" aria-hidden="true">−</span><span class="visually-hidden">removed start: </span>alt<span class="visually-hidden"> removed end.</span></del>' +
				'<ins><span class="diff-mark" aria-hidden="true">+</span><span class="visually-hidden">added start: </span>neu\n<span class="visually-hidden"> added end.</span></ins>' +
				'<span class="diff-skip">… 4 unchanged lines …</span>',
		);
	});
});

describe('diffSummary', () => {
	it('counts field changes and words, and knows when nothing changed', () => {
		const diff = diffDocument(
			{ data: { a: 1, b: 2 }, body: 'Ein Text.' },
			{ data: { a: 2, c: 3 }, body: 'Ein neuer Text hier.' },
		);
		expect(diffSummary(diff)).toEqual({
			fieldsAdded: 1,
			fieldsRemoved: 1,
			fieldsChanged: 1,
			wordsAdded: 2,
			wordsRemoved: 0,
			changed: true,
		});
		const same = diffDocument(
			{ data: { a: 1 }, body: undefined },
			{ data: { a: 1 }, body: undefined },
		);
		expect(diffSummary(same).changed).toBe(false);
	});
});
