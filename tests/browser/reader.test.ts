/**
 * The reader pages in a real browser (Debian's Chromium via playwright-core)
 * against the shared build of the example handbook: ticking a checklist
 * (kept across reloads, reset), copy buttons (read back from the clipboard),
 * holding statements filled in live, the language switch with its fallback
 * notice, the crisis link on every page type, the playbook's essentials on at
 * most two A4 pages — and not a single request to another host.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DOC_TYPES } from '../../schemas/index.ts';
import { today } from '../../src/lib/domain/today.ts';
import { t } from '../../src/i18n/index.ts';
import { mainCrisisPlaybook } from '../../src/lib/site/by-type/crisis.ts';
import { counterpart, fallbackPages } from '../../src/lib/site/model/languages.ts';
import type { Language, SiteDoc } from '../../src/lib/site/model/types.ts';
import { loadExample } from '../helpers/example-site.ts';
import { launchChromium, watchForeignRequests } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;
let docs: SiteDoc[] = [];
let languages: Language[] = [];
let defaultLang: Language = 'de';
const foreign: string[] = [];
const scriptErrors: string[] = [];

const url = (doc: SiteDoc, lang: Language = doc.data.language) =>
	`/${lang}/${DOC_TYPES[doc.type].folder}/${doc.id}/`;

function first<T extends SiteDoc['type']>(
	type: T,
	test: (doc: SiteDoc<T>) => boolean = () => true,
): SiteDoc<T> {
	const doc = docs.find((d) => d.type === type && test(d as SiteDoc<T>)) as SiteDoc<T> | undefined;
	expect(doc, `the example handbook needs a ${type} for this test`).toBeDefined();
	return doc!;
}

async function newPage(context?: BrowserContext): Promise<Page> {
	const page = await (context ?? browser).newPage({ viewport: { width: 1280, height: 900 } });
	foreign.push(...watchForeignRequests(page, server.origin));
	page.on('pageerror', (err) => scriptErrors.push(`${page.url()}: ${err.message}`));
	return page;
}

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	({ docs, languages, defaultLang } = await loadExample());
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('checklist ticking', () => {
	it('keeps answers across reloads, counts them and resets', async () => {
		const checklist = first('checklist');
		const lang = checklist.data.language;
		const page = await newPage();
		await page.goto(server.origin + url(checklist));
		const items = checklist.data.items;
		const answer = (id: string, value: string) =>
			page.locator(`input[name="answer-${id}"][value="${value}"]`);
		await answer(items[0]!.id, 'yes').check();
		await answer(items[1]!.id, 'no').check();
		await answer(items[2]!.id, 'unsure').check();
		await page.locator('#record-name').fill('Erika Muster');
		const progress = page.locator('[data-progress]');
		const expected = t(lang, 'checklist.progress')
			.replace('{done}', '3')
			.replace('{total}', String(items.length))
			.replace('{yes}', '1')
			.replace('{no}', '1')
			.replace('{unsure}', '1');
		await expect.poll(() => progress.textContent()).toBe(expected);

		// The answers live under a key that names the checklist and its version.
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys).toHaveLength(1);
		expect(keys[0]).toContain(`:${checklist.id}:v${checklist.data.version ?? 0}:`);
		expect(keys[0]).toContain(checklist.data.reviewedOn ?? 'unreviewed');

		await page.reload();
		expect(await answer(items[0]!.id, 'yes').isChecked()).toBe(true);
		expect(await answer(items[1]!.id, 'no').isChecked()).toBe(true);
		expect(await answer(items[2]!.id, 'unsure').isChecked()).toBe(true);
		expect(await answer(items[3]!.id, 'yes').isChecked()).toBe(false);
		expect(await page.locator('#record-name').inputValue()).toBe('Erika Muster');
		expect(await progress.textContent()).toBe(expected);

		await page.locator('[data-checklist-reset]').click();
		expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
		expect(await progress.textContent()).toBe(
			t(lang, 'checklist.progress')
				.replace('{done}', '0')
				.replace('{total}', String(items.length))
				.replace('{yes}', '0')
				.replace('{no}', '0')
				.replace('{unsure}', '0'),
		);
		await page.reload();
		expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
		await page.close();
	});

	it('shows the not-legal-advice notice and links the official texts', async () => {
		const checklist = first('checklist');
		const page = await newPage();
		await page.goto(server.origin + url(checklist));
		const notice = await page.locator('.notice-legal').textContent();
		expect(notice).toContain(t(checklist.data.language, 'checklist.notLegalAdvice'));
		const hrefs = await page
			.locator('a.law-link')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
		await page.close();
	});
});

describe('copy buttons', () => {
	it('copy the disclaimer of a guideline and a filled-in holding statement', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: server.origin,
		});
		const page = await newPage(context);
		const guideline = first('guideline', (g) => g.data.disclaimer !== undefined);
		await page.goto(server.origin + url(guideline));
		await page.locator('button[data-copy="disclaimer-text"]').click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(guideline.data.disclaimer!.replace(/\s+/g, ' ').trim());
		expect(await page.locator('.disclaimer .copy-status').textContent()).toBe(
			t(guideline.data.language, 'copy.done'),
		);

		// A holding statement on the main crisis playbook: typing changes the text and the copy.
		const playbook = mainCrisisPlaybook(docs, today(), defaultLang)!;
		await page.goto(server.origin + url(playbook));
		const block = page.locator('.holding-statement [data-fill]').first();
		const input = block.locator('input[data-fill-var]').first();
		const name = await input.getAttribute('data-fill-var');
		await input.fill('dem Test-Thema 4711');
		await expect
			.poll(() => block.locator(`[data-fill-out="${name}"]`).first().textContent())
			.toBe('dem Test-Thema 4711');
		await block.locator('button[data-copy]').click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('dem Test-Thema 4711');
		expect(copied).not.toMatch(/\{\{/);
		await context.close();
	});
});

describe('languages', () => {
	it('switches to the translation of a document, announced as an hreflang alternate', async () => {
		const translation = first('playbook', (d) => d.data.translationOf !== undefined);
		const original = docs.find((d) => d.id === translation.data.translationOf)!;
		const page = await newPage();
		await page.goto(server.origin + url(original));
		const alternate = page.locator(
			`link[rel="alternate"][hreflang="${translation.data.language}"]`,
		);
		expect(await alternate.getAttribute('href')).toBe(url(translation));
		await page.locator(`.lang-switch a[hreflang="${translation.data.language}"]`).click();
		await page.waitForURL(server.origin + url(translation));
		expect(await page.locator('h1').textContent()).toBe(translation.data.title);
		expect(await page.locator('.notice-fallback').count()).toBe(0);
		await page.close();
	});

	it('switches to a fallback page with a notice when there is no translation', async () => {
		// A checklist when one is untranslated (it shows a notice of its own), else any document.
		const fallbacks = fallbackPages(docs, languages);
		const fallback = fallbacks.find((f) => f.doc.type === 'checklist') ?? fallbacks[0];
		expect(fallback, 'the example handbook has a document without a translation').toBeDefined();
		const { doc, lang } = fallback!;
		const page = await newPage();
		await page.goto(server.origin + url(doc));
		expect(await page.locator(`link[rel="alternate"]`).count()).toBe(0);
		await page.locator(`.lang-switch a[hreflang="${lang}"]`).click();
		await page.waitForURL(server.origin + url(doc, lang));
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		expect(await page.locator('article').getAttribute('lang')).toBe(doc.data.language);
		expect(await page.locator('article').getAttribute('data-pagefind-body')).toBeNull();
		expect(await page.locator('.notice-fallback').textContent()).toContain(
			t(lang, `fallback.only.${doc.data.language}`),
		);
		// The interface is in the reader's language, the content in the original.
		expect(await page.locator('h1').textContent()).toBe(doc.data.title);
		if (doc.type === 'checklist')
			expect(await page.locator('.notice-legal').textContent()).toContain(
				t(lang, 'checklist.notLegalAdvice'),
			);
		// Back: the switch leads to the original.
		await page.locator(`.lang-switch a[hreflang="${doc.data.language}"]`).click();
		await page.waitForURL(server.origin + url(doc));
		await page.close();
	});
});

describe('crisis link', () => {
	it('is in the header of every page type and leads to the main crisis playbook', async () => {
		const main = mainCrisisPlaybook(docs, today(), defaultLang);
		expect(main, 'the example handbook has a crisis playbook in force').toBeDefined();
		const pages: [string, Language][] = [
			['/404.html', defaultLang],
			...languages.map((l): [string, Language] => [`/${l}/`, l]),
			...languages.map((l): [string, Language] => [`/${l}/${DOC_TYPES.checklist.folder}/`, l]),
		];
		for (const type of Object.keys(DOC_TYPES) as SiteDoc['type'][]) {
			const doc = docs.find((d) => d.type === type);
			if (doc) pages.push([url(doc), doc.data.language]);
		}
		for (const { doc, lang } of fallbackPages(docs, languages).slice(0, 3))
			pages.push([url(doc, lang), lang]);
		const page = await newPage();
		for (const [path, lang] of pages) {
			await page.goto(server.origin + path);
			const link = page.locator('.site-header a.crisis-link');
			expect(await link.count(), path).toBe(1);
			expect(await link.textContent(), path).toContain(t(lang, 'crisis.link'));
			const target = counterpart(main!, lang, docs);
			expect(await link.getAttribute('href'), path).toBe(url(target ?? main!, lang));
		}
		await page.goto(server.origin + pages[1]![0]);
		await page.locator('.site-header a.crisis-link').click();
		const target = counterpart(main!, pages[1]![1], docs) ?? main!;
		await page.waitForURL(server.origin + url(target, pages[1]![1]));
		expect(await page.locator('h1').textContent()).toBe(target.data.title);
		expect(await page.locator('.first-hour').count()).toBe(1);
		await page.close();
	});
});

describe('printing', () => {
	it('prints the essentials of the crisis playbook on at most two A4 pages', async () => {
		const main = mainCrisisPlaybook(docs, today(), defaultLang)!;
		for (const lang of languages) {
			const doc = counterpart(main, lang, docs) ?? main;
			const page = await newPage();
			await page.goto(server.origin + url(doc, lang));
			await page.emulateMedia({ media: 'print' });
			// The essentials are printed; the rest is not.
			expect(await page.locator('.first-hour').isVisible()).toBe(true);
			expect(await page.locator('.escalation').isVisible()).toBe(true);
			expect(await page.locator('.levels-table').isVisible()).toBe(true);
			expect(await page.locator('.site-header .crisis-link').isVisible()).toBe(false);
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
			expect(pages, url(doc, lang)).toBeGreaterThan(0);
			expect(pages, url(doc, lang)).toBeLessThanOrEqual(2);
			await page.close();
		}
	});

	it('prints a completed checklist as a record with the answers, name and date', async () => {
		const checklist = first('checklist');
		const page = await newPage();
		await page.goto(server.origin + url(checklist));
		const firstItem = checklist.data.items[0]!.id;
		await page.locator(`input[name="answer-${firstItem}"][value="yes"]`).check();
		await page.locator('#record-name').fill('Erika Muster');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.record').isVisible()).toBe(true);
		expect(await page.locator('.record-signature').isVisible()).toBe(true);
		expect(await page.locator('[data-record-summary]').textContent()).toMatch(/1/);
		// Only the answer given is printed for an answered item.
		const labels = page.locator(`[data-item="${firstItem}"] .answer`);
		const visible = await labels.evaluateAll((ls) =>
			ls.filter((l) => getComputedStyle(l).display !== 'none').map((l) => l.textContent?.trim()),
		);
		expect(visible).toEqual([t(checklist.data.language, 'checklist.answer.yes')]);
		expect(await page.locator('[data-print]').first().isVisible()).toBe(false);
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pdf.length).toBeGreaterThan(1000);
		await page.close();
	});
});

describe('privacy and robustness', () => {
	it('made no request to another host and raised no script error in the tests above', () => {
		expect(foreign).toEqual([]);
		expect(scriptErrors).toEqual([]);
	});
});
