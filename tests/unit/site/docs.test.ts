import { describe, expect, it } from 'vitest';
import {
	buildDocIndex,
	compareLinks,
	linkTo,
	linksTo,
	relatedLinks,
	toLink,
	toLinkVia,
	translationRoot,
} from '../../../src/lib/site/model/docs.ts';
import { translationsOf } from '../../../src/lib/site/model/languages.ts';
import { isPublished } from '../../../src/lib/domain/publication.ts';
import type { SiteDoc } from '../../../src/lib/site/model/types.ts';
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
		const internal = { confidential: 'exclude' } as const;
		expect(isPublished({ status: 'draft' }, { includeDrafts: false, ...internal })).toBe(false);
		expect(isPublished({ status: 'draft' }, { includeDrafts: true, ...internal })).toBe(true);
		expect(isPublished({ status: 'deprecated' }, { includeDrafts: false, ...internal })).toBe(true);
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

	it('links where a page in another language leads, showing the version it leads to', () => {
		const toEnglish = (doc: SiteDoc): SiteDoc => (doc === fotos ? photos : doc);
		const pathOf = (doc: SiteDoc): string => `/en/x/${toEnglish(doc).id}/`;
		expect(toLinkVia(check, pathOf)).toMatchObject({ id: 'urheberrecht', language: 'de' });
		expect(toLinkVia(check, pathOf).href).toBe('/en/x/urheberrecht/');
		expect(toLinkVia(check, undefined)).toEqual(toLink(check));
		// A bare pathOf keeps the title of the document named.
		expect(linkTo(index, 'fotos', undefined, pathOf)).toMatchObject({
			title: 'Titel fotos',
			href: '/en/x/photos/',
		});
		// With versionOf the title, summary and language are the translation's.
		expect(linkTo(index, 'fotos', undefined, { pathOf, versionOf: toEnglish })).toMatchObject({
			id: 'photos',
			title: 'Titel photos',
			language: 'en',
			href: '/en/x/photos/',
		});
		expect(linkTo(index, 'fotos', undefined, { versionOf: toEnglish })?.href).toBe(
			'/en/guidelines/photos/',
		);
	});

	it('leaves out related documents that resolve to the page itself or repeat', () => {
		const page = makeDoc('guideline', 'photos-2', {}, 'en');
		const en = makeDoc(
			'guideline',
			'seite',
			{ related: ['fotos', 'photos', 'urheberrecht'] },
			'en',
		);
		const idx = buildDocIndex([...all, page, en]);
		const versionOf = (doc: SiteDoc): SiteDoc => (doc === fotos ? photos : doc);
		expect(relatedLinks(en, idx, { versionOf }).map((l) => l.id)).toEqual([
			'photos',
			'urheberrecht',
		]);
		// The English translation lists its own original: the page itself, left out.
		const self = makeDoc(
			'guideline',
			'photos',
			{ translationOf: 'fotos', related: ['fotos'] },
			'en',
		);
		expect(relatedLinks(self, idx, { versionOf })).toEqual([]);
	});
});
