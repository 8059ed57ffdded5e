/**
 * Glossary terms on a page of the example handbook, in a real browser
 * (WCAG 1.4.13): the explanation appears on keyboard focus and on hover,
 * stays while the pointer moves onto it, and Escape hides it without moving
 * pointer or focus. The glossary page lists the terms.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { buildGlossary } from '../../src/lib/domain/glossary.ts';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { validate } from '../../src/lib/validate.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Whether the first term's explanation is shown as a bubble (not just clipped for screen readers). */
const tipShown = (page: Page) =>
	page
		.locator('.prose .term .term-tip')
		.first()
		.evaluate((el) => el.getBoundingClientRect().width > 40);

describe('glossary terms', () => {
	it('explain themselves on focus and hover, and Escape dismisses them', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.origin}/de/guidelines/fotos-und-videos/`);
		const term = page.locator('.prose .term').first();
		expect(await term.count(), 'the example guideline marks a glossary term').toBe(1);
		expect(await tipShown(page)).toBe(false);
		await term.focus();
		expect(await tipShown(page)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await tipShown(page)).toBe(false);
		await term.evaluate((el) => (el as HTMLElement).blur());
		await term.hover();
		expect(await tipShown(page)).toBe(true);
		// Hoverable: moving onto the bubble keeps it open.
		await page.locator('.prose .term .term-tip').first().hover();
		expect(await tipShown(page)).toBe(true);
		await page.close();
	});

	it('are listed on the glossary page of each language, linked from the footer', async () => {
		const { handbook } = await validate(resolveContentDir().abs, { history: false });
		const glossary = buildGlossary(handbook.config?.data?.glossary);
		expect(glossary.entries('de').length).toBeGreaterThan(0);
		const page = await browser.newPage();
		await page.goto(`${server.origin}/de/`);
		await page.locator('.site-footer a[href$="/de/glossary/"]').click();
		await page.waitForURL(/\/de\/glossary\/$/);
		const terms = await page.locator('.glossary dt dfn').allInnerTexts();
		expect(terms).toEqual(glossary.entries('de').map((e) => e.term));
		await page.close();
	});
});
