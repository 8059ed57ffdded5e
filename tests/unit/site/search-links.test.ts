import { describe, expect, it } from 'vitest';
import { bestSection, type SectionHit } from '../../../src/lib/site/chrome/search-keys.ts';
import {
	HIGHLIGHT_PARAM,
	highlightTerms,
	splitHits,
	termPattern,
} from '../../../src/lib/site/chrome/search-highlight.ts';
import {
	CONTACT_SELECTORS,
	DUPLICATE_SELECTORS,
	excludedSelectors,
	LABEL_SELECTORS,
} from '../../../src/lib/site/chrome/search-index.ts';

const hit = (url: string, scores: number[], anchor = true): SectionHit => ({
	url,
	title: url,
	excerpt: '',
	anchor: anchor ? { id: url } : undefined,
	weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('the section a result leads to', () => {
	it('is the sub-result with the highest total score', () => {
		const best = bestSection([hit('top', [1], false), hit('a', [2, 3]), hit('b', [4])]);
		expect(best?.url).toBe('a');
	});

	it('is the first one on a tie, and the page top when that scores best', () => {
		expect(bestSection([hit('a', [2]), hit('b', [2])])?.url).toBe('a');
		expect(bestSection([hit('top', [9], false), hit('b', [2])])?.anchor).toBeUndefined();
	});

	it('is missing without sub-results', () => {
		expect(bestSection(undefined)).toBeUndefined();
		expect(bestSection([])).toBeUndefined();
	});
});

describe('search terms in the address', () => {
	it('reads every term once, lower case, longest first', () => {
		const search = `?${HIGHLIGHT_PARAM}=Lizenz&${HIGHLIGHT_PARAM}=foto&${HIGHLIGHT_PARAM}=lizenz&x=1`;
		expect(highlightTerms(search)).toEqual(['lizenz', 'foto']);
		expect(highlightTerms(`?${HIGHLIGHT_PARAM}=${encodeURIComponent('Recht am Bild')}`)).toEqual([
			'recht',
			'bild',
			'am',
		]);
		expect(highlightTerms('?q=lizenz')).toEqual([]);
	});

	it('marks words that start with a term, as Pagefind matches them', () => {
		const pattern = termPattern(['lizenz'])!;
		const parts = splitHits('Lizenzen, eine Creative-Commons-Lizenz, keine Unterlizenz.', pattern);
		expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Lizenzen', 'Lizenz']);
		expect(parts.map((p) => p.text).join('')).toBe(
			'Lizenzen, eine Creative-Commons-Lizenz, keine Unterlizenz.',
		);
	});

	it('treats the terms as text, not as patterns', () => {
		const pattern = termPattern(['a.b', '(x'])!;
		expect(splitHits('a.b axb (x', pattern).filter((p) => p.hit)).toEqual([
			{ text: 'a.b', hit: true },
			{ text: '(x', hit: true },
		]);
		expect(termPattern([])).toBeUndefined();
		expect(termPattern(['…'])).toBeUndefined();
	});
});

describe('what the search index leaves out', () => {
	it('always leaves out labels, and contacts unless the handbook asks for them', () => {
		expect(excludedSelectors()).toEqual([
			...LABEL_SELECTORS,
			...DUPLICATE_SELECTORS,
			...CONTACT_SELECTORS,
		]);
		expect(excludedSelectors({ indexContacts: false })).toEqual(excludedSelectors());
		expect(excludedSelectors({ indexContacts: true })).toEqual([
			...LABEL_SELECTORS,
			...DUPLICATE_SELECTORS,
		]);
		expect(CONTACT_SELECTORS).toEqual(
			expect.arrayContaining(['a[href^="mailto:"]', 'a[href^="tel:"]', '[data-contact]']),
		);
	});
});
