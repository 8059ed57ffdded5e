/**
 * Accessibility of the built example site: axe-core (WCAG 2.2 A/AA rules,
 * colour contrast included) on the home page, a section index, one page of
 * every document type, every translated document, a guideline with a
 * disclaimer, one fallback page per type (the original content under the other
 * language's interface), a ticked checklist and the 404 page — in light and
 * dark mode, at phone and desktop widths. axe is injected from node_modules;
 * nothing leaves 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DOC_TYPE_NAMES, DOC_TYPES } from '../../schemas/index.ts';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { validate } from '../../src/lib/validate.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { fallbackPages } from '../../src/lib/site/model/languages.ts';
import type { SiteDoc } from '../../src/lib/site/model/types.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;
const pages: string[] = [];
/** A word from a document title in the default language: something search will find. */
let firstWord = '';
/** A checklist page, checked again with answers ticked and the record filled in. */
let checklistPage = '';

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	const result = await validate(resolveContentDir().abs);
	const lang = result.handbook.config?.data?.locales.default ?? 'de';
	pages.push(`/${lang}/`, `/${lang}/${DOC_TYPES.checklist.folder}/`, '/404.html');
	for (const type of DOC_TYPE_NAMES) {
		const doc = result.handbook.docs.find(
			(d) => d.type === type && d.data && d.data.status !== 'draft',
		);
		if (doc?.data) pages.push(`/${doc.data.language}/${DOC_TYPES[type].folder}/${doc.data.id}/`);
	}
	// Reader pages beyond one per type: every document with a translation in the other
	// language, a guideline with a disclaimer to copy, and one fallback page per type.
	const published = result.handbook.docs
		.filter((d) => d.data && d.data.status !== 'draft')
		.map((d) => ({ type: d.type, id: d.data!.id, data: d.data }) as SiteDoc);
	const docUrl = (doc: SiteDoc, l = doc.data.language) =>
		`/${l}/${DOC_TYPES[doc.type].folder}/${doc.id}/`;
	for (const doc of published.filter((d) => d.data.translationOf)) pages.push(docUrl(doc));
	const withDisclaimer = published.find((d) => d.type === 'guideline' && d.data.disclaimer);
	if (withDisclaimer) pages.push(docUrl(withDisclaimer));
	const languages = [
		...new Set([lang, ...(result.handbook.config?.data?.locales.available ?? [])]),
	];
	const fallbackTypes = new Set<string>();
	for (const { doc, lang: l } of fallbackPages(published, languages)) {
		if (fallbackTypes.has(doc.type)) continue;
		fallbackTypes.add(doc.type);
		pages.push(docUrl(doc, l));
	}
	checklistPage =
		pages.find((p) => p.includes(`/${DOC_TYPES.checklist.folder}/`) && p.split('/').length > 4) ??
		'';
	const sample = result.handbook.docs.find(
		(d) => d.data && d.data.status !== 'draft' && d.data.language === lang,
	);
	firstWord = sample?.data?.title.split(/[^\p{L}]+/u).find((w) => w.length >= 5) ?? '';
	expect(firstWord).not.toBe('');
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
	it('has no violations in the open search dialog with results', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(server.origin + pages[0]!);
		await page.keyboard.press('Control+K');
		await page.locator('#search-input').fill('a');
		await page.locator('#search-input').fill(firstWord);
		await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
		const found = await axeViolations(page, 'search dialog', { include: '#search-dialog' });
		await page.close();
		expect(found).toEqual([]);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no violations on a ticked checklist and a filled-in form in ${colorScheme} mode`, async () => {
			const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
			await page.emulateMedia({ colorScheme });
			await page.goto(server.origin + checklistPage);
			const radios = page.locator('.item input[type=radio]');
			for (const [i, value] of [
				[0, 'yes'],
				[1, 'no'],
				[2, 'unsure'],
			] as const) {
				const name = await radios.nth(i * 3).getAttribute('name');
				await page.locator(`input[name="${name}"][value="${value}"]`).check();
			}
			await page.locator('#record-name').fill('Erika Muster');
			const found = await axeViolations(page, checklistPage);
			await page.evaluate(() => localStorage.clear());
			await page.close();
			expect(found).toEqual([]);
		});
	}

	for (const colorScheme of ['light', 'dark'] as const) {
		for (const width of [360, 1280]) {
			it(`has no violations in ${colorScheme} mode at ${width} px`, async () => {
				const page = await browser.newPage({ viewport: { width, height: 900 } });
				await page.emulateMedia({ colorScheme });
				const found: string[] = [];
				for (const path of pages) {
					await page.goto(server.origin + path);
					found.push(...(await axeViolations(page, path)));
				}
				await page.close();
				expect(found).toEqual([]);
			});
		}
	}
});
