/**
 * Search filters in a real browser against the built example handbook: the
 * legal-area and type filters narrow the results to exactly what Pagefind's
 * index holds for them, the language filter switches to (or adds) the other
 * language's index, filters alone list matching documents, and the search UI
 * loads only when search is first opened — with nothing from other hosts.
 * Expected counts come from the same index searched in Node.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { validate } from '../../src/lib/validate.ts';
import { t } from '../../src/i18n/index.ts';
import { DOC_TYPE_NAMES } from '../../schemas/index.ts';
import { facetLabel } from '../../src/lib/site/chrome/facets.ts';
import { BUILT_IN } from '../../src/lib/domain/vocabulary/index.ts';
import { loadPagefind, type NodePagefind } from '../helpers/pagefind-node.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium, watchForeignRequests } from '../helpers/chromium.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;
let de: NodePagefind;
let en: NodePagefind;
let titles: { de: string[]; en: string[] } = { de: [], en: [] };

function words(title: string): string[] {
	return title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5);
}

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
	const result = await validate(resolveContentDir().abs);
	for (const doc of result.handbook.docs) {
		if (!doc.data || doc.data.status === 'draft') continue;
		titles[doc.data.language].push(doc.data.title);
	}
	de = await loadPagefind(siteDir, 'de');
	en = await loadPagefind(siteDir, 'en');
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** A German title word whose results span two types, and a legal area that narrows them. */
async function chooseNarrowing(): Promise<{ query: string; legal: string; type: string }> {
	for (const query of [...new Set(titles.de.flatMap(words))]) {
		const all = await de.search(query);
		if (new Set(all.map((r) => r.meta['type'])).size < 2) continue;
		for (const legal of new Set(all.flatMap((r) => r.filters['legal'] ?? []))) {
			const narrowed = await de.search(query, { legal });
			const types = new Set(narrowed.map((r) => r.meta['type']!));
			if (narrowed.length === 0 || narrowed.length === all.length || types.size < 2) continue;
			for (const type of types) {
				const both = await de.search(query, { legal, type });
				if (both.length > 0 && both.length < narrowed.length) return { query, legal, type };
			}
		}
	}
	throw new Error('no title word with results a legal area and a type narrow step by step');
}

/** English title words that both indexes find, with their result counts. */
async function bilingualWords(): Promise<{ query: string; german: number; english: number }[]> {
	const out = [];
	for (const query of [...new Set(titles.en.flatMap(words))]) {
		const [german, english] = [(await de.search(query)).length, (await en.search(query)).length];
		if (german > 0 && english > 0) out.push({ query, german, english });
	}
	if (out.length === 0) throw new Error('no word found in both languages');
	return out;
}

const status = (page: Page) => page.locator('.search-status').textContent();
const counted = (n: number) => t('de', 'search.resultCount', { count: n });

async function openSearch(page: Page): Promise<void> {
	await page.keyboard.press('Control+K');
	await expect
		.poll(() => page.locator('#search-dialog').evaluate((d: HTMLDialogElement) => d.open))
		.toBe(true);
	// The search UI module loads on first open.
	await page.waitForFunction(() => customElements.get('kodex-search') !== undefined);
}

describe('search filters', () => {
	it('narrows results by legal area and type, exactly as the index says', async () => {
		const { query, legal, type } = await chooseNarrowing();
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const foreign = watchForeignRequests(page, server.origin);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${server.origin}/de/`);
		await openSearch(page);
		// Wide screens show the filter panel open.
		expect(await page.locator('.search-filters').getAttribute('open')).not.toBeNull();
		await page.locator('#search-input').fill(query);
		await expect
			.poll(() => status(page), { timeout: 15_000 })
			.toBe(counted((await de.search(query)).length));

		await page.selectOption('#search-legal', { label: legal });
		const byLegal = await de.search(query, { legal });
		await expect.poll(() => status(page)).toBe(counted(byLegal.length));
		expect(await page.locator('.search-filters-label').textContent()).toBe(
			t('de', 'search.filtersActive', { count: 1 }),
		);

		await page.selectOption('#search-type', { label: type });
		const both = await de.search(query, { legal, type });
		await expect.poll(() => status(page)).toBe(counted(both.length));
		const badges = await page.locator('.search-result .badge-type').allTextContents();
		expect(new Set(badges)).toEqual(new Set([type]));
		const shown = await page
			.locator('.search-result-title')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(shown.sort()).toEqual(
			both
				.slice(0, 12)
				.map((r) => r.url)
				.sort(),
		);

		await page.locator('[data-search-reset]').click();
		await expect.poll(() => status(page)).toBe(counted((await de.search(query)).length));
		expect(await page.locator('.search-filters-label').textContent()).toBe(
			t('de', 'search.filters'),
		);

		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('lists every document of a type with a filter and no search term', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.origin}/de/`);
		await openSearch(page);
		const label = facetLabel('type', 'checklist', 'de', BUILT_IN);
		await page.selectOption('#search-type', { label });
		const expected = await de.search(null, { type: label });
		expect(expected.length).toBeGreaterThan(1);
		await expect.poll(() => status(page), { timeout: 15_000 }).toBe(counted(expected.length));
		await page.close();
	});

	it('searches the other language’s index, or both, through the language filter', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const foreign = watchForeignRequests(page, server.origin);
		await page.goto(`${server.origin}/de/`);
		await openSearch(page);
		const language = page.locator('#search-language');
		const settled = () =>
			page.evaluate(() => document.querySelector('kodex-search')?.getAttribute('data-state'));
		// Pagefind searches a merged index with the page's (German) stemmer: a merged
		// instance shares the primary's wasm. So take a word whose English results do
		// not depend on the stemmer — the count the English index gives on its own.
		let chosen: { query: string; german: number; english: number } | undefined;
		for (const candidate of (await bilingualWords()).slice(0, 12)) {
			await language.selectOption({ label: t('de', 'language.de') });
			await page.locator('#search-input').fill(candidate.query);
			await expect.poll(() => status(page), { timeout: 15_000 }).toBe(counted(candidate.german));
			expect(await page.locator('.search-result[lang]').count()).toBe(0);
			await language.selectOption({ label: t('de', 'language.en') });
			await expect
				.poll(
					async () =>
						(await settled()) === 'done' &&
						(await page.locator('.search-result:not([lang="en"])').count()) === 0,
					{ timeout: 15_000 },
				)
				.toBe(true);
			if ((await status(page)) === counted(candidate.english)) {
				chosen = candidate;
				break;
			}
		}
		expect(
			chosen,
			'an English word the merged index finds as the English index does',
		).toBeDefined();
		const { german, english } = chosen!;
		const results = page.locator('.search-result');
		expect(await results.count()).toBe(Math.min(english, 12));
		expect(await page.locator('.search-result[lang="en"]').count()).toBe(Math.min(english, 12));
		// The badges speak the page's language: "Englisch", and the German type labels.
		expect(new Set(await page.locator('.search-result .badge-lang').allTextContents())).toEqual(
			new Set([t('de', 'language.en')]),
		);
		const germanTypes = new Set(DOC_TYPE_NAMES.map((type) => t('de', `docType.${type}`)));
		for (const label of await page.locator('.search-result .badge-type').allTextContents())
			expect(germanTypes).toContain(label);
		expect(await page.locator('.search-result[lang="en"] .badge[lang="de"]').count()).toBe(
			2 * Math.min(english, 12),
		);

		await page.selectOption('#search-language', { label: t('de', 'search.any.language') });
		await expect.poll(() => status(page)).toBe(counted(german + english));
		// The English index was loaded from this site.
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('folds the filter panel on phones', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${server.origin}/de/`);
		await openSearch(page);
		await expect.poll(() => page.locator('#search-input').isVisible()).toBe(true);
		expect(await page.locator('.search-filters').getAttribute('open')).toBeNull();
		expect(await page.locator('#search-legal').isVisible()).toBe(false);
		await page.locator('.search-filters summary').click();
		expect(await page.locator('#search-legal').isVisible()).toBe(true);
		await page.close();
	});
});

describe('loading on demand', () => {
	it('loads at most 5 KB of JavaScript before search opens, and the search UI only when used', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const scripts: { url: string; bytes: number }[] = [];
		page.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			scripts.push({ url: response.url(), bytes: gzipSync(body).length });
		});
		for (const path of ['/de/', '/de/review/', '/de/guidelines/']) {
			scripts.length = 0;
			await page.goto(`${server.origin}${path}`);
			await page.waitForLoadState('networkidle');
			const html = await page.content();
			const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
				.map((m) => gzipSync(m[1]!).length)
				.reduce((a, b) => a + b, 0);
			const external = scripts.reduce((a, s) => a + s.bytes, 0);
			expect(inline + external, `${path}: ${JSON.stringify(scripts)}`).toBeLessThanOrEqual(
				5 * 1024,
			);
			expect(
				scripts.filter((s) => /search-ui|pagefind/.test(s.url)),
				path,
			).toEqual([]);
		}
		scripts.length = 0;
		await openSearch(page);
		await page.locator('#search-input').fill('Social');
		await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
		expect(scripts.some((s) => s.url.includes('search-ui'))).toBe(true);
		expect(scripts.some((s) => s.url.endsWith('/pagefind/pagefind.js'))).toBe(true);
		await page.close();
	});
});
