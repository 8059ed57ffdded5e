/**
 * Lists of documents in a real browser (Debian's Chromium via playwright-core)
 * against the shared build of the example handbook: section indexes, the home
 * page's lists, related documents and references lead readers to the page in
 * their language — the translation, else the fallback page — never to the other
 * language's interface; a translated document is listed once, as its
 * translation; and every title in another language than the page carries its
 * `lang` and a visible language tag. Expectations come from the handbook
 * itself, so they keep holding while translations are added.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DOC_TYPE_NAMES, DOC_TYPES } from '../../schemas/index.ts';
import { t } from '../../src/i18n/index.ts';
import { translationRoot } from '../../src/lib/site/model/docs.ts';
import { counterpart, fallbackPages } from '../../src/lib/site/model/languages.ts';
import type { DocType, Language, SiteDoc } from '../../src/lib/site/model/types.ts';
import { loadExample } from '../helpers/example-site.ts';
import { launchChromium, watchForeignRequests } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;
let docs: SiteDoc[] = [];
let languages: Language[] = [];
const foreign: string[] = [];
const scriptErrors: string[] = [];

const url = (doc: SiteDoc, lang: Language = doc.data.language) =>
	`/${lang}/${DOC_TYPES[doc.type].folder}/${doc.id}/`;
const sectionUrl = (type: DocType, lang: Language) => `/${lang}/${DOC_TYPES[type].folder}/`;

/** The document behind a document page's path, e.g. `/en/checklists/urheberrecht/#item-a`. */
function docAt(href: string): SiteDoc | undefined {
	const m = /^\/([a-z]{2})\/([a-z0-9-]+)\/([a-z0-9-]+)\/(?:#.*)?$/.exec(href);
	if (!m) return undefined;
	return docs.find((d) => DOC_TYPES[d.type].folder === m[2] && d.id === m[3]);
}

/** One listed document as the page shows it. */
interface Entry {
	href: string;
	/** The `lang` in effect on the link. */
	lang: string | null;
	/** Text and effective `lang` of the language tag in the same entry, if any. */
	tag: string | null;
	tagLang: string | null;
}

const LISTS = '.doc-list h3, .recent-list .recent-item, .related-list li, .ref-list li';

/** The entries of the lists that name documents in `root`: section index, home, related, references. */
function entriesIn(root: ParentNode, selector: string): Entry[] {
	return [...root.querySelectorAll(selector)].flatMap((item) => {
		const a = item.querySelector('a[href]');
		if (!a) return [];
		const tag = item.querySelector('.badge-lang');
		return [
			{
				href: a.getAttribute('href') ?? '',
				lang: a.closest('[lang]')?.getAttribute('lang') ?? null,
				tag: tag?.textContent?.trim() ?? null,
				tagLang: tag?.closest('[lang]')?.getAttribute('lang') ?? null,
			},
		];
	});
}

/** The entries on the page that is open. */
function entries(page: Page): Promise<Entry[]> {
	return page.evaluate(
		({ fn, selector }) => (new Function(`return ${fn}`)() as typeof entriesIn)(document, selector),
		{ fn: entriesIn.toString(), selector: LISTS },
	);
}

/** The entries of many pages, fetched and parsed in the browser (no rendering: fast). */
function entriesOf(page: Page, paths: string[]): Promise<{ status: number; entries: Entry[] }[]> {
	return page.evaluate(
		async ({ fn, selector, paths }) => {
			const read = new Function(`return ${fn}`)() as typeof entriesIn;
			const out = [];
			for (const path of paths) {
				const response = await fetch(path);
				const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
				out.push({ status: response.status, entries: read(doc, selector) });
			}
			return out;
		},
		{ fn: entriesIn.toString(), selector: LISTS, paths },
	);
}

async function newPage(width = 1280): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	foreign.push(...watchForeignRequests(page, server.origin));
	page.on('pageerror', (err) => scriptErrors.push(`${page.url()}: ${err.message}`));
	return page;
}

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	({ docs, languages } = await loadExample());
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('section indexes', () => {
	it('list each document once, in the reader’s language: the translation, else the fallback page', async () => {
		expect(languages.length, 'the example handbook offers two languages').toBeGreaterThan(1);
		const page = await newPage();
		let fallbacksSeen = 0;
		for (const lang of languages) {
			for (const type of DOC_TYPE_NAMES) {
				const ofType = docs.filter((d) => d.type === type);
				if (ofType.length === 0) continue;
				const response = await page.goto(server.origin + sectionUrl(type, lang));
				expect(response?.status(), sectionUrl(type, lang)).toBe(200);
				const listed = await entries(page);
				const hrefs = listed.map((e) => e.href);
				const where = `${sectionUrl(type, lang)}`;
				// Every link stays in the reader's language.
				for (const href of hrefs) expect(href, where).toMatch(new RegExp(`^/${lang}/`));
				// One entry per translation group.
				const groups = new Map<string, SiteDoc[]>();
				for (const doc of ofType)
					groups.set(translationRoot(doc), [...(groups.get(translationRoot(doc)) ?? []), doc]);
				expect(hrefs, where).toHaveLength(groups.size);
				for (const group of groups.values()) {
					const own = group.find((d) => d.data.language === lang);
					if (own) {
						expect(hrefs, where).toContain(url(own));
						const entry = listed.find((e) => e.href === url(own))!;
						expect(entry.lang, `${where} ${own.id}`).toBe(lang);
						expect(entry.tag, `${where} ${own.id}`).toBeNull();
						continue;
					}
					// No version in this language: one entry, to a fallback page in this language.
					const entry = listed.find((e) => group.some((d) => e.href === url(d, lang)))!;
					expect(entry, `${where}: ${group.map((d) => d.id).join(', ')}`).toBeDefined();
					const doc = docAt(entry.href)!;
					expect(entry.lang, `${where} ${doc.id}`).toBe(doc.data.language);
					expect(entry.tag, `${where} ${doc.id}`).toBe(t(lang, `language.${doc.data.language}`));
					expect(entry.tagLang, `${where} ${doc.id}`).toBe(lang);
					fallbacksSeen++;
				}
			}
		}
		expect(fallbacksSeen).toBe(
			new Set(fallbackPages(docs, languages).map((f) => `${f.lang}:${translationRoot(f.doc)}`))
				.size,
		);
		await page.close();
	});

	it('leads from an untranslated document in the list to its fallback page with the notice', async () => {
		const fallback = fallbackPages(docs, languages)[0];
		expect(fallback, 'the example handbook has a document without a translation').toBeDefined();
		const { doc, lang } = fallback!;
		const page = await newPage(360);
		await page.goto(server.origin + sectionUrl(doc.type, lang));
		const link = page.locator(`.doc-list a[href="${url(doc, lang)}"]`);
		expect(await link.getAttribute('lang')).toBe(doc.data.language);
		await link.click();
		await page.waitForURL(server.origin + url(doc, lang));
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		expect(await page.locator('article').getAttribute('lang')).toBe(doc.data.language);
		expect(await page.locator('.notice-fallback').textContent()).toContain(
			t(lang, `fallback.only.${doc.data.language}`),
		);
		await page.close();
	});
});

describe('lists of documents on every page', () => {
	it('mark each title with the language of its content and lead to the page in the reader’s language', async () => {
		const paths: [string, Language][] = [];
		for (const lang of languages) {
			paths.push([`/${lang}/`, lang]);
			for (const type of DOC_TYPE_NAMES)
				if (docs.some((d) => d.type === type)) paths.push([sectionUrl(type, lang), lang]);
		}
		for (const doc of docs) paths.push([url(doc), doc.data.language]);
		for (const { doc, lang } of fallbackPages(docs, languages)) paths.push([url(doc, lang), lang]);

		const page = await newPage();
		await page.goto(`${server.origin}/404.html`);
		const pages = await entriesOf(
			page,
			paths.map(([path]) => path),
		);
		let checked = 0;
		let tagged = 0;
		for (const [i, [path, lang]] of paths.entries()) {
			expect(pages[i]!.status, path).toBe(200);
			for (const entry of pages[i]!.entries) {
				const target = docAt(entry.href);
				if (!target) continue; // not a document page (e.g. a mailbox)
				const where = `${path} → ${entry.href}`;
				expect(entry.href, where).toMatch(new RegExp(`^/${lang}/`));
				// The title is in the language of the content behind the link.
				expect(entry.lang, where).toBe(target.data.language);
				if (target.data.language === lang) {
					expect(entry.tag, where).toBeNull();
				} else {
					expect(entry.tag, where).toBe(t(lang, `language.${target.data.language}`));
					expect(entry.tagLang, where).toBe(lang);
					// No translation into the page's language, or the link would lead there.
					expect(counterpart(target, lang, docs), where).toBeUndefined();
					tagged++;
				}
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
		if (fallbackPages(docs, languages).length > 0) expect(tagged).toBeGreaterThan(0);
		await page.close();
	});

	it('made no request to another host and raised no script error', () => {
		expect(foreign).toEqual([]);
		expect(scriptErrors).toEqual([]);
	});
});
