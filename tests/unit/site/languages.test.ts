import { describe, expect, it } from 'vitest';
import {
	counterpart,
	createPageOf,
	createPathOf,
	createVersionOf,
	documentLanguageLinks,
	fallbackPages,
	languageLinks,
	translationLag,
	translationPaths,
} from '../../../src/lib/site/model/languages.ts';
import { toLink } from '../../../src/lib/site/model/docs.ts';
import { makeDoc } from './fixtures.ts';

const fotos = makeDoc('guideline', 'fotos');
const photos = makeDoc('guideline', 'photos', { translationOf: 'fotos' }, 'en');
const lizenzen = makeDoc('checklist', 'lizenzen');
const social = makeDoc('channel', 'social', {}, 'en');
const docs = [fotos, photos, lizenzen, social];

describe('language links', () => {
	it('links the counterpart when it exists, else the home page', () => {
		expect(languageLinks('de', ['de', 'en'], translationPaths([toLink(photos)]))).toEqual([
			{ lang: 'en', href: '/en/guidelines/photos/', translated: true },
		]);
		expect(languageLinks('de', ['de', 'en'], () => undefined)).toEqual([
			{ lang: 'en', href: '/en/', translated: false },
		]);
		expect(languageLinks('de', ['de'], () => '/x/')).toEqual([]);
	});
});

describe('translations and fallback pages', () => {
	it('finds the version of a document in a language', () => {
		expect(counterpart(fotos, 'en', docs)).toBe(photos);
		expect(counterpart(photos, 'de', docs)).toBe(fotos);
		expect(counterpart(fotos, 'de', docs)).toBe(fotos);
		expect(counterpart(lizenzen, 'en', docs)).toBeUndefined();
	});

	it('selects a fallback page for every document and site language without a version', () => {
		expect(fallbackPages(docs, ['de', 'en']).map((f) => [f.lang, f.doc.id])).toEqual([
			['en', 'lizenzen'],
			['de', 'social'],
		]);
		expect(fallbackPages(docs, ['de'])).toEqual([]);
	});

	it('leads links to the translation, else to the fallback page in the reader language', () => {
		const inEnglish = createPathOf(docs, ['de', 'en'], 'en');
		expect(inEnglish(fotos)).toBe('/en/guidelines/photos/');
		expect(inEnglish(lizenzen)).toBe('/en/checklists/lizenzen/');
		expect(inEnglish(social)).toBe('/en/channels/social/');
		const inGerman = createPathOf(docs, ['de', 'en'], 'de');
		expect(inGerman(photos)).toBe('/de/guidelines/fotos/');
		expect(inGerman(social)).toBe('/de/channels/social/');
		// A site that offers only German has no English fallback pages.
		expect(createPathOf(docs, ['de'], 'en')(lizenzen)).toBe('/de/checklists/lizenzen/');
	});

	it('opens exactly the document, on its fallback page when it has no translation', () => {
		const inEnglish = createPageOf(docs, ['de', 'en'], 'en');
		// Its translation is another document: the German original keeps its own page.
		expect(inEnglish(fotos)).toBe('/de/guidelines/fotos/');
		expect(inEnglish(photos)).toBe('/en/guidelines/photos/');
		expect(inEnglish(lizenzen)).toBe('/en/checklists/lizenzen/');
		expect(createPageOf(docs, ['de', 'en'], 'de')(social)).toBe('/de/channels/social/');
		expect(createPageOf(docs, ['de'], 'en')(lizenzen)).toBe('/de/checklists/lizenzen/');
	});

	it('shows readers the version in their language, else the document itself', () => {
		const inEnglish = createVersionOf(docs, 'en');
		expect(inEnglish(fotos)).toBe(photos);
		expect(inEnglish(photos)).toBe(photos);
		expect(inEnglish(lizenzen)).toBe(lizenzen);
		expect(createVersionOf(docs, 'de')(photos)).toBe(fotos);
	});

	it('switches to the translation (an hreflang alternate) or to the fallback page', () => {
		expect(documentLanguageLinks(fotos, 'de', docs, ['de', 'en'])).toEqual([
			{ lang: 'en', href: '/en/guidelines/photos/', translated: true },
		]);
		expect(documentLanguageLinks(lizenzen, 'de', docs, ['de', 'en'])).toEqual([
			{ lang: 'en', href: '/en/checklists/lizenzen/', translated: false, fallback: true },
		]);
		// On the fallback page, the other language is the original.
		expect(documentLanguageLinks(lizenzen, 'en', docs, ['de', 'en'])).toEqual([
			{ lang: 'de', href: '/de/checklists/lizenzen/', translated: false },
		]);
		expect(documentLanguageLinks(lizenzen, 'de', docs, ['de'])).toEqual([]);
	});
});

describe('translations behind their original', () => {
	const original = makeDoc('guideline', 'regeln', { version: 4 });
	const at = (version?: number) =>
		makeDoc(
			'guideline',
			'rules',
			{ translationOf: 'regeln', ...(version ? { version } : {}) },
			'en',
		);

	it('reports a lower or missing version with a link to the original', () => {
		expect(translationLag(at(3), [original])).toEqual({
			version: 3,
			originalVersion: 4,
			originalLanguage: 'de',
			originalHref: '/de/guidelines/regeln/',
		});
		expect(translationLag(at(), [original])?.version).toBeUndefined();
		expect(translationLag(at(), [original])?.originalVersion).toBe(4);
	});

	it('is quiet for current translations, originals and unversioned originals', () => {
		expect(translationLag(at(4), [original])).toBeUndefined();
		expect(translationLag(at(5), [original])).toBeUndefined();
		expect(translationLag(original, [original, at(3)])).toBeUndefined();
		expect(translationLag(at(3), [makeDoc('guideline', 'regeln')])).toBeUndefined();
		expect(translationLag(at(3), [])).toBeUndefined();
	});
});
