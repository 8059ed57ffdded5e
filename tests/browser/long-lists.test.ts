/**
 * The paged review dashboard in a real browser (a generated handbook of 300
 * documents, tests/helpers/long-lists-site.ts): on a later page the filters work
 * on that page's rows, and the filtered CSV holds exactly those rows (copied
 * from the complete CSV at the page's offset); the pager leads on without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { t } from '../../src/i18n/index.ts';
import { buildLongListsSite } from '../helpers/long-lists-site.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await startStaticServer(await buildLongListsSite());
	browser = await launchChromium();
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('paged review dashboard', () => {
	it('filters the rows of page 2 and downloads exactly those from the complete CSV', async () => {
		const context = await browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${server.origin}/de/review/page/2/`);
		const all = await page.locator('tbody tr').count();
		expect(all).toBeGreaterThan(0);
		await page.selectOption('#review-type', 'checklist');
		const shown = await page.locator('tbody tr:not([hidden]) th a').allTextContents();
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThan(all);
		expect(await page.locator('[data-review-shown]').textContent()).toBe(
			t('de', 'review.shown', { shown: shown.length, total: all }),
		);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('a[download]').click(),
		]);
		const lines = readFileSync((await download.path())!, 'utf8')
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines.slice(1).map((line) => line.split(';')[2])).toEqual(shown);
		await context.close();
	});

	it('leads to the next page and back with the pager, without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.origin}/en/review/`);
		await page.locator('#list-pager a[rel="next"]').click();
		await page.waitForURL(`${server.origin}/en/review/page/2/`);
		expect(await page.locator('#list-pager a[aria-current="page"]').textContent()).toBe('2');
		await page.locator('#list-pager a[rel="prev"]').click();
		await page.waitForURL(`${server.origin}/en/review/`);
		await context.close();
	});
});
