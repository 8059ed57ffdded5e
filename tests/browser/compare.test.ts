/**
 * Any two versions of a document compared, in a real browser against the built
 * example site: with JavaScript the pickers load the versions file on first use
 * and show the chosen pair (the fields that changed, the date and approval of
 * each); without it, links lead to the prebuilt comparisons, which all exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { t } from '../../src/i18n/index.ts';
import { diffFields } from '../../src/lib/changes/diff-fields.ts';
import type { VersionEntry, VersionsFile } from '../../src/lib/site/document/compare.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;
/** A German document with at least three published versions, and its versions file. */
let base = '';
let file: VersionsFile;

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	const found = (readdirSync(siteDir, { recursive: true }) as string[])
		.filter((f) => f.startsWith(`de${path.sep}`) && f.endsWith(`changes${path.sep}versions.json`))
		.sort()
		.map((f) => ({
			f,
			data: JSON.parse(readFileSync(path.join(siteDir, f), 'utf8')) as VersionsFile,
		}))
		.find(({ data }) => data.versions.length >= 4);
	expect(found, 'a document with four versions in the example history').toBeDefined();
	base = `/${found!.f.split(path.sep).slice(0, -1).join('/')}/`;
	file = found!.data;
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Two older versions (neither the current one) whose data differ, older first. */
function olderPair(): [VersionEntry, VersionEntry] {
	const older = file.versions.slice(1);
	for (let i = older.length - 1; i > 0; i--)
		for (let j = i - 1; j >= 0; j--)
			if (diffFields(older[i]!.data, older[j]!.data).length > 0) return [older[i]!, older[j]!];
	throw new Error('no two older versions differ in their data');
}

describe('comparing any two versions', () => {
	it('with JavaScript: loads on first use, shows the fields changed and each version’s date and approval', async () => {
		const [from, to] = olderPair();
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const start = server.requests.length;
		await page.goto(`${server.origin}${base}${file.versions[1]!.key}/`);
		await page.waitForLoadState('networkidle');
		// Nothing of the comparison is loaded before the form is used.
		const early = server.requests.slice(start);
		expect(early.some((r) => r.endsWith('versions.json') || r.includes('compare-run'))).toBe(false);
		expect(await page.locator('.compare-links').isVisible()).toBe(false);
		await page.selectOption('#compare-from', from.key);
		await page.selectOption('#compare-to', to.key);
		await page.getByRole('button', { name: t('de', 'diff.pick.submit') }).click();
		const result = page.locator('#compare-result');
		await result.waitFor({ state: 'visible' });
		expect(server.requests.slice(start).filter((r) => r.endsWith('versions.json'))).toEqual([
			`${base}versions.json`,
		]);
		// The fields that differ between the two versions, as the engine finds them.
		const expected = diffFields(from.data, to.data).map((f) => f.path);
		expect(expected.length).toBeGreaterThan(0);
		expect(
			await result
				.locator('.diff-field')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-path'))),
		).toEqual(expected);
		// Each version with its date (in its label) and its approval.
		const versions = await result.locator('.diff-versions > div').allTextContents();
		expect(versions).toHaveLength(2);
		for (const [i, v] of [from, to].entries()) {
			expect(versions[i]).toContain(v.label);
			expect(versions[i]).toContain(v.approval);
			expect(v.label).toMatch(/\d{1,2}\. \S+ 20\d\d/);
		}
		expect(versions[0]).toContain(t('de', 'diff.pick.older'));
		expect(await page.locator('.diff-prebuilt').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-title');
		expect(await axeViolations(page, 'comparison of two older versions')).toEqual([]);
		// Another pair on the same page needs no second request.
		await page.selectOption('#compare-to', file.versions[0]!.key);
		await page.getByRole('button', { name: t('de', 'diff.pick.submit') }).click();
		await expect
			.poll(() => result.locator('.diff-versions > div').nth(1).innerText())
			.toContain(file.versions[0]!.label);
		expect(server.requests.slice(start).filter((r) => r.endsWith('versions.json'))).toHaveLength(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('without JavaScript: links to the prebuilt comparison of every other version', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.origin}${base}${file.versions[1]!.key}/`);
		expect(await page.locator('.compare-form').isVisible()).toBe(false);
		const links = await page
			.locator('.compare-links a')
			.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
		expect(links).toEqual(file.versions.slice(2).map((v) => `${base}${v.key}/`));
		for (const link of links) {
			const response = await page.goto(server.origin + link!);
			expect(response?.status(), link!).toBe(200);
		}
		await context.close();
	});
});
