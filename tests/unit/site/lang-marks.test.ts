import { describe, expect, it } from 'vitest';
import { langMarks } from '../../../src/lib/site/model/lang-marks.ts';

describe('language marks', () => {
	it('marks nothing when the title is in the page’s language', () => {
		expect(langMarks('en', 'en')).toEqual({});
		expect(langMarks(undefined, 'en')).toEqual({});
	});

	it('gives a title in another language its lang and a tag in the page’s language', () => {
		expect(langMarks('de', 'en')).toEqual({ lang: 'de', tag: 'de' });
	});

	it('follows the text around the title inside the content of a fallback page', () => {
		// An English page showing German content: German titles need no lang there,
		// but still a tag (written in English, so the tag needs lang="en").
		expect(langMarks('de', 'en', 'de')).toEqual({ tag: 'de', tagLang: 'en' });
		// An English title inside that German content: lang, but no tag.
		expect(langMarks('en', 'en', 'de')).toEqual({ lang: 'en' });
	});
});
