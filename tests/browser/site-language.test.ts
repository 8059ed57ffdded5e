/**
 * The site's language outside documents, in Chromium on the example build:
 * the root address opens the reader's preferred language (and the default one
 * without JavaScript, with the other languages linked), and unknown pages answer
 * with the not-found page of the language folder they were asked under.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { t } from '../../src/i18n/index.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium, watchCsp, watchForeignRequests } from '../helpers/chromium.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await startStaticServer(inject('siteDir'));
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the root address', () => {
	async function landing(locale: string, javaScriptEnabled = true) {
		const context = await browser.newContext({ locale, javaScriptEnabled });
		const page = await context.newPage();
		const foreign = watchForeignRequests(page, server.origin);
		const problems = await watchCsp(page);
		await page.goto(`${server.origin}/`);
		await page.waitForURL(/\/(de|en)\/$/);
		const result = {
			path: new URL(page.url()).pathname,
			lang: await page.locator('html').getAttribute('lang'),
			foreign,
			csp: await problems(),
		};
		return { result, context, page };
	}

	it('opens English for a reader whose browser prefers English', async () => {
		const { result, context } = await landing('en-US');
		expect(result.path).toBe('/en/');
		expect(result.lang).toBe('en');
		expect(result.foreign).toEqual([]);
		expect(result.csp).toEqual([]);
		await context.close();
	});

	it('stays in German for a German browser, and for a language the site lacks', async () => {
		for (const locale of ['de-DE', 'fr-FR']) {
			const { result, context } = await landing(locale);
			expect(result.path, locale).toBe('/de/');
			expect(result.csp, locale).toEqual([]);
			await context.close();
		}
	});

	it('follows a remembered language choice before the browser’s languages', async () => {
		const context = await browser.newContext({ locale: 'de-DE' });
		await context.addInitScript(() => localStorage.setItem('kodex-language', 'en'));
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		await page.waitForURL(/\/en\/$/);
		expect(new URL(page.url()).pathname).toBe('/en/');
		await context.close();
	});

	it('remembers a language the reader switched to, and opens it from the root next time', async () => {
		// An English browser that switches to German: the root then opens German.
		const context = await browser.newContext({ locale: 'en-US' });
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		await page.waitForURL(/\/en\/$/);
		await page.locator('.lang-switch a[hreflang="de"]').click();
		await page.waitForURL(/\/de\/$/);
		expect(await page.evaluate(() => localStorage.getItem('kodex-language'))).toBe('de');
		await page.goto(`${server.origin}/`);
		await page.waitForURL(/\/de\/$/);
		expect(new URL(page.url()).pathname).toBe('/de/');
		await context.close();
	});

	it('opens the default language without JavaScript, with the other language one tap away', async () => {
		const { result, context, page } = await landing('en-US', false);
		expect(result.path).toBe('/de/');
		const switchLink = page.locator('.lang-switch a[hreflang="en"]');
		expect(await switchLink.isVisible()).toBe(true);
		await context.close();
	});
});

describe('not-found pages per language', () => {
	it('answers an unknown English address with the English 404 page', async () => {
		const page = await browser.newPage();
		const response = await page.goto(`${server.origin}/en/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('h1').textContent()).toBe(t('en', 'notFound.title'));
		expect(await page.locator('main a.button').getAttribute('href')).toBe('/en/');
		expect(await page.locator('main').textContent()).not.toContain(t('de', 'notFound.title'));
		await page.close();
	});

	it('answers an unknown German address with the German one', async () => {
		const page = await browser.newPage();
		const response = await page.goto(`${server.origin}/de/gibt-es-nicht/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('html').getAttribute('lang')).toBe('de');
		expect(await page.locator('h1').textContent()).toBe(t('de', 'notFound.title'));
		await page.close();
	});
});
