/**
 * Crisis playbooks and fill-in templates in a real browser, against the shared
 * build of the example handbook:
 * - the first screen of every playbook at 360 × 740 shows what to do now, a
 *   tappable business line of the first role to call and the holding
 *   statement, with no heading twice and no raw document id in the text;
 * - a visited playbook opens again without a network (the offline worker),
 *   while online every visit still goes to the server;
 * - a template refuses to copy while a required field is empty (with a
 *   message naming it, also from the keyboard), copies the filled text once
 *   everything is filled in, and shows visible markers without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DOC_TYPES } from '../../schemas/index.ts';
import { t } from '../../src/i18n/index.ts';
import { parseDuration } from '../../src/lib/domain/duration.ts';
import { today } from '../../src/lib/domain/today.ts';
import { telHref } from '../../src/lib/site/by-type/contacts.ts';
import { mainCrisisPlaybook } from '../../src/lib/site/by-type/crisis.ts';
import { fillTemplate, placeholderMarker } from '../../src/lib/site/by-type/template.ts';
import type { Language, SiteDoc } from '../../src/lib/site/model/types.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium, watchForeignRequests } from '../helpers/chromium.ts';
import { loadExample } from '../helpers/example-site.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;
let docs: SiteDoc[] = [];
let defaultLang: Language = 'de';
const foreign: string[] = [];
const scriptErrors: string[] = [];

const url = (doc: SiteDoc) => `/${doc.data.language}/${DOC_TYPES[doc.type].folder}/${doc.id}/`;

function watch(page: Page, origin = server.origin): Page {
	foreign.push(...watchForeignRequests(page, origin));
	page.on('pageerror', (err) => scriptErrors.push(`${page.url()}: ${err.message}`));
	return page;
}

/** Business lines of the roles, by role id, from the team files. */
function phones(): Map<string, string> {
	const out = new Map<string, string>();
	for (const doc of docs)
		if (doc.type === 'team')
			for (const role of doc.data.roles)
				if (role.businessPhone) out.set(role.id, role.businessPhone);
	return out;
}

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	({ docs, defaultLang } = await loadExample());
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	expect(foreign).toEqual([]);
	expect(scriptErrors).toEqual([]);
});

describe('crisis playbook on a phone', () => {
	it('shows the first action, a tappable contact and the holding statement within 360 × 740', async () => {
		const playbooks = docs.filter((d): d is SiteDoc<'playbook'> => d.type === 'playbook');
		expect(playbooks.length).toBeGreaterThan(1);
		const lines = phones();
		const page = watch(await browser.newPage({ viewport: { width: 360, height: 740 } }));
		for (const playbook of playbooks) {
			await page.goto(server.origin + url(playbook));
			const minutes = (at: string) => parseDuration(at) ?? 0;
			const first = [...playbook.data.firstHour].sort((a, b) => minutes(a.at) - minutes(b.at))[0]!;
			const action = page.locator('[data-crisis-first-action]');
			const box = await action.boundingBox();
			expect(box, playbook.id).not.toBeNull();
			expect(
				box!.y + box!.height,
				`${playbook.id}: first action below the first screen`,
			).toBeLessThanOrEqual(740);
			// The step as written, ids resolved to titles: its first words are there.
			expect(await action.textContent()).toContain(first.action.split(' ').slice(0, 3).join(' '));

			const withPhone = playbook.data.escalationChain.find((role) => lines.has(role));
			const call = page.locator('[data-crisis-call]');
			const callBox = await call.boundingBox();
			expect(callBox, playbook.id).not.toBeNull();
			expect(
				callBox!.y + callBox!.height,
				`${playbook.id}: contact below the first screen`,
			).toBeLessThanOrEqual(740);
			if (withPhone) {
				expect(await call.getAttribute('href')).toBe(telHref(lines.get(withPhone)!));
				expect(callBox!.height, 'a finger-sized target').toBeGreaterThanOrEqual(44);
			}

			const holding = page.locator('.crisis-now-holding > :last-child');
			const holdingBox = await holding.boundingBox();
			expect(
				holdingBox!.y,
				`${playbook.id}: holding statement below the first screen`,
			).toBeLessThan(740);
			const usesStatement = playbook.data.levels.some(
				(l) => (l.holdingStatements ?? []).length > 0,
			);
			const lang = playbook.data.language;
			if (usesStatement) {
				const target = await holding.locator('a').first().getAttribute('href');
				expect(target).toMatch(/^#hs-/);
				expect(await page.locator(target!).count()).toBe(1);
			} else expect(await holding.textContent()).toContain(t(lang, 'playbook.noHolding'));

			// Jump links to every level and to the first hour land on an element of the page.
			const jumps = await page
				.locator('.crisis-jumps a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(jumps).toContain('#first-hour-title');
			for (const level of playbook.data.levels) expect(jumps).toContain(`#level-${level.level}`);
			for (const jump of jumps) expect(await page.locator(jump).count(), jump).toBe(1);
		}
		await page.close();
	});

	it('repeats no heading and shows no raw document id in its text', async () => {
		const ids = docs.map((d) => d.id).filter((id) => /[-0-9]/.test(id));
		const page = watch(await browser.newPage());
		for (const playbook of docs.filter((d) => d.type === 'playbook')) {
			await page.goto(server.origin + url(playbook));
			const headings = await page
				.locator('main h1, main h2, main h3')
				.evaluateAll((hs) =>
					hs.map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase()),
				);
			const twice = headings.filter((h, i) => headings.indexOf(h) !== i);
			expect(twice, `${playbook.id}: headings shown twice`).toEqual([]);
			// The playbook as written and shown; commit subjects in its history are quoted as they are.
			const text = await page.locator('main article.doc').evaluate((article) => {
				const copy = article.cloneNode(true) as HTMLElement;
				for (const history of copy.querySelectorAll('.doc-history')) history.remove();
				return copy.textContent ?? '';
			});
			const leaked = ids.filter((id) => new RegExp(`(?<![\\w@./-])${id}(?![\\w@-])`).test(text));
			expect(leaked, `${playbook.id}: raw ids in the text`).toEqual([]);
		}
		await page.close();
	});

	it('opens a visited playbook again without a network, and asks the server first while online', async () => {
		const playbook = mainCrisisPlaybook(docs, today(), defaultLang)!;
		const path = url(playbook);
		// A server of its own, so that going offline can also mean: the server is gone.
		const own = await startStaticServer(siteDir);
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = watch(await context.newPage(), own.origin);
		await page.goto(own.origin + path);
		const firstAction = await page.locator('[data-crisis-first-action]').textContent();
		// The worker stores the page and its stylesheets once it is active.
		await expect
			.poll(
				() =>
					page.evaluate(async () => {
						const names = await caches.keys();
						const stored = await Promise.all(
							names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)),
						);
						return stored.flat();
					}),
				{ timeout: 10_000 },
			)
			.toEqual(expect.arrayContaining([own.origin + path, expect.stringMatching(/\.css$/)]));

		// Online, a reload goes to the server (network first: nothing stale).
		const before = own.requests.filter((r) => r === path).length;
		await page.reload();
		expect(own.requests.filter((r) => r === path).length).toBeGreaterThan(before);

		await context.setOffline(true);
		await own.close();
		await page.reload();
		expect(await page.locator('[data-crisis-first-action]').textContent()).toBe(firstAction);
		// Styled from the stored stylesheet, not a bare page.
		expect(
			await page.locator('.crisis-now').evaluate((el) => getComputedStyle(el).borderLeftStyle),
		).toBe('solid');
		expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
		await context.close();
	});
});

describe('templates', () => {
	const template = () => {
		const doc = docs.find(
			(d): d is SiteDoc<'template'> => d.type === 'template' && (d.data.variables ?? []).length > 1,
		);
		expect(doc, 'the example needs a template with two placeholders or more').toBeDefined();
		return doc!;
	};

	it('refuses to copy while a field is empty and copies the filled text', async () => {
		const doc = template();
		const lang = doc.data.language;
		const variables = doc.data.variables!;
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: server.origin,
		});
		const page = watch(await context.newPage());
		await page.goto(server.origin + url(doc));
		await page.evaluate(() => navigator.clipboard.writeText('unverändert'));
		const block = page.locator('.doc-template [data-fill]');

		// Empty fields, the example only as a hint; the text shows markers.
		for (const v of variables) {
			const field = block.locator(`[data-fill-var="${v.name}"]`);
			expect(await field.inputValue()).toBe('');
			expect(await field.getAttribute('placeholder')).toBe(
				t(lang, 'fill.example', { example: v.example }),
			);
		}
		const output = block.locator('.fill-output');
		expect(await output.textContent()).toContain(placeholderMarker(variables[0]!));
		expect(await output.textContent()).not.toContain(variables[0]!.example);

		// Copy from the keyboard: refused, the message names the field, the focus goes there.
		const [firstVar, ...rest] = variables;
		for (const v of rest) await block.locator(`[data-fill-var="${v.name}"]`).fill(`Wert ${v.name}`);
		await block.locator('button[data-copy]').focus();
		await page.keyboard.press('Enter');
		const refused = block.locator('[data-fill-refused]');
		await expect.poll(() => refused.textContent()).toContain(firstVar!.description);
		expect(await refused.getAttribute('role')).toBe('alert');
		expect(await refused.isVisible()).toBe(true);
		const first = block.locator(`[data-fill-var="${firstVar!.name}"]`);
		expect(await first.getAttribute('aria-invalid')).toBe('true');
		expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('unverändert');
		expect(await axeViolations(page, `${url(doc)} copy refused`)).toEqual([]);

		// Filled in: the message goes, the text is copied as filled.
		await page.keyboard.type('Erika Muster');
		await expect.poll(() => refused.isVisible()).toBe(false);
		expect(await first.getAttribute('aria-invalid')).toBeNull();
		await block.locator('button[data-copy]').click();
		const values = Object.fromEntries(variables.map((v) => [v.name, `Wert ${v.name}`]));
		values[firstVar!.name] = 'Erika Muster';
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(fillTemplate(doc.data.text, values).replace(/\s+/g, ' ').trim());
		await context.close();
	});

	it('shows the text with visible placeholder markers without JavaScript', async () => {
		const doc = template();
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = watch(await context.newPage());
		await page.goto(server.origin + url(doc));
		const output = page.locator('.doc-template .fill-output');
		const text = await output.textContent();
		for (const v of doc.data.variables!) {
			expect(text).toContain(placeholderMarker(v));
			expect(text).not.toContain(v.example);
		}
		expect(await output.isVisible()).toBe(true);
		expect(await page.locator('.doc-template .fill-fields').isVisible()).toBe(false);
		await context.close();
	});
});
