/**
 * The university handbook (tests/fixtures/site-university) in a real browser: the header's
 * crisis link reaches its main crisis playbook from every language, the search dialog offers
 * its own legal area as a filter, and its blocking guideline rule turns the pre-publish
 * check's result into "fix first" with whom to ask — even when every checklist item is
 * answered safely.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { buildUniversitySite } from '../helpers/fixture-site.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await startStaticServer(await buildUniversitySite());
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 800 } });
	await page.goto(server.origin + path);
	return page;
}

describe('university handbook in the browser', () => {
	it('links the main crisis playbook from the header in every language', async () => {
		for (const lang of ['de', 'en', 'pt-BR']) {
			const page = await open(`/${lang}/teams/`, 360);
			const link = page.locator('header a.crisis-link');
			await expect.poll(() => link.getAttribute('href')).toBe(`/${lang}/playbooks/campus-notfall/`);
			await link.click();
			await page.waitForURL(`**/${lang}/playbooks/campus-notfall/`);
			expect(await page.locator('h1').textContent()).toContain('Notfall auf dem Campus');
			// The external parties of the playbook, with how to reach them.
			const body = (await page.locator('main').textContent()) ?? '';
			expect(body).toContain('Lagezentrum der Polizei Beispielstadt');
			expect(body).toContain('Notruf 110');
			await page.close();
		}
	});

	it('offers its own legal area and audiences as search filters', async () => {
		const page = await open('/de/');
		const legal = page.locator('#search-legal option');
		expect(await legal.allTextContents()).toContain('Hochschulrecht');
		expect(await page.locator('#search-audience option').allTextContents()).toEqual(
			expect.arrayContaining(['Studierende', 'Lehrende']),
		);
		await page.close();
	});

	it('says "fix first" for a post about an exam, because of the blocking guideline rule', async () => {
		const page = await open('/de/prepublish/darf-ich-das-posten/', 360);
		const question = (id: string) => page.locator(`#pp-q-${id}`);
		await question('channel').getByLabel('Instagram', { exact: true }).check();
		await question('account').getByLabel('Ein Kanal der Hochschule', { exact: true }).check();
		await question('exam').getByLabel(t('de', 'prepublish.yes'), { exact: true }).check();
		await question('people').getByLabel(t('de', 'prepublish.no'), { exact: true }).check();
		await question('research').getByLabel(t('de', 'prepublish.no'), { exact: true }).check();
		await page.getByRole('button', { name: t('de', 'prepublish.next') }).click();
		// Step 2 lists the guideline rule that applies (folded), with whom to ask.
		const rule = page.locator('.pp-rules [data-rule="lehre-im-netz#keine-pruefungsaufgaben"]');
		expect(await rule.evaluate((li) => (li as HTMLElement).hidden)).toBe(false);
		const ruleText = (await rule.textContent()) ?? '';
		expect(ruleText).toContain('Posten Sie keine Fotos oder Abschriften von Prüfungsaufgaben.');
		expect(ruleText).toContain('Fragen Sie: Prüfungsamt');
		// Every checklist item answered safely, group by group: only the guideline rule can stop the post.
		let answered = 0;
		while (await page.locator('.pp-check').isVisible()) {
			for (const li of await page.locator('.pp-items > li:not([hidden])').all()) {
				await li.getByLabel(t('de', 'prepublish.yes'), { exact: true }).check();
				answered++;
			}
			await page
				.locator('.pp-check')
				.getByRole('button', { name: t('de', 'prepublish.next') })
				.click();
		}
		expect(answered).toBe(2);
		const verdict = page.locator('.pp-verdict-title:visible');
		expect(await verdict.textContent()).toBe(t('de', 'prepublish.verdictFix'));
		expect(await axeViolations(page, 'result')).toEqual([]);
		await page.close();
	});
});
