/**
 * Search that leads to the answer, in Chromium against the built example site:
 * a result links to the matching section (a Pagefind sub-result), following it
 * lands on that section with the search word marked; the result list stays
 * compact on a phone (at least four results on a 360 × 740 screen); the open
 * dialog and the marked page have no axe violations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DOC_TYPES } from '../../schemas/index.ts';
import { axeViolations } from '../helpers/axe.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;

interface SectionCase {
	lang: string;
	/** The page the result leads to, e.g. `/de/checklists/urheberrecht/`. */
	page: string;
	/** The id of the section heading it should land on. */
	id: string;
	query: string;
}

let section: SectionCase;

/** Words of a heading, longest first. */
function words(text: string): string[] {
	return text
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length >= 5)
		.sort((a, b) => b.length - a.length);
}

/**
 * From the built site: a checklist group heading (below the first screen) and one of
 * its words that Pagefind matches in that section — so the test does not depend on
 * the example's wording.
 */
async function chooseSection(): Promise<SectionCase> {
	const lang = 'de';
	const pf = await loadPagefind(siteDir, lang);
	const folder = DOC_TYPES.checklist.folder;
	const html = readFileSync(path.join(siteDir, lang, folder, 'urheberrecht', 'index.html'), 'utf8');
	const headings = [
		...html.matchAll(/<h3 id="([^"]+)">([^<]+?)\s*(?:<a class="heading-anchor"|<\/h3>)/g),
	].reverse();
	const page = `/${lang}/${folder}/urheberrecht/`;
	for (const [, id, title] of headings) {
		for (const query of words(title!)) {
			const result = (await pf.search(query)).find((r) => r.url === page);
			if (result?.sub_results?.some((s) => s.url.endsWith(`#${id}`)))
				return { lang, page, id: id!, query };
		}
	}
	throw new Error('No checklist group heading word finds its own section');
}

async function openSearch(page: Page, query: string): Promise<void> {
	await page.keyboard.press('Control+K');
	await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
	await page.locator('#search-input').fill(query);
	await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
}

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
	section = await chooseSection();
	server = await startStaticServer(siteDir);
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('deep links from search results', () => {
	it('lands on the matching section with the search word marked', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const errors: string[] = [];
		page.on('pageerror', (err) => errors.push(err.message));
		await page.goto(`${server.origin}/${section.lang}/`);
		await openSearch(page, section.query);
		const link = page
			.locator('a.search-result-link')
			.filter({ has: page.locator('.search-result-section') })
			.and(page.locator(`a[href*="${section.page}"]`));
		await link.first().waitFor({ timeout: 15_000 });
		const href = new URL((await link.first().getAttribute('href'))!, server.origin);
		expect(href.pathname).toBe(section.page);
		expect(href.hash).toBe(`#${section.id}`);
		expect(href.searchParams.getAll('pagefind-highlight')).toEqual([section.query.toLowerCase()]);

		await link.first().click();
		await page.waitForURL((url) => url.pathname === section.page && url.hash === `#${section.id}`);
		await expect
			.poll(() => page.evaluate(() => document.documentElement.dataset['searchHits']))
			.toBeDefined();
		// The page scrolls smoothly where the reader allows motion: wait until it has arrived.
		const measure = () =>
			page.evaluate((id) => {
				const heading = document.getElementById(id)!;
				const marks = [...document.querySelectorAll('mark.search-hit')];
				const inView = (el: Element) => {
					const box = el.getBoundingClientRect();
					return box.bottom > 0 && box.top < innerHeight;
				};
				const inSection = marks.filter(
					(m) =>
						heading.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING &&
						m.closest('section') === heading.closest('section'),
				);
				return {
					marks: marks.length,
					inSection: inSection.length,
					markInView: inSection.some(inView),
					sectionInView: inView(heading.closest('section') ?? heading),
					scrolled: scrollY,
					text: marks[0]?.textContent ?? '',
				};
			}, section.id);
		await expect.poll(async () => (await measure()).markInView, { timeout: 5_000 }).toBe(true);
		const state = await measure();
		expect(state.marks).toBeGreaterThan(0);
		expect(state.inSection).toBeGreaterThan(0);
		expect(state.markInView).toBe(true);
		expect(state.sectionInView).toBe(true);
		// The section is below the first screen: the browser really scrolled to it.
		expect(state.scrolled).toBeGreaterThan(0);
		expect(state.text.toLowerCase().startsWith(section.query.toLowerCase())).toBe(true);
		// The marks stand out from the text.
		const background = await page
			.locator('mark.search-hit')
			.first()
			.evaluate((m) => getComputedStyle(m).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
		expect(await axeViolations(page, `${section.page} with marks`)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('marks nothing and keeps the page as it is without search words in the address', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.origin}${section.page}#${section.id}`);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('mark.search-hit').count()).toBe(0);
		await page.close();
	});
});

describe('the result list on a phone', () => {
	it('shows at least four results on a 360 × 740 screen, and the keyboard still moves through them', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${server.origin}/${section.lang}/`);
		// A word many pages share, so the list is longer than the screen.
		await openSearch(page, 'Beitrag');
		const results = page.locator('.search-result');
		await expect.poll(() => results.count()).toBeGreaterThanOrEqual(6);
		const visible = await results.evaluateAll(
			(items) =>
				items.filter((li) => {
					const box = li.getBoundingClientRect();
					return box.top >= 0 && box.bottom <= innerHeight;
				}).length,
		);
		expect(visible).toBeGreaterThanOrEqual(4);
		// No horizontal scrolling inside the dialog.
		expect(
			await page
				.locator('#search-dialog')
				.evaluate((d) => d.scrollWidth <= d.clientWidth && d.getBoundingClientRect().right <= 360),
		).toBe(true);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(
			await page.evaluate(() =>
				[...document.querySelectorAll('#search-results a.search-result-link')].indexOf(
					document.activeElement as Element,
				),
			),
		).toBe(1);
		expect(
			await axeViolations(page, 'search dialog at 360 px', { include: '#search-dialog' }),
		).toEqual([]);
		await page.close();
	});
});
