import { describe, expect, it } from 'vitest';
import {
	listPagePath,
	pageParam,
	paginate,
	REVIEW_PAGE_SIZE,
	SECTION_PAGE_SIZE,
} from '../../../src/lib/site/lists/paging.ts';
import { reviewPages } from '../../../src/lib/site/lists/review-pages.ts';
import { sectionPages } from '../../../src/lib/site/lists/section-pages.ts';
import { sectionListing, sectionPager } from '../../../src/lib/site/lists/sections.ts';
import { siteDashboardRows } from '../../../src/lib/site/lists/dashboard.ts';
import { buildSite, FALLBACK_CONFIG } from '../../../src/lib/site/model/site.ts';
import { makeDoc } from './fixtures.ts';

const TODAY = '2026-12-04';

describe('paginate', () => {
	it('cuts a list into numbered pages that link each other', () => {
		const items = Array.from({ length: 7 }, (_, i) => i);
		const pages = paginate(items, 3, '/de/review/');
		expect(pages.map((p) => p.items)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
		expect(pages.map((p) => p.href)).toEqual([
			'/de/review/',
			'/de/review/page/2/',
			'/de/review/page/3/',
		]);
		expect(pages.map((p) => [p.first, p.last, p.offset])).toEqual([
			[1, 3, 0],
			[4, 6, 3],
			[7, 7, 6],
		]);
		expect(pages[0]!.previous).toBeUndefined();
		expect(pages[0]!.next).toEqual({ number: 2, href: '/de/review/page/2/' });
		expect(pages[2]!.previous).toEqual({ number: 2, href: '/de/review/page/2/' });
		expect(pages[2]!.next).toBeUndefined();
		for (const page of pages) {
			expect(page.count).toBe(3);
			expect(page.total).toBe(7);
			expect(page.pages.map((p) => p.number)).toEqual([1, 2, 3]);
		}
		// Every entry is on exactly one page, in order.
		expect(pages.flatMap((p) => p.items)).toEqual(items);
	});

	it('keeps one page at the list’s own address for a short or empty list', () => {
		expect(paginate([1, 2, 3], 3, '/en/guidelines/')).toEqual([
			expect.objectContaining({ items: [1, 2, 3], number: 1, count: 1, href: '/en/guidelines/' }),
		]);
		const [empty, ...rest] = paginate([], 10, '/en/guidelines/');
		expect(rest).toEqual([]);
		expect(empty).toMatchObject({ items: [], count: 1, first: 0, last: 0, total: 0 });
		expect(() => paginate([1], 0, '/x/')).toThrow(RangeError);
	});

	it('maps page numbers to addresses and route parameters', () => {
		expect(listPagePath('/de/checklists/', 1)).toBe('/de/checklists/');
		expect(listPagePath('/de/checklists/', 4)).toBe('/de/checklists/page/4/');
		expect(pageParam(1)).toBeUndefined();
		expect(pageParam(12)).toBe('page/12');
	});
});

describe('paged lists of a large handbook', () => {
	const n = SECTION_PAGE_SIZE + 30;
	const docs = [
		...Array.from({ length: n }, (_, i) =>
			makeDoc('guideline', `leitlinie-${String(i).padStart(3, '0')}`, {
				title: `Leitlinie ${String(i).padStart(3, '0')}`,
			}),
		),
		...Array.from({ length: 5 }, (_, i) =>
			makeDoc('guideline', `english-${i}`, { title: `English ${i}` }, 'en'),
		),
	];
	const site = buildSite(
		{ ...FALLBACK_CONFIG, locales: { default: 'de', available: ['de', 'en'] } },
		docs,
		TODAY,
	);

	it('splits a section index into pages holding every entry once, in the index’s order', () => {
		const pages = sectionPages(site, 'guideline', 'de');
		expect(pages).toHaveLength(2);
		expect(pages[0]!.items).toHaveLength(SECTION_PAGE_SIZE);
		const listing = sectionListing(docs, 'guideline', 'de', ['de', 'en']);
		expect(pages.flatMap((p) => p.items.map((e) => [e.link.id, e.other]))).toEqual([
			...listing.primary.map((l) => [l.id, false]),
			...listing.others.map((l) => [l.id, true]),
		]);
		// The English-only documents come last, under "other languages", on the last page.
		expect(pages[1]!.items.filter((e) => e.other)).toHaveLength(5);
		expect(pages[1]!.href).toBe('/de/guidelines/page/2/');
		// Computed once per site model.
		expect(sectionPages(site, 'guideline', 'de')).toBe(pages);
	});

	it('keeps the previous/next document order of the whole section across its pages', () => {
		const pages = sectionPages(site, 'guideline', 'de');
		const order = pages.flatMap((p) => p.items.map((e) => e.link.id));
		const last = docs.find((d) => d.id === order[SECTION_PAGE_SIZE - 1])!;
		const pager = sectionPager(docs, last, 'de', ['de', 'en'], 'Leitlinien')!;
		expect(pager.previous?.id).toBe(order[SECTION_PAGE_SIZE - 2]);
		expect(pager.next?.id).toBe(order[SECTION_PAGE_SIZE]);
	});

	it('pages the review dashboard in urgency order, all rows once', () => {
		const rows = siteDashboardRows(site, 'de');
		const pages = reviewPages(site, 'de');
		expect(pages).toHaveLength(Math.ceil(rows.length / REVIEW_PAGE_SIZE));
		expect(pages.length).toBeGreaterThan(1);
		expect(pages.flatMap((p) => p.items)).toEqual(rows);
		expect(pages.every((p) => p.items.length <= REVIEW_PAGE_SIZE)).toBe(true);
		expect(pages[1]!.offset).toBe(REVIEW_PAGE_SIZE);
		expect(pages.at(-1)!.href).toBe(`/de/review/page/${pages.length}/`);
	});
});
