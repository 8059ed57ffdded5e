/**
 * The Content-Security-Policy holds in a real browser: every kind of page of the built example
 * site (home, section, document, pre-publish check, crisis playbook, team, "What changed",
 * review dashboard, both languages), with search opened and a query typed, runs without a
 * single CSP violation or script error. The policy is the meta tag (src/lib/site/chrome/security-headers.ts);
 * that the web server sends it as a header is tested with nginx in tests/integration/deploy.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP_META, hostHeaders, ROBOTS_TXT } from '../../src/lib/site/chrome/security-headers.ts';
import { launchChromium, watchCsp } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;

const PAGES = [
	'/',
	'/de/',
	'/en/',
	'/de/guidelines/',
	'/de/prepublish/darf-ich-das-posten/',
	'/de/playbooks/shitstorm/',
	'/de/teams/kommunikation/',
	'/de/changes/',
	'/de/review/',
	'/en/checklists/',
];

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	server = await startStaticServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('Content-Security-Policy', () => {
	it('is on every page as a meta tag, and no page has an inline script', () => {
		for (const url of PAGES) {
			const html = readFileSync(path.join(siteDir, url, 'index.html'), 'utf8');
			expect(html, url).toContain(
				`<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`,
			);
			const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0]);
			expect(inline, url).toEqual([]);
		}
	});

	it('is never violated on any kind of page, nor while searching', async () => {
		const page = await browser.newPage();
		const problems = await watchCsp(page);
		const seen: string[] = [];
		for (const url of PAGES) {
			await page.goto(`${server.origin}${url}`);
			await page.waitForLoadState('networkidle');
			seen.push(...(await problems()).map((p) => `${url}: ${p}`));
		}
		// Search loads Pagefind (JavaScript, WebAssembly, index fragments) only when opened.
		await page.goto(`${server.origin}/de/`);
		await page.keyboard.press('Control+K');
		await page.keyboard.type('Urheberrecht');
		await page.locator('.search-result').first().waitFor({ timeout: 20_000 });
		seen.push(...(await problems()).map((p) => `search: ${p}`));
		await page.close();
		expect(seen).toEqual([]);
	});

	it('ships robots.txt that disallows everything and _headers for static hosts', () => {
		expect(readFileSync(path.join(siteDir, 'robots.txt'), 'utf8')).toBe(ROBOTS_TXT);
		expect(ROBOTS_TXT).toMatch(/^User-agent: \*\nDisallow: \/\n$/);
		const headers = readFileSync(path.join(siteDir, '_headers'), 'utf8');
		expect(headers).toBe(hostHeaders());
		expect(headers).toMatch(/^\/\*\n/);
		for (const name of [
			'Content-Security-Policy',
			'X-Content-Type-Options',
			'Referrer-Policy',
			'X-Robots-Tag',
		])
			expect(headers).toContain(`  ${name}: `);
	});

	it('would report a violation: an injected inline script is blocked and recorded', async () => {
		const page = await browser.newPage();
		const problems = await watchCsp(page);
		await page.goto(`${server.origin}/de/`);
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__ran = true';
			document.body.append(s);
		});
		await expect
			.poll(problems)
			.toEqual(
				expect.arrayContaining([expect.stringMatching(/^script-src(-elem)? blocked inline/)]),
			);
		expect(
			await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran),
		).toBeUndefined();
		await page.close();
	});
});
