/** The data of the section index, glossary and not-found pages, each from one function. */
import { describe, expect, it } from 'vitest';
import { glossaryPage, glossaryRoutes } from '../../../src/lib/site/lists/glossary-page.ts';
import { notFoundPage, notFoundRoutes } from '../../../src/lib/site/lists/not-found.ts';
import { sectionPage, sectionRoutes } from '../../../src/lib/site/lists/section-pages.ts';
import { SECTION_PAGE_SIZE } from '../../../src/lib/site/lists/paging.ts';
import { buildSite, FALLBACK_CONFIG } from '../../../src/lib/site/model/site.ts';
import { makeDoc } from './fixtures.ts';

const docs = [
	...Array.from({ length: SECTION_PAGE_SIZE + 1 }, (_, i) =>
		makeDoc('guideline', `g-${String(i).padStart(3, '0')}`),
	),
	makeDoc('guideline', 'english', { title: 'English only' }, 'en'),
	makeDoc('checklist', 'nur-deutsch'),
];
const site = buildSite(
	{
		...FALLBACK_CONFIG,
		locales: { default: 'de', available: ['de', 'en'] },
		glossary: [
			{ term: 'Einwilligung', language: 'de', definition: 'Die Zustimmung einer Person.' },
		],
	},
	docs,
	'2026-11-22',
);

describe('section page', () => {
	it('has a route per language, section and page', () => {
		const routes = sectionRoutes(site).map(
			(r) => `${r.params.lang} ${r.params.section} ${r.params.page}`,
		);
		expect(routes).toEqual([
			'de guidelines undefined',
			'de guidelines page/2',
			'de checklists undefined',
			// The English index lists the German documents too, under "other languages".
			'en guidelines undefined',
			'en guidelines page/2',
			'en checklists undefined',
		]);
	});

	it('names the page, splits own and other languages and links the other languages’ sections', () => {
		const second = sectionPage(site, 'guideline', 'de', 2);
		expect(second.list).toBe('Richtlinien');
		expect(second.title).toContain('2');
		expect(second.primary).toHaveLength(1);
		expect(second.others.map((l) => l.id)).toEqual(['english']);
		expect(second.languages).toEqual([{ lang: 'en', href: '/en/guidelines/', translated: true }]);
		const checklists = sectionPage(site, 'checklist', 'en', 1);
		expect(checklists.title).toBe(checklists.list);
		expect(checklists.primary).toEqual([]);
		expect(checklists.others.map((l) => l.id)).toEqual(['nur-deutsch']);
		expect(() => sectionPage(site, 'checklist', 'de', 2)).toThrow(/no page 2/);
	});
});

describe('glossary page', () => {
	it('exists only where there are terms, and links the home page of languages without', () => {
		expect(glossaryRoutes(site).map((r) => r.params.lang)).toEqual(['de']);
		const page = glossaryPage(site, 'de');
		expect(page.entries.map((e) => e.term)).toEqual(['Einwilligung']);
		expect(page.languages).toEqual([{ lang: 'en', href: '/en/', translated: false }]);
		expect(page.trail).toEqual([{ label: expect.any(String), href: '/de/' }]);
	});
});

describe('not-found page', () => {
	it('links the home pages, and has its own route in every language but the default', () => {
		expect(notFoundPage(site, 'en')).toEqual({
			lang: 'en',
			home: '/en/',
			languages: [{ lang: 'de', href: '/de/', translated: false }],
		});
		expect(notFoundRoutes(site).map((r) => r.params.lang)).toEqual(['en']);
	});
});
