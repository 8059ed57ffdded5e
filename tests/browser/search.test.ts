/**
 * Search in a real browser (Debian's Chromium via playwright-core) against
 * the built example site served from 127.0.0.1: Ctrl+K opens the dialog, a
 * known word finds the expected document with its type badge, the type
 * filter narrows the results, the keyboard moves through the results (arrow
 * keys, Home/End, Enter, Escape), and nothing is requested from any other host.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { DOC_TYPES, DOC_TYPE_NAMES } from '../../schemas/index.ts';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { validate } from '../../src/lib/validate.ts';
import { t } from '../../src/i18n/index.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
];

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;

interface Expectation {
	lang: string;
	query: string;
	title: string;
	typeLabel: string;
	url: string;
}

let expected: Expectation;

function words(title: string): string[] {
	return title
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length >= 5)
		.sort((a, b) => b.length - a.length);
}

/**
 * Picks, from the example handbook itself, a word of a document title that
 * finds that document and documents of at least one other type — so the
 * type filter has something to narrow.
 */
async function chooseExpectation(): Promise<Expectation> {
	const result = await validate(resolveContentDir().abs);
	const lang = result.handbook.config?.data?.locales.default ?? 'de';
	const docs = result.handbook.docs
		.filter((d) => d.data && d.data.status !== 'draft' && d.data.language === lang)
		.sort((a, b) => DOC_TYPE_NAMES.indexOf(b.type) - DOC_TYPE_NAMES.indexOf(a.type));
	const pf = await loadPagefind(siteDir, lang);
	for (const doc of docs) {
		const data = doc.data!;
		const url = `/${lang}/${DOC_TYPES[doc.type].folder}/${data.id}/`;
		for (const query of words(data.title)) {
			const results = (await pf.search(query)).slice(0, 12);
			const types = new Set(results.map((r) => r.meta['type']));
			if (results.some((r) => r.url === url) && types.size >= 2) {
				return { lang, query, title: data.title, typeLabel: t(lang, `docType.${doc.type}`), url };
			}
		}
	}
	throw new Error('No title word in the example handbook finds documents of two types');
}

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	expected = await chooseExpectation();
	server = await startStaticServer(siteDir);
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('search dialog', () => {
	it('finds a document by a known word, shows its type badge and filters by type', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		const errors: string[] = [];
		page.on('pageerror', (err) => errors.push(err.message));

		await page.goto(`${server.origin}/${expected.lang}/`);
		await page.waitForLoadState('networkidle');
		expect(requested.filter((u) => u.includes('/pagefind/') || u.includes('search-ui'))).toEqual(
			[],
		);

		await page.keyboard.press('Control+K');
		const dialog = page.locator('#search-dialog');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');

		await page.keyboard.type(expected.query);
		const hit = page.locator('.search-result', {
			has: page.locator('a.search-result-title', { hasText: expected.title }),
		});
		await hit.first().waitFor({ timeout: 15_000 });
		expect(await hit.first().locator('.badge-type').textContent()).toBe(expected.typeLabel);
		// The link leads to the page (to its best-matching section, with the search words to mark).
		const href = (await hit.first().locator('a').getAttribute('href'))!;
		expect(new URL(href, server.origin).pathname).toBe(expected.url);

		const badges = () => page.locator('.search-result .badge-type').allTextContents();
		const before = await badges();
		expect(new Set(before).size).toBeGreaterThanOrEqual(2);

		await page.selectOption('#search-type', expected.typeLabel);
		await expect
			.poll(async () => {
				const after = await badges();
				return (
					after.length > 0 &&
					after.length < before.length &&
					after.every((b) => b === expected.typeLabel)
				);
			})
			.toBe(true);
		await expect.poll(() => hit.count()).toBeGreaterThan(0);

		// Following the result opens the document.
		await hit.first().locator('a').click();
		await page.waitForURL((url) => url.pathname === expected.url);
		expect(await page.locator('h1').first().textContent()).toBe(expected.title);

		expect(errors).toEqual([]);
		const foreign = requested.filter((u) => {
			const url = new URL(u);
			return !['data:', 'blob:', 'about:'].includes(url.protocol) && url.hostname !== '127.0.0.1';
		});
		expect(foreign).toEqual([]);
		expect(requested.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
		await context.close();
	});

	it('moves through the results with the arrow keys and opens one with Enter', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const errors: string[] = [];
		page.on('pageerror', (err) => errors.push(err.message));
		await page.goto(`${server.origin}/${expected.lang}/`);
		await page.keyboard.press('Control+K');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
		await page.keyboard.type(expected.query);
		const links = page.locator('#search-results a.search-result-link');
		await links.nth(1).waitFor({ timeout: 15_000 });
		const count = await links.count();
		/** -1: the search field; 0 … n-1: the result link that has focus. */
		const focused = () =>
			page.evaluate(() => {
				const active = document.activeElement;
				if (active?.id === 'search-input') return -1;
				return [...document.querySelectorAll('#search-results a.search-result-link')].indexOf(
					active as Element,
				);
			});
		const press = async (key: string, position: number) => {
			await page.keyboard.press(key);
			expect(await focused(), key).toBe(position);
		};
		await press('ArrowDown', 0);
		await press('ArrowDown', 1);
		await press('ArrowUp', 0);
		await press('ArrowUp', -1);
		await press('ArrowUp', -1);
		await press('ArrowDown', 0);
		await press('End', count - 1);
		await press('ArrowDown', count - 1);
		await press('Home', 0);
		// The focused result stands out, not only by the focus ring.
		const highlighted = await page
			.locator('.search-result')
			.first()
			.evaluate((li) => getComputedStyle(li).backgroundColor);
		const plain = await page
			.locator('.search-result')
			.nth(1)
			.evaluate((li) => getComputedStyle(li).backgroundColor);
		expect(highlighted).not.toBe(plain);
		// Typing on a result goes back to the search field.
		await page.keyboard.press('s');
		expect(await focused()).toBe(-1);
		expect(await page.inputValue('#search-input')).toBe(`${expected.query}s`);
		await page.keyboard.press('Backspace');
		await links.nth(1).waitFor({ timeout: 15_000 });
		// Enter follows the focused result.
		await press('ArrowDown', 0);
		await press('ArrowDown', 1);
		const second = (await links.nth(1).getAttribute('href'))!;
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.href === new URL(second, server.origin).href);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('opens the first result with Enter in the search field, once its results are in', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${server.origin}/${expected.lang}/`);
		await page.keyboard.press('Control+K');
		const input = page.locator('#search-input');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
		await page.keyboard.type(expected.query);
		const first = page.locator('#search-results a.search-result-link').first();
		await first.waitFor({ timeout: 15_000 });
		const href = (await first.getAttribute('href'))!;
		// Typed again and Enter at once: it waits for this search, then opens its first result.
		await input.fill('');
		await input.pressSequentially(expected.query);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.href === new URL(href, server.origin).href);
		await page.close();
	});

	it('closes with one Escape, also with a search term typed, and returns focus', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.origin}/${expected.lang}/`);
		await page.locator('.site-header [data-search-open]').click();
		const dialog = page.locator('#search-dialog');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
		await page.keyboard.type(expected.query);
		await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		expect(
			await page.evaluate(() => document.activeElement?.classList.contains('search-button')),
		).toBe(true);
		// Opened again: the field has focus, and Escape closes at once.
		await page.keyboard.press('Control+K');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
		expect(await page.inputValue('#search-input')).toBe(expected.query);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		await page.close();
	});

	it('opens from the header button, closes with Escape and returns focus', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.origin}/${expected.lang}/`);
		const button = page.locator('.site-header [data-search-open]');
		await button.click();
		const dialog = page.locator('#search-dialog');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		expect(
			await page.evaluate(() => document.activeElement?.classList.contains('search-button')),
		).toBe(true);
		await page.close();
	});
});
