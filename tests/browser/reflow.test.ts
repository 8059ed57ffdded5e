/**
 * Reflow (WCAG 1.4.10): every page of the example handbook fits a 320 px wide screen
 * without sideways scrolling. Wide tables may scroll inside their own labelled region
 * (`.table-wrap`), never the page. Catches long German compounds, role names, mailboxes,
 * links in template texts and form fields that push a page wider than the phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtPages } from '../helpers/built-pages.ts';
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
});
