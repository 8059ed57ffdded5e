/**
 * The browser editor in local mode: `astro dev` on a copy of the example
 * handbook, /admin/ in Chromium. A new guideline is created through the form
 * and must pass `check`; an edited checklist item must change only that item.
 * No request may leave the dev server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { structuredPatch } from 'diff';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/editor/file-format.ts';
import { launchChromium, watchForeignRequests } from '../helpers/chromium.ts';
import { prepareRoot } from '../helpers/fixture-site.ts';
import { TEST_TMP } from '../setup/build-site.ts';

const REPO = path.resolve('.');
const ROOT = path.join(TEST_TMP, 'editor-dev');
const CONTENT = path.join(ROOT, 'handbook');

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port')),
			);
		});
	});
}

/** Starts `astro dev` in ROOT and resolves with its origin once /admin/ answers. */
async function startDev(port: number): Promise<{ child: ChildProcess; log: () => string }> {
	let output = '';
	const child = spawn(
		process.execPath,
		[path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port)],
		{
			cwd: ROOT,
			env: {
				// Astro serves no pages when it believes it runs inside Vitest.
				...Object.fromEntries(
					Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')),
				),
				NODE_ENV: 'development',
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				KODEX_CONTENT: 'handbook',
			},
		},
	);
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
		try {
			const res = await fetch(`http://localhost:${port}/admin/`, {
				signal: AbortSignal.timeout(60_000),
			});
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill();
			throw new Error(`astro dev did not answer:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return { child, log: () => output };
}

/** `check --format json` on the copied handbook. */
function check(): { code: number | null; report: { errors: Diag[]; warnings: Diag[] } } {
	const run = spawnSync(
		path.join(REPO, 'node_modules', '.bin', 'node'),
		[path.join(REPO, 'src', 'cli', 'check.ts'), '--format', 'json'],
		// As if `npm run check` were typed in ROOT (npm's INIT_CWD would be the repository).
		{
			cwd: ROOT,
			env: { ...process.env, INIT_CWD: ROOT, KODEX_CONTENT: 'handbook' },
			encoding: 'utf8',
		},
	);
	return {
		code: run.status,
		report: JSON.parse(run.stdout) as { errors: Diag[]; warnings: Diag[] },
	};
}

interface Diag {
	file: string;
	rule: string;
	message: string;
}

/** Types `value` into field `name`, again if the form was still re-rendering and lost it. */
async function fill(page: Page, name: string, value: string, nth = 0): Promise<void> {
	for (let attempt = 0; ; attempt++) {
		const input = await control(page, name, nth);
		await input.fill(value);
		await new Promise((resolve) => setTimeout(resolve, 300));
		if ((await input.inputValue()) === value) return;
		if (attempt === 5) throw new Error(`field ${name} does not keep its value`);
	}
}

/** The form control of field `name` (the nth one, for fields inside lists). */
async function control(page: Page, name: string, nth = 0) {
	const label = page.locator(`label[for^="${name}-field-"]`).nth(nth);
	const id = await label.getAttribute('for');
	if (!id) throw new Error(`no field ${name}`);
	return page.locator(`[id="${id}"]`);
}

/** Picks an option in a select or relation field: types `query`, then clicks the option named `option`. */
async function choose(
	page: Page,
	name: string,
	query: string,
	option = query,
	nth = 0,
): Promise<void> {
	const input = await control(page, name, nth);
	await input.click();
	await input.fill(query);
	await page.getByRole('option', { name: option, exact: true }).click();
}

/** Publishes the entry being edited ("Veröffentlichen" → "Jetzt veröffentlichen"). */
async function publish(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Veröffentlichen' }).click();
	await page.getByRole('menuitem', { name: 'Jetzt veröffentlichen' }).click();
}

function changedLines(before: string, after: string): string[] {
	return structuredPatch('a', 'b', before, after, '', '', { context: 0 }).hunks.flatMap((h) =>
		h.lines.filter((l) => l.startsWith('-') || l.startsWith('+')),
	);
}

async function waitForFile(file: string, accept: (text: string) => boolean): Promise<string> {
	const deadline = Date.now() + 30_000;
	for (;;) {
		let text = '';
		try {
			text = readFileSync(file, 'utf8');
		} catch {
			// not written yet
		}
		if (text && accept(text)) return text;
		if (Date.now() > deadline) throw new Error(`${file} was not saved as expected:\n${text}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

describe('browser editor (local mode)', () => {
	let browser: Browser;
	let dev: { child: ChildProcess; log: () => string };
	let origin: string;

	beforeAll(async () => {
		prepareRoot(ROOT);
		cpSync(path.join(REPO, 'content'), CONTENT, { recursive: true });
		const port = await freePort();
		origin = `http://localhost:${port}`;
		dev = await startDev(port);
		browser = await launchChromium();
	});

	afterAll(async () => {
		await browser?.close();
		dev?.child.kill();
	});

	async function openEditor(): Promise<{ page: Page; foreign: string[] }> {
		const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		const foreign = watchForeignRequests(page, origin);
		await page.goto(`${origin}/admin/`);
		await page.getByRole('button', { name: 'Login' }).click();
		return { page, foreign };
	}

	it('creates a guideline with two rules and a checklist reference that passes check', async () => {
		const { page, foreign } = await openEditor();
		// Open the form once the collection has loaded, so it is not re-rendered while typing.
		await page.goto(`${origin}/admin/#/collections/guideline`);
		await page.getByText('Unsere Social-Media-Strategie').waitFor();
		await page.goto(`${origin}/admin/#/collections/guideline/new`);
		await fill(page, 'id', 'editor-test');
		await fill(page, 'title', 'Im Editor angelegte Richtlinie');
		await fill(page, 'summary', 'Eine Richtlinie, die der Browser-Test über das Formular anlegt.');
		// The language is a choice of the handbook's languages, preset to its default.
		await choose(page, 'language', 'Deutsch', 'Deutsch (de)');
		await choose(page, 'status', 'draft');
		await choose(page, 'owner', 'Social', 'Social Media Manager');
		await choose(page, 'audience', 'all-employees');
		await choose(page, 'scope', 'both');
		await choose(page, 'binding', 'policy');
		for (const [i, rule] of [
			{ id: 'freundlich', kind: 'do', text: 'Antworte freundlich und sachlich.' },
			{ id: 'keine-interna', kind: 'dont', text: 'Teile keine internen Zahlen.' },
		].entries()) {
			await page.getByRole('button', { name: /rules hinzufügen/ }).click();
			// A new rule opens below the existing ones; its fields are the i-th of their name.
			await fill(page, 'id', rule.id, 1 + i);
			await choose(page, 'kind', rule.kind, rule.kind, i);
			await fill(page, 'text', rule.text, i);
		}
		await choose(page, 'checklists', 'Urheberrecht', 'Checkliste Urheberrecht');
		await choose(page, 'contacts', 'Social', 'Social Media Manager');
		const body = page.locator('.cms-editor-raw').locator('[contenteditable="true"], textarea');
		await body.click();
		await page.keyboard.type('Diese Richtlinie entstand im Formular.');
		await publish(page);

		const file = path.join(CONTENT, 'guidelines', 'editor-test.mdx');
		const text = await waitForFile(file, (t) => t.includes('keine-interna'));
		const data = parseYaml(splitFrontmatter(text).yaml) as Record<string, unknown>;
		expect(data).toMatchObject({
			id: 'editor-test',
			status: 'draft',
			appliesTo: 'all',
			checklists: ['urheberrecht'],
			rules: [
				{ id: 'freundlich', kind: 'do' },
				{ id: 'keine-interna', kind: 'dont' },
			],
		});
		expect(splitFrontmatter(text).body).toContain('Diese Richtlinie entstand im Formular.');

		const { code, report } = check();
		const mine = [...report.errors, ...report.warnings].filter((d) =>
			d.file.endsWith('editor-test.mdx'),
		);
		expect(mine).toEqual([]);
		expect(code, JSON.stringify(report.errors)).toBe(0);

		// The page shows check's verdict on the saved file, in the handbook's language.
		await expect
			.poll(() => page.locator('#kodex-check').textContent(), { timeout: 30_000 })
			.toContain('guidelines/editor-test.mdx besteht die Prüfung.');
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('edits one checklist item and the diff touches only that item', async () => {
		const file = path.join(CONTENT, 'checklists', 'urheberrecht.mdx');
		const before = readFileSync(file, 'utf8');
		const { page, foreign } = await openEditor();
		await page.goto(`${origin}/admin/#/collections/checklist/entries/urheberrecht`);
		const items = await control(page, 'items');
		// Items are collapsed to "id – question"; expand them.
		await items.getByText(/^lizenzumfang – /).waitFor();
		await items.getByRole('button', { name: 'Expand' }).first().click();
		// Every item's fields exist, hidden while collapsed; lizenzumfang is the second item.
		const question = page.locator('[id^="question-field-"]').nth(1);
		await expect(question.inputValue()).resolves.toMatch(/^Deckt die Lizenz genau/);
		await question.fill('Deckt die Lizenz genau diese Nutzung ab, auch Werbung und Laufzeit?');
		await publish(page);

		const after = await waitForFile(file, (t) => t !== before);
		expect(changedLines(before, after)).toEqual([
			expect.stringMatching(/^- {4}question: "Deckt die Lizenz genau diese Nutzung ab, also/),
			'+    question: Deckt die Lizenz genau diese Nutzung ab, auch Werbung und Laufzeit?',
		]);
		expect(check().report.errors.filter((d) => d.file.endsWith('urheberrecht.mdx'))).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});
});
