import { describe, expect, it } from 'vitest';
import { checklist, file, PATHS, runBaseline } from '../../helpers/handbook.ts';

const CONFIG = file(PATHS.config);

describe('LEG-001 required legal areas', () => {
	it('accepts a configured extra area that has an approved checklist', () => {
		const run = runBaseline((b) => {
			b.config.legal.requiredAreas.push('imprint');
			b.files['checklists/impressum.mdx'] = { data: checklist('impressum', 'imprint') };
		});
		expect(run.diagnostics).toEqual([]);
	});

	it('reports an area whose only checklist is a draft, naming the draft', () => {
		const run = runBaseline((b) => {
			b.files['checklists/markenrecht.mdx']!.data.status = 'draft';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'LEG-001',
				severity: 'error',
				file: CONFIG,
				line: run.lineOf(PATHS.config, '- trademark'),
				path: 'legal.requiredAreas[1]',
				value: 'trademark',
				fix: expect.stringContaining('content/checklists/markenrecht.mdx (status: draft)'),
			}),
		]);
	});

	it('requires the four core areas even when handbook.yaml forgets one', () => {
		const run = runBaseline((b) => {
			b.config.legal.requiredAreas = ['copyright', 'trademark', 'competition', 'imprint'];
			b.files['checklists/impressum.mdx'] = { data: checklist('impressum', 'imprint') };
			delete b.files['checklists/persoenlichkeitsrecht.mdx'];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'LEG-001',
				file: CONFIG,
				line: run.lineOf(PATHS.config, 'requiredAreas:'),
				path: 'legal.requiredAreas',
				value: 'personality',
				fix: 'Add a checklist in checklists/ with legalArea: personality and get it approved.',
			}),
		]);
	});
});

describe('LEG-002 recommended legal areas', () => {
	it('warns about a recommended area without any checklist', () => {
		const run = runBaseline((b) => {
			b.config.legal.recommendedAreas = ['data-protection'];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'LEG-002',
				severity: 'warning',
				file: CONFIG,
				line: run.lineOf(PATHS.config, '- data-protection'),
				path: 'legal.recommendedAreas[0]',
				value: 'data-protection',
			}),
		]);
	});

	it('is satisfied by a draft checklist', () => {
		const run = runBaseline((b) => {
			b.config.legal.recommendedAreas = ['data-protection'];
			b.files['checklists/datenschutz.mdx'] = {
				data: checklist('datenschutz', 'data-protection', { status: 'draft' }),
			};
		});
		expect(run.diagnostics).toEqual([]);
	});
});

describe('LEG-003 guideline legal areas covered', () => {
	it('reports a legal area none of the guideline checklists covers', () => {
		const run = runBaseline((b) => {
			b.guideline.legalAreas = ['copyright', 'personality'];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'LEG-003',
				severity: 'error',
				file: file(PATHS.guideline),
				line: run.lineOf(PATHS.guideline, '- personality'),
				path: 'legalAreas[1]',
				value: 'personality',
				expected:
					'a checklist with legalArea: personality in checklists, e.g. persoenlichkeitsrecht',
				fix: 'Add "persoenlichkeitsrecht" to checklists, or remove "personality" from legalAreas.',
			}),
		]);
	});

	it('accepts the area once the matching checklist is listed', () => {
		const run = runBaseline((b) => {
			b.guideline.legalAreas = ['copyright', 'personality'];
			b.guideline.checklists = ['urheberrecht', 'persoenlichkeitsrecht'];
		});
		expect(run.diagnostics).toEqual([]);
	});
});

describe('a checklist about a topic, not law', () => {
	it('is a proper check: no legal area, and no LEG error hides or follows', () => {
		const run = runBaseline((b) => {
			b.files['checklists/barrierefreiheit.mdx'] = {
				data: {
					...b.checklist,
					id: 'barrierefreiheit',
					legalArea: undefined,
					topic: 'accessibility',
				},
				body: 'Barrierefreie Beiträge.\n',
			};
		});
		expect([...run.load.diagnostics, ...run.diagnostics]).toEqual([]);
	});

	it('needs legalArea or topic, and not both', () => {
		const none = runBaseline((b) => {
			delete b.checklist.legalArea;
		});
		expect(none.load.diagnostics).toEqual([
			expect.objectContaining({ rule: 'SCH-001', path: 'legalArea' }),
		]);
		const both = runBaseline((b) => {
			b.checklist.topic = 'accessibility';
		});
		expect(both.load.diagnostics).toEqual([
			expect.objectContaining({ rule: 'SCH-002', path: 'topic' }),
		]);
	});
});
