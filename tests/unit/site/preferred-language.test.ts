import { describe, expect, it } from 'vitest';
import { preferredLanguage } from '../../../src/lib/site/chrome/preferred-language.ts';

describe('preferredLanguage', () => {
	it('takes the first wanted language the site has', () => {
		expect(preferredLanguage(['fr', 'en', 'de'], ['de', 'en'])).toBe('en');
		expect(preferredLanguage(['de', 'en'], ['de', 'en'])).toBe('de');
	});

	it('matches regional variants by their primary language, both ways', () => {
		expect(preferredLanguage(['en-US', 'de'], ['de', 'en'])).toBe('en');
		expect(preferredLanguage(['pt'], ['de', 'pt-BR'])).toBe('pt-BR');
		expect(preferredLanguage(['EN-gb'], ['de', 'en-GB', 'en'])).toBe('en-GB');
	});

	it('prefers an exact match over an earlier near one of the same tag', () => {
		expect(preferredLanguage(['en-gb'], ['en', 'en-GB'])).toBe('en-GB');
	});

	it('gives undefined when nothing fits, skipping empty tags', () => {
		expect(preferredLanguage(['fr', ''], ['de', 'en'])).toBeUndefined();
		expect(preferredLanguage([], ['de'])).toBeUndefined();
	});

	it('is self-contained, so the root page can ship its source', () => {
		// choose-language.js.ts embeds the function's text: it may not use anything from outside.
		const fn = new Function(`return ${preferredLanguage.toString()}`)() as typeof preferredLanguage;
		expect(fn(['en-US'], ['de', 'en'])).toBe('en');
	});
});
