/**
 * Reflow (WCAG 1.4.10): every page of the example handbook fits a 320 px wide screen
 * without sideways scrolling. Wide tables may scroll inside their own labelled region
 * (`.table-wrap`), never the page. Catches long German compounds, role names, mailboxes,
 * links in template texts and form fields that push a page wider than the phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtPages, documentPages } from '../helpers/built-pages.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const WIDTH = 320;
const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe(`every page at ${WIDTH} px`, () => {
	it('scrolls only vertically', async () => {
		const pages = builtPages(siteDir);
		expect(pages.length).toBeGreaterThan(50);
		const page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
		const wide: string[] = [];
		for (const address of pages) {
			await page.goto(`${server.origin}${address}`);
			const overflow = await page.evaluate((width) => {
				if (document.documentElement.scrollWidth <= width) return undefined;
				// Name the outermost elements that stick out, for a useful failure message.
				const out = [...document.querySelectorAll('main *, header *')].filter((el) => {
					const box = el.getBoundingClientRect();
					return box.width > 0 && box.right > width + 1 && !el.closest('.table-wrap');
				});
				const outer = out.filter((el) => !out.some((o) => o !== el && o.contains(el)));
				return outer
					.slice(0, 3)
					.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
					.join(', ');
			}, WIDTH);
			if (overflow !== undefined) wide.push(`${address}: ${overflow}`);
		}
		await page.close();
		expect(wide).toEqual([]);
	});

	it('breaks no one-word label of the document facts inside the word', async () => {
		const pages = documentPages(siteDir);
		expect(pages.length).toBeGreaterThan(20);
		const page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
		const broken: string[] = [];
		let labels = 0;
		for (const address of pages) {
			await page.goto(`${server.origin}${address}`);
			const found = await page.evaluate(() => {
				const dts = [...document.querySelectorAll<HTMLElement>('.meta-grid dt')].filter(
					(dt) => dt.offsetParent !== null && !/\s/.test(dt.textContent!.trim()),
				);
				const lines = (el: HTMLElement) => {
					const range = document.createRange();
					range.selectNodeContents(el);
					return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
				};
				return {
					count: dts.length,
					broken: dts.filter((dt) => lines(dt) > 1).map((dt) => dt.textContent!.trim()),
				};
			});
			labels += found.count;
			broken.push(...found.broken.map((label) => `${address}: ${label}`));
		}
		await page.close();
		expect(labels).toBeGreaterThan(20);
		expect(broken).toEqual([]);
	});
});
