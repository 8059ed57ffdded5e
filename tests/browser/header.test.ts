/**
 * The site header at phone and desktop widths in a real browser (Debian's
 * Chromium via playwright-core), in every site language: the header never
 * scrolls sideways, the company name takes at most two lines and never runs under the
 * tools, the crisis link stays visible with its label, a target of at least
 * 24 × 24 px (WCAG 2.5.8; in fact 44 px high) and its complete accessible name,
 * and the language switch and the search button stay usable.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DOC_TYPES } from '../../schemas/index.ts';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { validate } from '../../src/lib/validate.ts';
import { t } from '../../src/i18n/index.ts';
import type { Language } from '../../src/lib/site/model/types.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;
let languages: Language[] = [];
let company = '';
/** Per language: the home page, a section index and a document page. */
const pages = new Map<Language, string[]>();

const WIDTHS = [320, 360, 390, 480, 640, 768, 1280];

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const right = (b: Box) => b.x + b.width;
const overlap = (a: Box, b: Box) =>
	a.x < right(b) && b.x < right(a) && a.y < b.y + b.height && b.y < a.y + a.height;

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
	const result = await validate(resolveContentDir().abs);
	const config = result.handbook.config?.data;
	const defaultLang = config?.locales.default ?? 'de';
	languages = [...new Set([defaultLang, ...(config?.locales.available ?? [])])];
	company = config?.company.name ?? '';
	for (const lang of languages) {
		const doc = result.handbook.docs.find(
			(d) => d.data && d.data.status !== 'draft' && d.data.language === lang,
		);
		pages.set(lang, [
			`/${lang}/`,
			`/${lang}/${DOC_TYPES.checklist.folder}/`,
			...(doc?.data ? [`/${lang}/${DOC_TYPES[doc.type].folder}/${doc.data.id}/`] : []),
		]);
	}
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('site header', () => {
	it('fits phone widths: two lines of company name at most, the tools beside it', async () => {
		// Layout only: one colour scheme is enough (the a11y suite checks contrast in both).
		for (const colorScheme of ['light'] as const) {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 800 });
				for (const lang of languages) {
					for (const path of pages.get(lang)!) {
						await page.goto(server.origin + path);
						const where = `${path} at ${width}px (${colorScheme})`;
						const m = await page.evaluate(() => {
							const box = (selector: string) => {
								const r = document.querySelector(selector)?.getBoundingClientRect();
								return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : undefined;
							};
							const company = document.querySelector('.brand-company')!;
							const style = getComputedStyle(company);
							return {
								scrollWidth: document.querySelector('.site-header')!.scrollWidth,
								brand: box('.brand')!,
								company: box('.brand-company')!,
								lineHeight: parseFloat(style.lineHeight),
								tools: box('.header-tools')!,
								crisis: box('.site-header .crisis-link'),
								lang: box('.lang-switch a'),
								search: box('.site-header .search-button')!,
							};
						});
						expect(m.scrollWidth, where).toBeLessThanOrEqual(width);
						expect(m.company.height, where).toBeLessThanOrEqual(2 * m.lineHeight + 1);
						expect(m.company.width, where).toBeGreaterThan(40);
						expect(right(m.brand), where).toBeLessThanOrEqual(m.tools.x);
						expect(right(m.tools), where).toBeLessThanOrEqual(width);
						const targets = [m.crisis, m.lang, m.search].filter((b): b is Box => !!b);
						expect(m.crisis, `${where}: the crisis link`).toBeDefined();
						for (const target of targets) {
							expect(target.width, where).toBeGreaterThanOrEqual(24);
							expect(target.height, where).toBeGreaterThanOrEqual(24);
							expect(target.x, where).toBeGreaterThanOrEqual(0);
							expect(right(target), where).toBeLessThanOrEqual(width);
						}
						for (const [i, a] of targets.entries())
							for (const b of targets.slice(i + 1)) expect(overlap(a, b), where).toBe(false);
						expect(m.crisis!.height, where).toBeGreaterThanOrEqual(44);
					}
				}
			}
			await context.close();
		}
	});

	it('keeps the crisis link labelled, with its complete accessible name, at every width', async () => {
		const page = await browser.newPage();
		for (const width of [320, 360, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			for (const lang of languages) {
				await page.goto(`${server.origin}/${lang}/`);
				const header = page.locator('.site-header');
				const crisis = header.getByRole('link', {
					name: `${t(lang, 'crisis.link')} ${t(lang, 'crisis.linkHint')}`,
					exact: true,
				});
				expect(await crisis.count(), `${lang} at ${width}px`).toBe(1);
				expect(await crisis.isVisible()).toBe(true);
				// The short label stays on screen next to the icon.
				expect(await crisis.innerText()).toContain(t(lang, 'crisis.link'));
				const search = header.getByRole('button', { name: t(lang, 'search.open') });
				expect(await search.count(), `${lang} at ${width}px`).toBe(1);
				expect(await search.isVisible()).toBe(true);
				// The brand link is named by the full company name, even when it is cut short on screen.
				const brand = header.getByRole('link', { name: company });
				expect(await brand.count(), `${lang} at ${width}px`).toBe(1);
			}
		}
		await page.close();
	});
});
