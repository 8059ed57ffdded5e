/**
 * Finding one's way around a page, in a real browser (Debian's Chromium via playwright-core):
 * - every document page of the built example: every heading has a unique id and an anchor
 *   link with an accessible name; the "on this page" contents list exactly the page's h2
 *   and h3 headings (collapsed above the text on phones, beside it on wide screens);
 * - a contents link lands its heading below the sticky header, which stays compact;
 * - previous/next within the section;
 * - the colour-scheme switch: system by default, cycles by mouse and keyboard, remembered
 *   across a reload and applied before the page paints, hidden without JavaScript;
 * - the reported layout bugs stay fixed (checklist progress bar on phones, RACI headers,
 *   legal-basis links, the home hero without JavaScript).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { t } from '../../src/i18n/index.ts';
import { documentPages } from '../helpers/built-pages.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** What the page shows of its headings and its contents. */
function outlineOf(page: Page) {
	return page.evaluate(() => {
		// The outlined part of the page: the header and a playbook's first screen sit above it.
		const article = document.querySelector('article.doc .doc-main')!;
		const all = [...article.querySelectorAll('h2, h3, h4')].filter(
			(h) => !h.closest('template, .toc') && !h.matches('.sr-only, .visually-hidden'),
		);
		const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
		return {
			ids,
			headings: all.map((h) => ({
				tag: h.tagName.toLowerCase(),
				id: h.id,
				anchor: h.querySelector('a.heading-anchor')?.getAttribute('href') ?? null,
				anchorName: h.querySelector('a.heading-anchor')?.getAttribute('aria-label') ?? null,
				// Where a second link would not work: inside a summary, or a heading that is a link.
				exempt: !!h.closest('summary') || !!h.querySelector('a:not(.heading-anchor)'),
				hidden: !!h.closest('[hidden]'),
			})),
			inline: [...document.querySelectorAll('.toc-inline a')].map((a) => a.getAttribute('href')),
			aside: [...document.querySelectorAll('.toc-aside a')].map((a) => a.getAttribute('href')),
		};
	});
}

describe('every document page', () => {
	it('has unique heading ids, anchor links with a name, and contents listing exactly its h2 and h3', async () => {
		const pages = documentPages(siteDir);
		expect(pages.length).toBeGreaterThan(60);
		// The built HTML as it is: no script has shown or hidden anything yet.
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 1280, height: 900 },
		});
		const page = await context.newPage();
		let withContents = 0;
		for (const address of pages) {
			await page.goto(server.origin + address);
			const o = await outlineOf(page);
			const duplicates = o.ids.filter((id, i) => o.ids.indexOf(id) !== i);
			expect(duplicates, `${address}: duplicate ids`).toEqual([]);
			expect(o.headings.length, address).toBeGreaterThan(0);
			for (const h of o.headings) {
				expect(h.id, `${address}: a ${h.tag} without id`).not.toBe('');
				if (h.exempt) continue;
				expect(h.anchor, `${address}: #${h.id} has no anchor link`).toBe(`#${h.id}`);
				expect(h.anchorName, `${address}: #${h.id}`).toMatch(/\S/);
			}
			const listed = o.headings.filter((h) => h.tag !== 'h4' && !h.hidden).map((h) => `#${h.id}`);
			if (listed.length > 1) {
				withContents++;
				expect(o.aside, `${address}: contents beside the text`).toEqual(listed);
				expect(o.inline, `${address}: contents above the text`).toEqual(listed);
			} else {
				expect(o.aside, address).toEqual([]);
			}
		}
		expect(withContents).toBeGreaterThan(pages.length / 2);
		await context.close();
	});
});

describe('contents and sticky header', () => {
	const address = '/de/guidelines/fotos-und-videos/';

	it('on a phone: contents collapsed above the text; a link lands its heading below the compact header', async () => {
		// Without smooth scrolling, so the jump is over when the hash has changed.
		const page = await browser.newPage({
			viewport: { width: 360, height: 740 },
			reducedMotion: 'reduce',
		});
		await page.goto(server.origin + address);
		const toc = page.locator('.toc-inline');
		expect(await toc.isVisible()).toBe(true);
		expect(await page.locator('.toc-aside').isVisible()).toBe(false);
		const link = toc.getByRole('link', { name: 'Auf der Messe' });
		expect(await link.isVisible()).toBe(false);
		await toc.getByText(t('de', 'toc.title')).click();
		expect(await link.isVisible()).toBe(true);
		await link.click();
		await page.waitForFunction(() => location.hash === '#auf-der-messe');
		const m = await page.evaluate(() => ({
			header: document.querySelector('.site-header')!.getBoundingClientRect(),
			heading: document.getElementById('auf-der-messe')!.getBoundingClientRect(),
		}));
		expect(m.header.top).toBe(0);
		expect(m.header.height).toBeLessThanOrEqual(64);
		expect(m.heading.top).toBeGreaterThanOrEqual(m.header.bottom);
		expect(m.heading.top).toBeLessThan(740 / 3);
		await page.close();
	});

	// One offset for every jump target (the root's scroll-padding, navigation.css): a playbook's
	// jump links and a guideline's heading anchors land their target just below the header.
	for (const width of [360, 1280]) {
		it(`at ${width} px: jump links and heading anchors land just below the sticky header`, async () => {
			const playbook = documentPages(siteDir).find((p) =>
				readFileSync(path.join(siteDir, p, 'index.html'), 'utf8').includes('class="crisis-jumps"'),
			);
			expect(playbook, 'a playbook page with jump links').toBeTruthy();
			const page = await browser.newPage({
				viewport: { width, height: 740 },
				reducedMotion: 'reduce',
			});
			const landings: { address: string; target: string; gap: number }[] = [];
			const land = async (address: string, links: string) => {
				await page.goto(server.origin + address);
				const targets = await page.$$eval(links, (as) =>
					as.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))),
				);
				expect(targets.length, `${links} on ${address}`).toBeGreaterThan(0);
				for (const [i, target] of targets.entries()) {
					await page.evaluate(() => window.scrollTo(0, 0));
					await page.locator(links).nth(i).click();
					await page.waitForFunction(
						(id) => decodeURIComponent(location.hash) === `#${id}`,
						target,
					);
					const gap = await page.evaluate((id) => {
						const header = document.querySelector('.site-header')!.getBoundingClientRect();
						const el = document.getElementById(id)!;
						// A target too close to the page's end cannot scroll up to the header.
						const atEnd =
							window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
						return atEnd ? 0 : el.getBoundingClientRect().top - header.bottom;
					}, target);
					landings.push({ address, target, gap: Math.round(gap) });
				}
			};
			await land(playbook!, '.crisis-jumps a');
			await land(address, '.prose h2 .heading-anchor');
			expect(landings.length).toBeGreaterThan(4);
			const off = landings.filter((l) => l.gap < 0 || l.gap > 24);
			expect(off).toEqual([]);
			await page.close();
		});
	}

	it('on a wide screen: contents stay beside the text while it scrolls', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(server.origin + address);
		expect(await page.locator('.toc-inline').isVisible()).toBe(false);
		const nav = page.getByRole('navigation', { name: t('de', 'toc.title') });
		expect(await nav.count()).toBe(1);
		expect(await nav.getByRole('link', { name: 'Auf der Messe' }).isVisible()).toBe(true);
		await page.evaluate(() => window.scrollTo(0, 2500));
		const m = await page.evaluate(() => ({
			aside: document.querySelector('.toc-aside')!.getBoundingClientRect(),
			main: document.querySelector('.doc-main')!.getBoundingClientRect(),
			header: document.querySelector('.site-header')!.getBoundingClientRect(),
		}));
		expect(m.aside.top).toBeGreaterThanOrEqual(m.header.bottom);
		expect(m.aside.top).toBeLessThan(200);
		expect(m.aside.left).toBeGreaterThanOrEqual(m.main.right);
		await page.close();
	});

	it('shows an anchor link when it gets keyboard focus, and the skip link still works', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(server.origin + address);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		const anchor = page.locator('#worum-es-geht a.heading-anchor');
		expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
		await anchor.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		expect(await anchor.getAttribute('aria-label')).toBe(
			t('de', 'anchor.label', { heading: 'Worum es geht' }),
		);
		await page.close();
	});
});

describe('previous and next', () => {
	it('leads through the section in the order of its index', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.origin}/de/checklists/`);
		const order = await page
			.locator('.doc-list .doc-card-title a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(order.length).toBeGreaterThan(2);
		await page.goto(server.origin + order[0]!);
		const pager = page.getByRole('navigation', {
			name: t('de', 'pager.label', { section: t('de', 'docTypePlural.checklist') }),
		});
		expect(await pager.locator('a[rel="prev"]').count()).toBe(0);
		await pager.locator('a[rel="next"]').click();
		await page.waitForURL(`**${order[1]}`);
		const back = page.locator('.pager a[rel="prev"]');
		expect(new URL(await back.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
			order[0],
		);
		await page.goto(server.origin + order.at(-1)!);
		expect(await page.locator('.pager a[rel="next"]').count()).toBe(0);
		await page.close();
	});
});

describe('colour scheme', () => {
	const background = (page: Page) =>
		page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const LIGHT = 'rgb(255, 255, 255)';
	const DARK = 'rgb(18, 21, 25)';

	it('follows the system until the reader chooses, cycles by keyboard and mouse, and remembers', async () => {
		const context = await browser.newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto(`${server.origin}/de/`);
		const button = page.getByRole('button', { name: /^Farbschema/ });
		expect(await button.textContent()).toContain(t('de', 'theme.system'));
		expect(await button.innerText()).toBe(`${t('de', 'theme.label')}: ${t('de', 'theme.system')}`);
		expect(await background(page)).toBe(LIGHT);
		// First press: the other scheme than the system's.
		await button.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
		expect(await background(page)).toBe(DARK);
		expect(await button.innerText()).toBe(`${t('de', 'theme.label')}: ${t('de', 'theme.dark')}`);
		// Remembered, and applied by the blocking head script before the body is parsed.
		await page.goto(`${server.origin}/de/checklists/`, { waitUntil: 'commit' });
		await page.waitForSelector('body');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.waitForLoadState('load');
		expect(await background(page)).toBe(DARK);
		// Then the system's own scheme chosen explicitly, then back to the system.
		await page.getByRole('button', { name: /^Farbschema/ }).click();
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
		await page.keyboard.press('Space');
		await page.waitForFunction(() => document.documentElement.dataset.theme === undefined);
		expect(await page.evaluate(() => localStorage.getItem('kodex-theme'))).toBeNull();
		await context.close();
	});

	it('starts from a dark system with light, labels in English on English pages', async () => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(`${server.origin}/en/`);
		expect(await background(page)).toBe(DARK);
		const button = page.getByRole('button', { name: /^Colour scheme/ });
		await button.click();
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
		expect(await background(page)).toBe(LIGHT);
		expect(await button.innerText()).toBe(`${t('en', 'theme.label')}: ${t('en', 'theme.light')}`);
		await context.close();
	});

	it('loads the head script blocking (no flash) and hides the switch without JavaScript', async () => {
		const html = readFileSync(path.join(siteDir, 'de', 'index.html'), 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		const script = /<script[^>]*src="[^"]*js-enabled\.js"[^>]*>/.exec(head)?.[0];
		expect(script).toBeDefined();
		expect(script).not.toMatch(/\b(defer|async|type="module")\b/);
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.origin}/de/`);
		expect(await page.locator('#kodex-theme').isVisible()).toBe(false);
		await context.close();
	});

	it('puts the logo on a light plate in dark mode', async () => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(`${server.origin}/de/`);
		const plate = await page.evaluate(
			() => getComputedStyle(document.querySelector('.brand-logo')!).backgroundColor,
		);
		const [r, g, b] = plate.match(/\d+/g)!.map(Number);
		expect(Math.min(r!, g!, b!)).toBeGreaterThan(230);
		await context.close();
	});
});

describe('layout bugs stay fixed', () => {
	it('keeps only a short progress line sticky on a checklist on a phone, below the header', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${server.origin}/de/checklists/urheberrecht/`);
		await page.evaluate(() => window.scrollTo(0, 2500));
		const m = await page.evaluate(() => ({
			status: document.querySelector('.checklist-status')!.getBoundingClientRect(),
			header: document.querySelector('.site-header')!.getBoundingClientRect(),
		}));
		expect(m.status.top).toBeGreaterThanOrEqual(m.header.bottom - 1);
		expect(m.status.top).toBeLessThan(m.header.bottom + 4);
		// Header and progress together take less than a sixth of the screen (it was about a third).
		expect(m.status.bottom).toBeLessThan(740 / 6 + 20);
		expect(m.status.height).toBeLessThanOrEqual(80);
		await page.close();
	});

	// Debian's Chromium has no hyphenation dictionaries: a word on two lines here is a mid-word break.
	it('never breaks a RACI role name mid-word', async () => {
		for (const width of [360, 1280]) {
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${server.origin}/de/teams/kommunikation/`);
			const broken = await page.evaluate(() => {
				const out: string[] = [];
				for (const el of document.querySelectorAll('.raci-role')) {
					const text = el.firstChild as Text;
					for (const m of text.data.matchAll(/[^\s-]+/g)) {
						const range = document.createRange();
						range.setStart(text, m.index);
						range.setEnd(text, m.index + m[0].length);
						const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
						if (lines.size > 1) out.push(m[0]);
					}
				}
				return out;
			});
			expect(await page.locator('.raci-role').count()).toBeGreaterThan(2);
			expect(broken, `at ${width}px`).toEqual([]);
			await page.close();
		}
	});

	it('keeps every legal-basis link inside its card at 1,280 px', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const checklists = documentPages(siteDir).filter((p) => /\/checklists\//.test(p));
		let links = 0;
		for (const address of checklists) {
			await page.goto(server.origin + address);
			const out = await page.evaluate(() =>
				[...document.querySelectorAll('.legal-basis a')].map((a) => {
					const card = a.closest('.item')!.getBoundingClientRect();
					const box = a.getBoundingClientRect();
					return { text: a.textContent, inside: box.left >= card.left && box.right <= card.right };
				}),
			);
			links += out.length;
			for (const l of out) expect(l.inside, `${address}: ${l.text}`).toBe(true);
		}
		expect(links).toBeGreaterThan(10);
		await page.close();
	});

	it('closes the home hero right after its lead without JavaScript', async () => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 360, height: 740 },
		});
		const page = await context.newPage();
		await page.goto(`${server.origin}/de/`);
		const gap = await page.evaluate(() => {
			const lead = document.querySelector('.hero .lead')!.getBoundingClientRect();
			const next = document.querySelector('.hero + *')!.getBoundingClientRect();
			return next.top - lead.bottom;
		});
		expect(gap).toBeLessThan(72);
		await context.close();
	});
});
