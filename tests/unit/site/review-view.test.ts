/** One page of the review dashboard, from one function (review-view.ts). */
import { describe, expect, it } from 'vitest';
import { siteDashboardRows, sortValue } from '../../../src/lib/site/lists/dashboard.ts';
import { reviewCsv, reviewPage, reviewRoutes } from '../../../src/lib/site/lists/review-view.ts';
import { buildSite, FALLBACK_CONFIG } from '../../../src/lib/site/model/site.ts';
import { makeDoc } from './fixtures.ts';

const site = buildSite(
	{ ...FALLBACK_CONFIG, locales: { default: 'de', available: ['de', 'en'] } },
	[
		makeDoc('guideline', 'fotos', { reviewedOn: '2026-01-01', reviewBy: '2026-06-01' }),
		makeDoc('checklist', 'urheberrecht', { reviewedOn: '2026-05-01', reviewBy: '2027-05-01' }),
		makeDoc('team', 'team'),
	],
	'2026-11-22',
);

describe('review page', () => {
	it('has one route per language when the dashboard fits on one page', () => {
		expect(reviewRoutes(site).map((r) => [r.params.lang, r.params.page])).toEqual([
			['de', undefined],
			['en', undefined],
		]);
	});

	it('gives each row its sort values and labels, and the filters what the page holds', () => {
		const view = reviewPage(site, 'de', 1);
		expect(view.title).toBe(view.list);
		expect(view.intro).toContain('22. November 2026');
		expect(view.languages).toEqual([{ lang: 'en', href: '/en/review/', translated: true }]);
		const rows = siteDashboardRows(site, 'de');
		expect(view.rows.map((r) => r.id)).toEqual(rows.map((r) => r.id));
		const fotos = view.rows.find((r) => r.id === 'fotos')!;
		expect(fotos.typeLabel).toBe('Richtlinie');
		expect(fotos.sort.daysLeft).toBe(
			sortValue(
				rows.find((r) => r.id === 'fotos')!,
				'daysLeft',
				() => '',
			),
		);
		expect(fotos.daysLeftLabel).toMatch(/überfällig/);
		expect(view.types.map((t) => t.type)).toEqual(['guideline', 'checklist', 'team']);
		expect(view.states).toContain('overdue');
		expect(view.columns.map((c) => c.key)).toEqual([
			'title',
			'type',
			'state',
			'owner',
			'approver',
			'reviewedOn',
			'reviewBy',
			'daysLeft',
		]);
		expect(view.csvPath).toBe('/de/review/documents.csv');
		expect(view.summary.total).toBe(3);
		expect(() => reviewPage(site, 'de', 2)).toThrow(/no page 2/);
	});

	it('writes the CSV with addresses under the base, absolute when the site address is known', () => {
		expect(reviewCsv(site, 'de', '/handbuch/', undefined)).toContain(
			'/handbuch/de/guidelines/fotos/',
		);
		expect(reviewCsv(site, 'en', '/', 'https://kodex.example')).toContain(
			'https://kodex.example/en/guidelines/fotos/',
		);
	});
});
