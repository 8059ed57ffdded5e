/**
 * The review dashboard in a real browser, on the overdue fixture (built with
 * KODEX_TODAY pinned so that one approved document is 26 days overdue):
 * the overdue row stands out, headers sort (with aria-sort), filters narrow
 * the rows and live in the address, the CSV downloads with every row, and
 * without JavaScript the page is the plain full table. Nothing is requested
 * from another host.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { t, tn } from '../../src/i18n/index.ts';
import { buildOverdueSite } from '../helpers/fixture-site.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium, watchForeignRequests } from '../helpers/chromium.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await startStaticServer(await buildOverdueSite());
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const visibleRows = (page: Page) =>
	page
		.locator('tbody tr:not([hidden])')
		.evaluateAll((rows) => rows.map((r) => r.id.replace('review-', '')));

const columnValues = (page: Page, index: number) =>
	page
		.locator('tbody tr:not([hidden])')
		.evaluateAll(
			(rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i]!.dataset['sort'] ?? ''),
			index,
		);

const header = (page: Page, column: string) => page.locator(`thead th[data-column="${column}"]`);

describe('review dashboard', () => {
	it('shows the overdue document as overdue, not by colour alone', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const foreign = watchForeignRequests(page, server.origin);
		await page.goto(`${server.origin}/de/review/`);
		const row = page.locator('#review-urheberrecht');
		expect(await row.locator('.badge.state-overdue').textContent()).toContain(
			t('de', 'reviewState.overdue'),
		);
		expect(await row.locator('.state-icon').count()).toBe(1);
		expect(await row.locator('.review-days strong').textContent()).toBe(
			tn('de', 'review.overdueBy', 26),
		);
		// First in the default (urgency) order, with a visible bar besides the colour.
		expect((await visibleRows(page))[0]).toBe('urheberrecht');
		const bar = await row.locator('th').evaluate((th) => getComputedStyle(th).boxShadow);
		expect(bar).toContain('inset');
		expect(await page.locator('.notice-overdue').textContent()).toContain(
			tn('de', 'review.overdueNotice', 1),
		);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('sorts by a column on click, ascending then descending, empty values last', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.origin}/de/review/`);
		const days = header(page, 'daysLeft');
		const index = await days.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
		await days.locator('button').click();
		expect(await days.getAttribute('aria-sort')).toBe('ascending');
		expect(await header(page, 'state').getAttribute('aria-sort')).toBeNull();
		const ascending = await columnValues(page, index);
		const numbers = ascending.filter((v) => v !== '').map(Number);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		expect(numbers[0]).toBe(-26);
		expect(ascending.slice(numbers.length).every((v) => v === '')).toBe(true);

		await days.locator('button').click();
		expect(await days.getAttribute('aria-sort')).toBe('descending');
		const descending = (await columnValues(page, index)).filter((v) => v !== '').map(Number);
		expect(descending).toEqual([...numbers].reverse());
		expect(await page.locator('caption').textContent()).toContain(t('de', 'review.descending'));

		const title = header(page, 'title');
		await title.locator('button').click();
		const titles = await columnValues(page, 0);
		expect(titles).toEqual(
			[...titles].sort((a, b) => a.localeCompare(b, 'de', { numeric: true, sensitivity: 'base' })),
		);
		// Keyboard: the sort buttons are real buttons.
		await header(page, 'reviewBy').locator('button').focus();
		await page.keyboard.press('Enter');
		expect(await header(page, 'reviewBy').getAttribute('aria-sort')).toBe('ascending');
		await page.close();
	});

	it('filters by type, status, owner and overdue only, and keeps the filters in the address', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.origin}/de/review/`);
		const all = await visibleRows(page);
		expect(all.length).toBe(12);

		await page.locator('#review-overdue').check();
		expect(await visibleRows(page)).toEqual(['urheberrecht']);
		expect(new URL(page.url()).search).toBe('?overdue=1');
		expect(await page.locator('[data-review-shown]').textContent()).toBe(
			t('de', 'review.shown', { shown: 1, total: 12 }),
		);

		await page.locator('[data-review-reset]').click();
		expect(await visibleRows(page)).toHaveLength(12);
		expect(new URL(page.url()).search).toBe('');

		await page.selectOption('#review-type', 'checklist');
		const checklists = await visibleRows(page);
		expect(checklists.length).toBe(4);
		await page.selectOption('#review-state', 'current');
		expect((await visibleRows(page)).length).toBe(3);
		await page.selectOption('#review-owner', 'social-media-manager');
		expect(await visibleRows(page)).toEqual([]);
		expect(await page.locator('[data-review-empty]').isVisible()).toBe(true);

		// A link with a filter (from the home page's summary) opens the filtered view.
		await page.goto(`${server.origin}/de/review/?state=in-review`);
		expect(await visibleRows(page)).toEqual(['reichweite']);
		expect(await page.locator('#review-state').inputValue()).toBe('in-review');
		await page.close();
	});

	it('downloads the CSV with one line per document', async () => {
		const context = await browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${server.origin}/de/review/`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('a[download]').click(),
		]);
		expect(download.suggestedFilename()).toBe('testfirma-fristen-gmbh-pruefung-2027-01-10.csv');
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(1 + 12);
		expect(lines.find((l) => l.startsWith('Checkliste;urheberrecht;'))).toContain(';Überfällig;');
		await context.close();
	});

	it('downloads only the rows a filter shows, in the order shown, under the same dated name', async () => {
		const context = await browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		const foreign = watchForeignRequests(page, server.origin);
		await page.goto(`${server.origin}/de/review/`);
		await page.selectOption('#review-type', 'checklist');
		await header(page, 'title').locator('button').click();
		const shown = await visibleRows(page);
		expect(shown.length).toBe(4);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('a[data-review-csv]').click(),
		]);
		expect(download.suggestedFilename()).toBe('testfirma-fristen-gmbh-pruefung-2027-01-10.csv');
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [heading, ...lines] = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
		expect(heading).toMatch(/^Typ;ID;/);
		// One line per shown row, in the table's (sorted) order, each the checklist's own line.
		expect(lines.map((l) => l.split(';')[1])).toEqual(shown);
		expect(lines.every((l) => l.startsWith('Checkliste;'))).toBe(true);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('scrolls the table, not the page, on a phone (reflow)', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		for (const path of ['/de/review/', '/de/']) {
			await page.goto(`${server.origin}${path}`);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, path).toBeLessThanOrEqual(360);
		}
		const wrap = page.locator('.review-wrap');
		await page.goto(`${server.origin}/de/review/`);
		expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		expect(await wrap.getAttribute('tabindex')).toBe('0');
		await page.close();
	});

	it("fits the example handbook's table on a 1280 px screen without sideways scrolling", async () => {
		// The example's long role names ("Leitung Unternehmenskommunikation") are the hard case.
		const example = await startStaticServer(inject('siteDir'));
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		try {
			for (const lang of ['de', 'en']) {
				await page.goto(`${example.origin}/${lang}/review/`);
				const wrap = page.locator('.review-wrap');
				const [scroll, client] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
				expect(scroll, lang).toBeLessThanOrEqual(client!);
			}
		} finally {
			await page.close();
			await example.close();
		}
	});

	it('is a plain full table without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.origin}/de/review/`);
		expect(await page.locator('tbody tr').count()).toBe(12);
		expect(await page.locator('tbody tr:visible').count()).toBe(12);
		expect(await page.locator('[data-review-filters]').isVisible()).toBe(false);
		expect(await page.locator('.sort-button').count()).toBe(0);
		expect(await page.locator('a[download]').isVisible()).toBe(true);
		await context.close();
	});
});
