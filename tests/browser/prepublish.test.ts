/**
 * "Darf ich das posten?" in a real browser (Debian's Chromium via playwright-core) against
 * the built example site on 127.0.0.1: three common journeys on a phone (360 × 740), each
 * measured in taps and in screens scrolled; Back, Forward, reload and a shared result link;
 * deep links, focus and live region, the page without JavaScript, no request to any other
 * host and no request that carries an answer, and axe-core on every step.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { t } from '../../src/i18n/index.ts';
import { itemGroups } from '../../src/lib/prepublish/flow.ts';
import { select } from '../../src/lib/prepublish/selection.ts';
import type { Answers, CheckData } from '../../src/lib/prepublish/types.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { example } from '../unit/prepublish/example.ts';

const PATH = '/de/prepublish/darf-ich-das-posten/';
const EN_PATH = '/en/prepublish/may-i-post-this/';
/** The check's pages; loading them (with a deep link) is the only request about the check. */
const PAGES = [PATH, EN_PATH];

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;
let check: CheckData;
/** Every URL any page of this suite requested. */
const requested: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	check = (await example()).view('darf-ich-das-posten').check;
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(
	path = PATH,
	options: {
		width?: number;
		height?: number;
		colorScheme?: 'light' | 'dark';
		javaScript?: boolean;
	} = {},
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
		colorScheme: options.colorScheme ?? 'light',
		javaScriptEnabled: options.javaScript ?? true,
	});
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
	const page = await context.newPage();
	page.on('request', (r) => requested.push(r.url()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(server.origin + path);
	return { context, page };
}

/** A phone screen: the journeys are measured on it. */
const PHONE = { width: 360, height: 740 };

/**
 * Counts what a person does on a phone: every tap, and every pixel scrolled to bring the
 * next thing to read or tap into view (above the sticky bar at the bottom).
 */
class Journey {
	taps = 0;
	scrolled = 0;
	private readonly page: Page;
	constructor(page: Page) {
		this.page = page;
	}

	/** Scrolls as little as a person would until `target` is fully in view. */
	async see(target: Locator): Promise<void> {
		this.scrolled += await target.evaluate((el) => {
			const bar = [...document.querySelectorAll('.pp-bar')].find(
				(b) => b.getClientRects().length > 0 && !b.contains(el),
			);
			const bottom = bar ? Math.min(innerHeight, bar.getBoundingClientRect().top) : innerHeight;
			const r = el.getBoundingClientRect();
			const before = scrollY;
			if (r.bottom > bottom) scrollBy({ top: r.bottom - bottom + 8, behavior: 'instant' });
			else if (r.top < 0) scrollBy({ top: r.top - 8, behavior: 'instant' });
			return Math.abs(scrollY - before);
		});
	}

	async tap(target: Locator): Promise<void> {
		await this.see(target);
		this.taps++;
		await target.click();
	}

	/** Ticks the answer labelled `label` of question `id` in step 1. */
	async answer(id: string, label: string): Promise<void> {
		await this.tap(this.page.locator(`#pp-q-${id}`).getByLabel(label, { exact: true }));
	}

	/** Reads to the last question shown, then goes on. */
	async next(lang: 'de' | 'en' = 'de'): Promise<void> {
		await this.see(this.page.locator('.pp-q:not([hidden])').last());
		await this.tap(
			this.page.locator('.pp-post').getByRole('button', { name: t(lang, 'prepublish.next') }),
		);
	}

	/** Reads the group shown, changes the given items, and answers the rest with "yes". */
	async group(changes: Record<string, 'no' | 'unsure'> = {}): Promise<void> {
		const shown = this.page.locator('.pp-items > li:not([hidden])');
		for (const [key, answer] of Object.entries(changes)) {
			const li = this.page.locator(`.pp-items > li[data-item="${key}"]:not([hidden])`);
			if ((await li.count()) === 0) continue;
			await this.tap(li.getByLabel(t('de', `prepublish.${answer}`), { exact: true }));
		}
		await this.see(shown.last());
		await this.tap(this.page.getByRole('button', { name: t('de', 'prepublish.allYes') }));
	}

	/** Screens scrolled on a phone. */
	get screens(): number {
		return this.scrolled / PHONE.height;
	}
}

/** The question texts shown in step 2 (the current group), in order. */
function shownItems(page: Page): Promise<string[]> {
	// The legend holds the severity badge, the question and the (hidden) error message.
	return page
		.locator('.pp-items > li:not([hidden]) .pp-item legend > span:nth-of-type(2)')
		.allTextContents();
}

const verdictTitle = (page: Page) =>
	page.locator('.pp-verdict:not([hidden]) .pp-verdict-title').textContent();
const itemsIn = (page: Page, section: string) =>
	page
		.locator('.pp-result .pp-section', { has: page.locator('h3', { hasText: section }) })
		.locator('.item-question > span:nth-of-type(2)')
		.allTextContents();
const label = (id: string, option: string) =>
	check.questions.find((q) => q.id === id)!.options.find((o) => o.id === option)!.label;

describe('Darf ich das posten? — three common journeys on a phone', () => {
	it('(1) a team photo from a trade fair on the corporate LinkedIn page: go in 7 taps', async () => {
		const answers: Answers = {
			account: ['corporate'],
			channel: ['linkedin'],
			topics: ['people'],
			children: ['no'],
		};
		const { context, page } = await open(PATH, PHONE);
		const j = new Journey(page);
		await j.answer('account', label('account', 'corporate'));
		await j.answer('channel', label('channel', 'linkedin'));
		await j.answer('topics', label('topics', 'people'));
		// The follow-up about children appears only now.
		await j.answer('children', t('de', 'prepublish.no'));
		await j.next();
		// Focus moves to the heading of step 2; the first short group is shown.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('pp-step-2');
		// Every answer's word fits inside its box on a phone ("Unsicher" is the longest).
		const overflowing = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.pp-answer')]
				.filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
				.map((e) => e.textContent?.trim()),
		);
		expect(overflowing).toEqual([]);
		const selection = select(check, answers);
		const groups = itemGroups(selection, check, (id) => id);
		expect(selection.items).toHaveLength(10);
		expect(groups.map((g) => g.items.length)).toEqual([6, 4]);
		expect(await shownItems(page)).toEqual(groups[0]!.items.map((x) => x.item.question));
		await expect
			.poll(() => page.locator('.pp-check .pp-progress').textContent())
			.toBe(
				`${t('de', 'prepublish.partOf', { current: 1, total: 2 })} · ${t('de', 'prepublish.progress', { answered: 0, total: 10 })}`,
			);
		const found = await axeViolations(page, 'step 2');
		await j.group();
		expect(await shownItems(page)).toEqual(groups[1]!.items.map((x) => x.item.question));
		await j.group();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('pp-step-3');
		expect(await verdictTitle(page)).toBe(t('de', 'prepublish.verdictGo'));
		expect(await verdictTitle(page)).not.toContain('Go');
		await expect
			.poll(() => page.locator('.pp-live').textContent())
			.toContain(t('de', 'prepublish.verdictGo'));
		expect(j.taps).toBe(7);
		// The target is 3 screens. Measured 2.95 at 360 × 740: short item questions (the
		// detail is in each item's guidance, one tap away) and the first question on the first screen.
		expect(j.screens).toBeLessThanOrEqual(3);
		// Every item is listed as answered safely; no one needs to be asked.
		expect(await page.locator('.pp-ok .item').count()).toBe(10);
		expect(await page.locator('.pp-contacts').isVisible()).toBe(false);
		const contacts = await page.locator('#pp-contacts-title + ul').textContent();
		expect(contacts).toContain('Social-Media-Managerin (Jana Hoffmann)');
		expect(contacts).toContain('social-media@rohrwerk.example');
		expect(contacts).toContain('Tobias Reuter');
		found.push(...(await axeViolations(page, 'result')));
		expect(found).toEqual([]);
		await context.close();
	});

	it("(2) an employee's private Instagram post about a new product: fix first in 7 taps", async () => {
		const answers: Answers = {
			account: ['private'],
			channel: ['instagram'],
			topics: ['confidential'],
			confidential: ['unreleased-product'],
		};
		const { context, page } = await open(PATH, PHONE);
		const j = new Journey(page);
		await j.answer('account', label('account', 'private'));
		await j.answer('channel', label('channel', 'instagram'));
		await j.answer('topics', label('topics', 'confidential'));
		await j.answer('confidential', label('confidential', 'unreleased-product'));
		await j.next();
		const items = select(check, answers).items;
		const [group, ...more] = itemGroups(select(check, answers), check, (id) => id);
		expect(more).toEqual([]);
		expect(await shownItems(page)).toEqual(group!.items.map((x) => x.item.question));
		expect(items.map((x) => x.key)).toContain('wettbewerbsrecht#mitarbeitende-offenlegen');
		await j.group({ 'arbeitsrecht#keine-geschaeftsgeheimnisse': 'no' });
		expect(j.taps).toBe(7);
		// Measured 3.3 at 360 × 740: six items after the longest step 1 (a follow-up with three answers).
		expect(j.screens).toBeLessThanOrEqual(3.4);
		expect(await verdictTitle(page)).toBe(t('de', 'prepublish.verdictFix'));
		const secret = check.items['arbeitsrecht#keine-geschaeftsgeheimnisse']!;
		expect(await itemsIn(page, t('de', 'prepublish.fixTitle'))).toEqual([secret.question]);
		const fix = page.locator('.pp-result .pp-section', {
			has: page.locator('h3', { hasText: t('de', 'prepublish.fixTitle') }),
		});
		const text = (await fix.textContent()) ?? '';
		expect(text).toContain(secret.guidance);
		expect(text).toContain('Rezepturen, Zahlen und Kundenprojekte sind Geschäftsgeheimnisse');
		expect(text).toContain('§ 2 Nr. 1 GeschGehG');
		expect(text).toContain('Leitung Unternehmenskommunikation (Dr. Katrin Weiß');
		expect(text).toContain('kommunikation@rohrwerk.example');
		expect(await page.locator('.pp-contacts').textContent()).toContain('Dr. Katrin Weiß');
		// The summary for the approval record names the result and the checklist versions.
		await page.getByRole('button', { name: t('de', 'prepublish.copy') }).click();
		await expect
			.poll(() => page.locator('.pp-copy-status').textContent())
			.toBe(t('de', 'prepublish.copied'));
		const summary = await page.evaluate(() => navigator.clipboard.readText());
		expect(summary).toContain('Ergebnis: Erst nachbessern');
		expect(summary).toContain(
			'Checkliste Arbeitsrecht, Beschäftigtendaten und Vertraulichkeit (arbeitsrecht), Version 4, geprüft am 4. Dezember 2026',
		);
		expect(summary).toMatch(/Datum: \d{1,2}\. [A-Za-zä]+ \d{4}/);
		await context.close();
	});

	it('(3) a giveaway on the corporate Facebook page: ask before posting in 7 taps', async () => {
		const answers: Answers = {
			account: ['corporate'],
			channel: ['facebook'],
			topics: ['commercial'],
			commercial: ['giveaway'],
		};
		const { context, page } = await open(PATH, PHONE);
		const j = new Journey(page);
		await j.answer('account', label('account', 'corporate'));
		await j.answer('channel', label('channel', 'facebook'));
		await j.answer('topics', label('topics', 'commercial'));
		await j.answer('commercial', label('commercial', 'giveaway'));
		await j.next();
		const groups = itemGroups(select(check, answers), check, (id) => id);
		expect(groups).toHaveLength(1);
		expect(await shownItems(page)).toEqual(groups[0]!.items.map((x) => x.item.question));
		await j.group({ 'datenschutz#gewinnspiel-und-leads': 'unsure' });
		expect(j.taps).toBe(7);
		// Measured 2.9 at 360 × 740: within the target of 3 screens.
		expect(j.screens).toBeLessThanOrEqual(3);
		expect(await verdictTitle(page)).toBe(t('de', 'prepublish.verdictAsk'));
		expect(await itemsIn(page, t('de', 'prepublish.askTitle'))).toEqual([
			check.items['datenschutz#gewinnspiel-und-leads']!.question,
		]);
		const ask = await page.locator('.pp-contacts li:not([hidden])').allTextContents();
		expect(ask).toEqual([
			'Externer Datenschutzbeauftragter (Ralf Siebert) · datenschutz@rohrwerk.example',
		]);
		expect(
			await page.locator('.pp-contacts a[href="mailto:datenschutz@rohrwerk.example"]').count(),
		).toBe(1);
		// Nothing of the check is wider than a 360 px screen.
		const wide = await page
			.locator('#pp *')
			.evaluateAll((els) =>
				els
					.filter((e) => e.getBoundingClientRect().right > window.innerWidth)
					.map((e) => e.outerHTML.slice(0, 80)),
			);
		expect(wide).toEqual([]);
		expect(await axeViolations(page, 'result at 360 px')).toEqual([]);
		await context.close();
	});
});

describe('Darf ich das posten? — answers in the address', () => {
	it('keeps every answer through reload, Back and Forward, and shares a result as a link', async () => {
		const { context, page } = await open(PATH, PHONE);
		const j = new Journey(page);
		await j.answer('account', label('account', 'corporate'));
		await j.answer('channel', label('channel', 'linkedin'));
		await j.answer('topics', label('topics', 'people'));
		await j.answer('children', t('de', 'prepublish.no'));
		// A reload before going on keeps the answers given so far.
		await page.reload();
		const checked = () =>
			page
				.locator('.pp-post input:checked')
				.evaluateAll((els) =>
					els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`),
				);
		expect(await checked()).toEqual([
			'account=corporate',
			'channel=linkedin',
			'topics=people',
			'children=no',
		]);
		await j.next();
		const first = page.locator('.pp-items > li:not([hidden])').first();
		const firstKey = (await first.getAttribute('data-item'))!;
		await first.getByLabel(t('de', 'prepublish.unsure'), { exact: true }).check();
		await page.reload();
		expect(new URL(page.url()).hash).toMatch(/^#g1&account=corporate&/);
		expect(await page.locator(`[data-item="${firstKey}"] input[value="unsure"]`).isChecked()).toBe(
			true,
		);
		await j.group();
		expect(new URL(page.url()).hash).toMatch(/^#g2&/);
		// Back returns to the first group with its answers, then to the questions.
		await page.goBack();
		await expect.poll(() => shownItems(page)).toContain(check.items[firstKey]!.question);
		expect(await page.locator(`[data-item="${firstKey}"] input[value="unsure"]`).isChecked()).toBe(
			true,
		);
		await page.goBack();
		await expect.poll(() => page.locator('.pp-post').isVisible()).toBe(true);
		expect(await checked()).toEqual([
			'account=corporate',
			'channel=linkedin',
			'topics=people',
			'children=no',
		]);
		await page.goForward();
		await page.goForward();
		await expect.poll(() => new URL(page.url()).hash).toMatch(/^#g2&/);
		await j.group();
		expect(await verdictTitle(page)).toBe(t('de', 'prepublish.verdictAsk'));
		// Reload shows the same result; so does the copied link in a fresh browser.
		await page.reload();
		expect(await verdictTitle(page)).toBe(t('de', 'prepublish.verdictAsk'));
		await page.getByRole('button', { name: t('de', 'prepublish.copyLink') }).click();
		await expect
			.poll(() => page.locator('.pp-copy-status').textContent())
			.toBe(t('de', 'prepublish.linkCopied'));
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(page.url());
		const other = await open(link.slice(server.origin.length));
		expect(await verdictTitle(other.page)).toBe(t('de', 'prepublish.verdictAsk'));
		expect(await itemsIn(other.page, t('de', 'prepublish.askTitle'))).toEqual([
			check.items[firstKey]!.question,
		]);
		await other.context.close();
		// A link cannot skip questions: without the answers it opens at the questions.
		await page.goto(`${server.origin}${PATH}#result`);
		expect(await page.locator('.pp-post').isVisible()).toBe(true);
		await context.close();
	});
});

describe('Darf ich das posten? — page behaviour', () => {
	it('(4) in English: rules that exist only in German carry lang="de" and a visible tag', async () => {
		const english = (await example()).view('may-i-post-this').check;
		const answers: Answers = {
			account: ['private'],
			channel: ['instagram'],
			topics: ['people', 'ai'],
			children: ['no'],
			ai: ['media'],
		};
		const query = english.questions
			.filter((q) => answers[q.id])
			.map((q) => `${q.id}=${(answers[q.id] ?? []).join(',')}`)
			.join('&');
		const { context, page } = await open(`${EN_PATH}#${query}`);
		// Channel descriptions are shown only in the page language; the example's are German,
		// so only the check's own (English) help of "Somewhere else" is left.
		const other = english.questions.find((q) => q.id === 'channel')!.options.at(-1)!;
		expect(await page.locator('#pp-q-channel .pp-option-help').allTextContents()).toEqual([
			other.help,
		]);
		await page.getByRole('button', { name: t('en', 'prepublish.next') }).click();
		const selection = select(english, answers);
		expect(selection.items.length).toBeGreaterThan(0);
		while (await page.locator('.pp-check').isVisible()) {
			for (const li of await page.locator('.pp-items > li:not([hidden])').all())
				await li.getByLabel(t('en', 'prepublish.no'), { exact: true }).check();
			await page
				.locator('.pp-check')
				.getByRole('button', { name: t('en', 'prepublish.next') })
				.click();
		}
		// Every question is English; the AI guideline (in review) has no translation yet.
		expect(await page.locator('.pp-result .item-question [lang="de"]').count()).toBe(0);
		const german = page.locator('.pp-result dd:has(> span[lang="de"])');
		expect(await german.count()).toBeGreaterThan(0);
		for (const dd of await german.all())
			expect(await dd.locator('.badge-lang').textContent()).toBe(t('en', 'language.de'));
		expect(
			await page.locator('.pp-result dd:has(> span:not([lang]):not(.badge)) .badge-lang').count(),
		).toBe(0);
		// The date of the check is written the British way, e.g. "4 December 2026".
		const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
		expect(await page.locator('.pp-date').textContent()).toBe(
			t('en', 'prepublish.summaryDate', { date: today }),
		);
		expect(today).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
		await context.close();
	});

	it('pre-fills step 1 from a deep link (query and fragment)', async () => {
		const { context, page } = await open(
			`${PATH}?channel=instagram&account=private&topics=people&colour=red#topics=people,commercial&commercial=giveaway,price&ai=text`,
		);
		const checked = await page
			.locator('.pp-post input:checked')
			.evaluateAll((els) =>
				els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`),
			);
		// "ai" is a follow-up whose topic is not ticked, so it is not asked.
		expect(checked).toEqual([
			'account=private',
			'channel=instagram',
			'topics=people',
			'topics=commercial',
			'commercial=giveaway',
			'commercial=price',
		]);
		expect(await page.locator('#pp-q-children').isVisible()).toBe(true);
		expect(await page.locator('#pp-q-ai').isVisible()).toBe(false);
		await context.close();
	});

	it('names missing answers and moves focus to the first one', async () => {
		const { context, page } = await open(`${PATH}?channel=blog&topics=people,ai`);
		await page.getByRole('button', { name: t('de', 'prepublish.next') }).click();
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
			'account',
		);
		expect(await page.locator('#pp-q-account .pp-error').isVisible()).toBe(true);
		expect(await page.locator('#pp-q-children .pp-error').isVisible()).toBe(true);
		expect(await page.locator('#pp-q-ai .pp-error').isVisible()).toBe(true);
		expect(await page.locator('#pp-q-channel .pp-error').isVisible()).toBe(false);
		expect(await page.locator('.pp-live').textContent()).toBe(
			t('de', 'prepublish.missing', { count: 3 }),
		);
		await context.close();
	});

	it('works by keyboard alone', async () => {
		const { context, page } = await open(`${PATH}?channel=wiki&account=corporate`);
		await page.locator('.pp-post button[type=submit]').focus();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('pp-step-2');
		// Tab to each answer group and choose "yes" with the keyboard, group by group.
		while (await page.locator('.pp-check').isVisible()) {
			for (const li of await page.locator('.pp-items > li:not([hidden])').all()) {
				await li.locator('input').first().focus();
				await page.keyboard.press('Space');
			}
			await page.locator('.pp-check button[type=submit]').focus();
			await page.keyboard.press('Enter');
		}
		expect(await verdictTitle(page)).toBe(t('de', 'prepublish.verdictGo'));
		await context.close();
	});

	it('shows every question and mapping without JavaScript', async () => {
		const { context, page } = await open(PATH, { javaScript: false });
		expect(await page.locator('#pp').isVisible()).toBe(false);
		const text = (await page.locator('.pp-fallback').textContent()) ?? '';
		for (const q of check.questions) expect(text).toContain(q.text);
		for (const m of check.mappings) expect(text).toContain(m.label);
		for (const item of Object.values(check.items)) expect(text).toContain(item.question);
		await context.close();
	});

	it('starts with the first question on a phone; wide screens keep the approval on top', async () => {
		const header = '.doc-header .approval';
		const after = '.doc-approval-after .approval';
		const { context, page } = await open(PATH, PHONE);
		// The first question's first option is on the first screen, above the sticky bar.
		const first = page.locator('.pp-q').first().locator('.pp-option').first();
		const bar = await page.locator('.pp-post .pp-bar').boundingBox();
		const box = await first.boundingBox();
		expect(box && bar).toBeTruthy();
		expect(box!.y + box!.height).toBeLessThanOrEqual(Math.min(PHONE.height, bar!.y));
		expect(await page.evaluate(() => scrollY)).toBe(0);
		// The approval follows the check; "On this page" lists the no-script form, not the steps.
		expect(await page.locator(header).isVisible()).toBe(false);
		await expect.poll(() => page.locator(after).isVisible()).toBe(true);
		expect(await page.locator(after).textContent()).toContain('Dr. Katrin Weiß');
		const afterBox = await page.locator(after).boundingBox();
		const checkBox = await page.locator('#pp').boundingBox();
		expect(afterBox!.y).toBeGreaterThan(checkBox!.y + checkBox!.height);
		expect(await page.locator('.toc:visible').count()).toBe(0);
		await context.close();

		const wide = await open(PATH, { width: 1280 });
		expect(await wide.page.locator(header).isVisible()).toBe(true);
		expect(await wide.page.locator(header).textContent()).toContain('Dr. Katrin Weiß');
		expect(await wide.page.locator(after).isVisible()).toBe(false);
		expect(await wide.page.locator('.toc:visible').count()).toBe(0);
		await wide.context.close();

		// Without JavaScript the contents still lead through the long no-script form.
		const plain = await open(PATH, { width: 1280, javaScript: false });
		expect(await plain.page.locator('.toc-aside').isVisible()).toBe(true);
		await plain.context.close();
	});

	it('has no axe violations on step 1 in light and dark mode at 360 and 1280 px', async () => {
		const found: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			for (const width of [360, 1280]) {
				const { context, page } = await open(PATH, { width, colorScheme });
				found.push(...(await axeViolations(page, `step 1 ${colorScheme} ${width}`)));
				await page.getByRole('button', { name: t('de', 'prepublish.next') }).click();
				found.push(...(await axeViolations(page, `step 1 with errors ${colorScheme} ${width}`)));
				await context.close();
			}
		}
		expect(found).toEqual([]);
	});

	it('sends nothing: no request leaves 127.0.0.1, none carries an answer, no script errors', () => {
		expect(requested.length).toBeGreaterThan(0);
		const foreign = requested.filter((u) => {
			const url = new URL(u);
			return !['data:', 'blob:', 'about:'].includes(url.protocol) && url.hostname !== '127.0.0.1';
		});
		expect(foreign).toEqual([]);
		// Only page loads carry a query (the deep links typed into the address bar).
		const withQuery = requested.filter(
			(u) => new URL(u).search && !PAGES.some((p) => new URL(u).pathname.endsWith(p)),
		);
		expect(withQuery).toEqual([]);
		expect(server.requests.filter((p) => p.includes('prepublish') && !PAGES.includes(p))).toEqual(
			[],
		);
		expect(errors).toEqual([]);
	});
});
