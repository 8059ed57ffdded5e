/**
 * Accessibility of the handbook site's own pages with axe-core (WCAG 2.0–2.2
 * A/AA rules, colour contrast included): the home pages, a section index, the
 * review dashboard (with an overdue row, sorted and filtered) and the search
 * dialog open with its filters and results — in light and dark mode, at phone
 * and desktop widths. Document pages are covered by a11y.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { buildOverdueSite } from '../helpers/fixture-site.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';

const siteDir = inject('siteDir');
let example: StaticServer;
let overdue: StaticServer;
let browser: Browser;

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
	example = await startStaticServer(siteDir);
	overdue = await startStaticServer(await buildOverdueSite());
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await example?.close();
	await overdue?.close();
});

describe('accessibility of home, sections, dashboard and search (axe-core, WCAG 2.2 AA)', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const width of [360, 1280]) {
			it(`has no violations in ${colorScheme} mode at ${width} px`, async () => {
				const context = await browser.newContext({
					viewport: { width, height: 900 },
					colorScheme,
				});
				const page = await context.newPage();
				const found: string[] = [];
				for (const [server, path] of [
					[example, '/de/'],
					[example, '/en/'],
					[example, '/de/guidelines/'],
					[example, '/de/review/'],
					[overdue, '/de/'],
					[overdue, '/en/review/'],
				] as const) {
					await page.goto(server.origin + path);
					found.push(...(await axeViolations(page, path)));
				}

				// The dashboard after sorting and filtering (buttons added by the script).
				await page.goto(`${overdue.origin}/de/review/`);
				await page.locator('thead th[data-column="daysLeft"] button').click();
				await page.locator('#review-overdue').check();
				found.push(...(await axeViolations(page, 'dashboard sorted and filtered')));

				// The search dialog, open, with filters shown and results.
				await page.goto(`${example.origin}/de/`);
				await page.keyboard.press('Control+K');
				// The search UI loads on first open; it unfolds the filters where there is room.
				await page.waitForFunction(() => customElements.get('kodex-search') !== undefined);
				await page.locator('#search-input').fill('Social');
				const filters = page.locator('.search-filters');
				if ((await filters.getAttribute('open')) === null) await filters.locator('summary').click();
				await page.selectOption('#search-language', { index: 0 });
				await page.locator('.search-result[lang="en"]').first().waitFor({ timeout: 15_000 });
				found.push(...(await axeViolations(page, 'search dialog', { include: '#search-dialog' })));

				await context.close();
				expect(found).toEqual([]);
			});
		}
	}
});
