import { describe, expect, it } from 'vitest';
import {
	buildDocIndex,
	compareLinks,
	isPublished,
	linkTo,
	linksTo,
	relatedLinks,
	toLink,
	translationRoot,
	translationsOf,
} from '../../../src/lib/site/docs.ts';
import { makeDoc } from './fixtures.ts';

const fotos = makeDoc('guideline', 'fotos', { related: ['urheberrecht', 'gone', 'fotos'] });
const photos = makeDoc('guideline', 'photos', { translationOf: 'fotos' }, 'en');
const check = makeDoc('checklist', 'urheberrecht');
const old = makeDoc('guideline', 'alt', { status: 'deprecated', title: 'Aaa alt' });
const review = makeDoc('guideline', 'pruef', { status: 'in-review', title: 'Aaa prüf' });
const all = [fotos, photos, check, old, review];
const index = buildDocIndex(all);

describe('docs', () => {
	it('indexes documents by id, first one wins', () => {
		const dup = makeDoc('checklist', 'fotos');
		expect(buildDocIndex([fotos, dup]).get('fotos')).toBe(fotos);
	});

	it('hides drafts unless previewing', () => {
		expect(isPublished('draft', { includeDrafts: false })).toBe(false);
		expect(isPublished('draft', { includeDrafts: true })).toBe(true);
		expect(isPublished('deprecated', { includeDrafts: false })).toBe(true);
	});

	it('turns documents into links', () => {
		expect(toLink(photos)).toEqual({
			type: 'guideline',
			id: 'photos',
			title: 'Titel photos',
			summary: 'Zusammenfassung für photos.',
			status: 'approved',
			language: 'en',
			href: '/en/guidelines/photos/',
		});
		expect(linkTo(index, 'urheberrecht', 'checklist')?.href).toBe('/de/checklists/urheberrecht/');
		expect(linkTo(index, 'urheberrecht', 'guideline')).toBeUndefined();
		expect(linksTo(index, ['gone', 'fotos']).map((l) => l.id)).toEqual(['fotos']);
		expect(linksTo(index, undefined)).toEqual([]);
	});

	it('sorts current documents first, then by title', () => {
		const sorted = [old, review, fotos]
			.map(toLink)
			.sort(compareLinks)
			.map((l) => l.id);
		expect(sorted).toEqual(['fotos', 'pruef', 'alt']);
	});

	it('finds translations in both directions', () => {
		expect(translationRoot(photos)).toBe('fotos');
		expect(translationsOf(fotos, all).map((l) => l.id)).toEqual(['photos']);
		expect(translationsOf(photos, all).map((l) => l.id)).toEqual(['fotos']);
		expect(translationsOf(check, all)).toEqual([]);
	});

	it('lists related documents that exist, without the page itself', () => {
		expect(relatedLinks(fotos, index).map((l) => l.id)).toEqual(['urheberrecht']);
	});
});
