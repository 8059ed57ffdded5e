/**
 * The page built from a document full of attempted payloads
 * (tests/helpers/payload-site.ts), in a real browser: hovering, focusing,
 * clicking and opening everything on it opens no dialog, throws no script
 * error and sends no request to another host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, watchForeignRequests } from '../helpers/chromium.ts';
import { buildPayloadSite, PAYLOAD_PAGE } from '../helpers/payload-site.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await startStaticServer(await buildPayloadSite());
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('a page built from payloads', () => {
	it('opens no dialog and requests nothing from another host, whatever the reader does', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const foreign = watchForeignRequests(page, server.origin);
		const dialogs: string[] = [];
		const errors: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		page.on('pageerror', (e) => errors.push(e.message));
		const response = await page.goto(`${server.origin}${PAYLOAD_PAGE}`, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(await page.locator('main').innerText()).toContain('Payloadprobe');
		const body = page.locator('main');
		for (const el of await body.locator('kbd, abbr, summary, a, img, details, .callout').all()) {
			// Heading anchors and folded contents are not hoverable until shown: don't wait for them.
			if (!(await el.isVisible())) continue;
			await el.hover({ timeout: 2000 }).catch(() => undefined);
			await el.focus({ timeout: 2000 }).catch(() => undefined);
		}
		for (const summary of await body.locator('summary').all())
			if (await summary.isVisible()) await summary.click();
		for (const link of await body.locator('a[href]').all()) {
			const href = (await link.getAttribute('href')) ?? '';
			expect(href).not.toMatch(/^\s*(javascript|vbscript|data):/i);
		}
		await page.waitForTimeout(300);
		expect(dialogs).toEqual([]);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
