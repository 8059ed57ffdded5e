/**
 * Quality gate: every built page is valid HTML by html-validate's recommended
 * rules, tuned in tests/helpers/html-rules.ts (no network: the rules are bundled).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildOverdueSite } from '../helpers/fixture-site.ts';
import { HTML_RULES } from '../helpers/html-rules.ts';

const siteDir = inject('siteDir');
let overdueDir = '';

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
	overdueDir = await buildOverdueSite();
});

interface Problem {
	page: string;
	rule: string;
	message: string;
	where: string;
}

async function validateSite(root: string): Promise<{ pages: number; problems: Problem[] }> {
	const validator = new HtmlValidate(new StaticConfigLoader(HTML_RULES));
	const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
		f.endsWith('.html'),
	);
	const problems: Problem[] = [];
	for (const page of pages) {
		const rel = page.split(path.sep).join('/');
		const report = await validator.validateString(readFileSync(path.join(root, page), 'utf8'), rel);
		for (const result of report.results)
			for (const m of result.messages)
				problems.push({
					page: rel,
					rule: m.ruleId,
					message: m.message,
					where: `${m.line}:${m.column} ${m.selector ?? ''}`,
				});
	}
	return { pages: pages.length, problems };
}

/** Problems as readable lines, so a failing assertion shows page, place, rule and message. */
function unexpected(problems: Problem[]): string[] {
	return problems.map((p) => `${p.page}:${p.where} ${p.rule}: ${p.message}`);
}

describe('HTML validity (html-validate)', () => {
	it('passes on every page of the example handbook', async () => {
		const { pages, problems } = await validateSite(siteDir);
		expect(pages).toBeGreaterThan(40);
		expect(unexpected(problems)).toEqual([]);
	});

	it('passes on every page of the overdue fixture (dashboard with overdue rows)', async () => {
		const { problems } = await validateSite(overdueDir);
		expect(unexpected(problems)).toEqual([]);
	});

	it('catches invalid markup', async () => {
		const validator = new HtmlValidate(new StaticConfigLoader(HTML_RULES));
		const report = await validator.validateString(
			'<!doctype html><html lang="de"><head><title>x</title></head><body><p>a<ul><li>b</li></ul></p><div id="a"></div><div id="a"></div></body></html>',
			'bad.html',
		);
		const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
		expect(rules).toContain('no-dup-id');
		expect(rules).toContain('close-order');
	});
});
