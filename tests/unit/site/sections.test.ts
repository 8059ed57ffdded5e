import { describe, expect, it } from 'vitest';
import { sectionListing, sectionSummaries } from '../../../src/lib/site/lists/sections.ts';
import { makeDoc } from './fixtures.ts';

const fotos = makeDoc('guideline', 'fotos');
const photos = makeDoc('guideline', 'photos', { translationOf: 'fotos' }, 'en');
const onlyEn = makeDoc('guideline', 'english-only', {}, 'en');
const check = makeDoc('checklist', 'urheberrecht');
const docs = [fotos, photos, onlyEn, check];

describe('sections', () => {
	it('lists a section in its language plus untranslated documents of other languages', () => {
		const de = sectionListing(docs, 'guideline', 'de');
		expect(de.primary.map((d) => d.id)).toEqual(['fotos']);
		expect(de.others.map((d) => d.id)).toEqual(['english-only']);
		const en = sectionListing(docs, 'guideline', 'en');
		expect(en.primary.map((d) => d.id).sort()).toEqual(['english-only', 'photos']);
		expect(en.others).toEqual([]);
	});

	it('links untranslated documents to their fallback page in the section’s language', () => {
		const en = sectionListing(docs, 'checklist', 'en', ['de', 'en']);
		expect(en.primary).toEqual([]);
		expect(en.others).toEqual([
			expect.objectContaining({
				id: 'urheberrecht',
				language: 'de',
				href: '/en/checklists/urheberrecht/',
			}),
		]);
		const de = sectionListing(docs, 'guideline', 'de', ['de', 'en']);
		expect(de.others.map((d) => [d.id, d.language, d.href])).toEqual([
			['english-only', 'en', '/de/guidelines/english-only/'],
		]);
		// Documents in the section's language link their own page.
		expect(de.primary.map((d) => d.href)).toEqual(['/de/guidelines/fotos/']);
		// A site that offers only German has no English fallback pages.
		expect(sectionListing(docs, 'checklist', 'en', ['de']).others[0]?.href).toBe(
			'/de/checklists/urheberrecht/',
		);
	});

	it('shows the translation instead of the original, and each translation group once', () => {
		const en = sectionListing(docs, 'guideline', 'en', ['de', 'en']);
		expect(en.primary.map((d) => d.id)).toContain('photos');
		expect([...en.primary, ...en.others].map((d) => d.id)).not.toContain('fotos');
		// A group without an English version is listed once, by its original.
		const kurz = makeDoc('guideline', 'fotos-kurz', { translationOf: 'marke' });
		const marke = makeDoc('guideline', 'marke');
		const grouped = sectionListing([kurz, marke], 'guideline', 'en', ['de', 'en']);
		expect(grouped.others.map((d) => d.href)).toEqual(['/en/guidelines/marke/']);
		expect(sectionSummaries([kurz, marke], 'en')).toEqual([
			expect.objectContaining({ type: 'guideline', count: 1 }),
		]);
	});

	it('summarises only sections with documents, in type order', () => {
		expect(sectionSummaries(docs, 'de')).toEqual([
			{ type: 'guideline', folder: 'guidelines', href: '/de/guidelines/', count: 2 },
			{ type: 'checklist', folder: 'checklists', href: '/de/checklists/', count: 1 },
		]);
		expect(sectionSummaries(docs, 'en').map((s) => [s.type, s.count])).toEqual([
			['guideline', 2],
			['checklist', 1],
		]);
		expect(sectionSummaries([], 'de')).toEqual([]);
	});
});
