/**
 * Search in a real browser (Debian's Chromium via playwright-core) against
 * the built example site served from 127.0.0.1: Ctrl+K opens the dialog, a
 * known word finds the expected document with its type badge, the type
 * filter narrows the results, and nothing is requested from any other host.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { DOC_TYPES, DOC_TYPE_NAMES } from '../../schemas/index.ts';
import { resolveContentDir } from '../../src/lib/content-dir.ts';
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
	lang: 'de' | 'en';
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
		expect(await hit.first().locator('a').getAttribute('href')).toBe(expected.url);

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
		await page.waitForURL(`${server.origin}${expected.url}`);
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
