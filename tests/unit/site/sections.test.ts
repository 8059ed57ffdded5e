import { describe, expect, it } from 'vitest';
import { sectionListing, sectionSummaries } from '../../../src/lib/site/sections.ts';
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
