import { describe, expect, it } from 'vitest';
import { languageLinks, translationPaths } from '../../../src/lib/site/languages.ts';
import { toLink } from '../../../src/lib/site/docs.ts';
import { makeDoc } from './fixtures.ts';

describe('language links', () => {
	it('links the counterpart when it exists, else the home page', () => {
		const photos = toLink(makeDoc('guideline', 'photos', { translationOf: 'fotos' }, 'en'));
		expect(languageLinks('de', ['de', 'en'], translationPaths([photos]))).toEqual([
			{ lang: 'en', href: '/en/guidelines/photos/', translated: true },
		]);
		expect(languageLinks('de', ['de', 'en'], () => undefined)).toEqual([
			{ lang: 'en', href: '/en/', translated: false },
		]);
		expect(languageLinks('de', ['de'], () => '/x/')).toEqual([]);
	});
});
