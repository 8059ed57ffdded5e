import { describe, expect, it } from 'vitest';
import { file, runBaseline, type Baseline } from '../../helpers/handbook.ts';

const EN = 'guidelines/photos.mdx';

function addTranslation(b: Baseline, extra: Record<string, unknown>) {
	b.files[EN] = {
		data: { ...b.guideline, id: 'photos', language: 'en', translationOf: 'fotos', ...extra },
		body: 'Body text.\n',
	};
}

describe('I18N-001 translations', () => {
	it('accepts a translation of the same type in another language', () => {
		expect(runBaseline((b) => addTranslation(b, {})).diagnostics).toEqual([]);
	});

	it('reports a translation in the same language', () => {
		const run = runBaseline((b) => addTranslation(b, { language: 'de' }));
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'I18N-001',
				severity: 'error',
				file: file(EN),
				line: run.lineOf(EN, 'translationOf: fotos'),
				path: 'translationOf',
				value: 'fotos',
				message:
					'"fotos" is also written in "de"; a translation must point to the original in another language.',
			}),
		]);
	});

	it('reports a translation of a document of another type', () => {
		const run = runBaseline((b) => addTranslation(b, { translationOf: 'reichweite' }));
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'I18N-001',
				path: 'translationOf',
				value: 'reichweite',
				message: '"reichweite" is a goal, but a guideline can only translate another guideline.',
			}),
		]);
	});

	it('reports a document that translates itself', () => {
		const run = runBaseline((b) => addTranslation(b, { translationOf: 'photos' }));
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'I18N-001',
				value: 'photos',
				message: 'A document cannot be a translation of itself.',
			}),
		]);
	});
});
