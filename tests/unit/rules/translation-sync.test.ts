import { describe, expect, it } from 'vitest';
import { file, runBaseline, type Baseline, type Data } from '../../helpers/handbook.ts';

const CHECKLIST_EN = 'checklists/copyright.mdx';
const GUIDELINE_EN = 'guidelines/photos.mdx';

/** Adds an English translation of the baseline checklist, changed by `edit`. */
function translateChecklist(b: Baseline, edit: (d: Data) => void = () => {}) {
	const data: Data = structuredClone(b.checklist);
	Object.assign(data, { id: 'copyright', language: 'en', translationOf: 'urheberrecht' });
	data.items = data.items.map((item: Data) => ({ ...item, question: `Is ${item.id} settled?` }));
	edit(data);
	b.files[CHECKLIST_EN] = { data, body: 'Body text.\n' };
}

function translateGuideline(b: Baseline, edit: (d: Data) => void = () => {}) {
	const data: Data = structuredClone(b.guideline);
	Object.assign(data, { id: 'photos', language: 'en', translationOf: 'fotos' });
	edit(data);
	b.files[GUIDELINE_EN] = { data, body: 'Body text.\n' };
}

describe('I18N-003 translated checklists and guidelines keep their structure', () => {
	it('accepts translations with the same item and rule ids', () => {
		const run = runBaseline((b) => {
			translateChecklist(b);
			translateGuideline(b);
		});
		expect(run.diagnostics).toEqual([]);
	});

	it('reports an item id the original does not have, with a suggestion, and the missing one', () => {
		const run = runBaseline((b) =>
			translateChecklist(b, (d) => {
				d.items[1].id = 'quelle-genant';
			}),
		);
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'I18N-003',
				severity: 'warning',
				file: file(CHECKLIST_EN),
				path: 'items',
				value: ['quelle-genannt'],
				message:
					'The translation lacks the item "quelle-genannt" of "urheberrecht"; its readers would not see it.',
			}),
			expect.objectContaining({
				rule: 'I18N-003',
				file: file(CHECKLIST_EN),
				line: run.lineOf(CHECKLIST_EN, 'id: quelle-genant'),
				path: 'items[1].id',
				value: 'quelle-genant',
				didYouMean: 'quelle-genannt',
			}),
		]);
	});

	it('reports a guideline rule added to the original but not to the translation', () => {
		const run = runBaseline((b) => {
			translateGuideline(b);
			b.guideline.rules.push({ id: 'keine-kinder', kind: 'dont', text: 'Keine Kinderfotos.' });
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'I18N-003',
				severity: 'warning',
				file: file(GUIDELINE_EN),
				line: run.lineOf(GUIDELINE_EN, 'rules:'),
				path: 'rules',
				value: ['keine-kinder'],
			}),
		]);
	});
});

describe('I18N-004 translations keep up with their original', () => {
	it('accepts a translation at the same version', () => {
		const run = runBaseline((b) => {
			b.checklist.version = 3;
			translateChecklist(b, (d) => (d.version = 3));
		});
		expect(run.diagnostics.filter((d) => d.rule.startsWith('I18N'))).toEqual([]);
	});

	it('reports a translation behind its original', () => {
		const run = runBaseline((b) => {
			b.checklist.version = 3;
			translateChecklist(b, (d) => (d.version = 2));
		});
		expect(run.diagnostics.filter((d) => d.rule === 'I18N-004')).toEqual([
			expect.objectContaining({
				severity: 'warning',
				file: file(CHECKLIST_EN),
				line: run.lineOf(CHECKLIST_EN, 'version: 2'),
				path: 'version',
				value: 2,
				message:
					'The translation is at version 2, but the original "urheberrecht" is at version 3; it may miss changes.',
				expected:
					'version: 3, after bringing the text in line with content/checklists/urheberrecht.mdx',
			}),
		]);
	});

	it('reports a translation without a version when the original has one', () => {
		const run = runBaseline((b) => {
			b.guideline.version = 2;
			translateGuideline(b, (d) => delete d.version);
		});
		expect(run.diagnostics.filter((d) => d.rule === 'I18N-004')).toEqual([
			expect.objectContaining({
				file: file(GUIDELINE_EN),
				line: run.lineOf(GUIDELINE_EN, 'translationOf: fotos'),
				path: 'version',
				message: 'The original "fotos" is at version 2, but the translation has no version.',
			}),
		]);
	});
});
