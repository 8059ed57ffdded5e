/**
 * `npm run dev` on a copy of the base fixture: a content error appears in the
 * page with the same text as `npm run check` (file, line and rule included), the
 * other pages keep working, and the panel disappears once the file is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmpRoot = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/dev-'));
const content = path.join(tmpRoot, 'content');
fs.cpSync(path.join(ROOT, 'tests/fixtures/base'), content, { recursive: true });
const guideline = path.join(content, 'guidelines/private-konten.mdx');
const original = fs.readFileSync(guideline, 'utf8');

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let origin = '';
let log = '';

/** The environment an author's terminal has: without the test runner's variables (NODE_ENV=test, VITEST…), which change how Vite watches files. */
function authorEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
	);
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

async function until<T>(
	what: string,
	probe: () => Promise<T | undefined>,
	ms = 60_000,
): Promise<T> {
	const end = Date.now() + ms;
	for (;;) {
		const value = await probe().catch(() => undefined);
		if (value !== undefined) return value;
		if (Date.now() > end) throw new Error(`${what} did not happen; dev server log:\n${log}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

beforeAll(async () => {
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(
		process.execPath,
		[
			path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
			'dev',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
		],
		{
			cwd: ROOT,
			env: {
				...authorEnv(),
				KODEX_CONTENT: content,
				KODEX_TODAY: '2026-11-22',
				ASTRO_TELEMETRY_DISABLED: '1',
			},
		},
	);
	server.stdout?.on('data', (c: Buffer) => (log += c.toString()));
	server.stderr?.on('data', (c: Buffer) => (log += c.toString()));
	await until(
		'the dev server start',
		async () => ((await fetch(`${origin}/__kodex/problems`)).ok ? true : undefined),
		120_000,
	);
	browser = await launchChromium();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	server?.kill();
	fs.writeFileSync(guideline, original);
	fs.rmSync(tmpRoot, { recursive: true, force: true });
});

describe('content errors in the dev server', () => {
	it('shows a saved mistake in the page, keeps serving, and clears it once fixed', async () => {
		if (!browser) throw new Error('no browser');
		const page = await browser.newPage();
		await page.goto(`${origin}/de/checklists/urheberrecht/`);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('#kodex-dev-problems').count()).toBe(0);

		fs.writeFileSync(guideline, original.replace(/^owner: .*$/m, 'owner: rechtsabteilung'));
		const panel = page.locator('#kodex-dev-problems');
		await panel.waitFor({ state: 'visible', timeout: 60_000 });
		const text = await panel.innerText();
		// In the handbook's default language (German for the base fixture), like `npm run check`.
		expect(text).toContain('Kodex: 1 Inhaltsfehler (npm run check)');
		expect(text).toContain('Datei korrigieren und speichern');
		expect(text).toMatch(/guidelines\/private-konten\.mdx:\d+:\d+ {2}Fehler {2}REF-001 {2}owner/);
		expect(text).toMatch(/gemeint\? +rechtsberatung/);
		expect(await panel.getAttribute('role')).toBe('alert');
		expect(await panel.getAttribute('lang')).toBe('de');

		// The server lives on; another page still renders, and shows the panel too.
		const other = await browser.newPage();
		const response = await other.goto(`${origin}/de/templates/erste-reaktion/`);
		expect(response?.status()).toBe(200);
		await other.locator('#kodex-dev-problems').waitFor({ state: 'visible', timeout: 30_000 });
		expect(await other.locator('main').count()).toBeGreaterThan(0);

		fs.writeFileSync(guideline, original);
		await panel.waitFor({ state: 'detached', timeout: 60_000 });
		// A fresh page: the open ones may be reloading themselves after the save (Vite's full
		// reload), and a reload of ours would race it.
		const after = await browser.newPage();
		await after.goto(`${origin}/de/templates/erste-reaktion/`);
		await after.waitForLoadState('networkidle');
		expect(await after.locator('main').count()).toBeGreaterThan(0);
		expect(await after.locator('#kodex-dev-problems').count()).toBe(0);
		expect(server?.exitCode).toBeNull();
	}, 180_000);
});
