/**
 * Prose is content, not code. A document full of attempted payloads
 * (tests/fixtures/payloads/guidelines/angriff.mdx):
 * - stops the normal build before anything renders, with the same file:line
 *   report as `check` and no stack trace;
 * - built with that gate switched off, reaches the site without a trace of
 *   any payload: not in the HTML, the scripts, the search index (Pagefind's
 *   fragments are gzip-compressed and read decompressed here) or on the
 *   build machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TMP } from '../setup/build-site.ts';
import {
	buildPayloadSite,
	PAYLOAD_FILE,
	PAYLOAD_PAGE,
	writePayloadContent,
} from '../helpers/payload-site.ts';

const MARKERS = [
	'KX-',
	'other.example',
	'javascript:',
	'vbscript:',
	'S1gtREFUQUxJTks',
	'root:x:0:0',
	'onerror',
	'onmouseover',
	'ontoggle',
	'onfocus',
	'Banner',
	'passwd',
];

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name));
}

/** A file's text as a reader or a search would see it: Pagefind's gzip files decompressed. */
function readable(file: string): string {
	const bytes = readFileSync(file);
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('utf8');
	return bytes.toString('utf8');
}

describe('a build of a document full of payloads', () => {
	let siteDir = '';
	const gatedDir = mkdtempSync(path.join(TEST_TMP, 'payload-gated-'));
	afterAll(() => rmSync(gatedDir, { recursive: true, force: true }));

	beforeAll(async () => {
		siteDir = await buildPayloadSite();
	}, 300_000);

	it('stops before rendering with the check report at file:line', () => {
		const content = path.join(gatedDir, 'content');
		writePayloadContent(content);
		const out = path.join(gatedDir, 'dist');
		const r = spawnSync(
			process.execPath,
			['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out],
			{
				encoding: 'utf8',
				env: {
					...process.env,
					ASTRO_TELEMETRY_DISABLED: '1',
					NO_COLOR: '1',
					KODEX_CONTENT: path.relative('.', content),
					KODEX_TODAY: '2026-11-22',
					KODEX_LANG: 'en',
				},
				timeout: 120_000,
			},
		);
		expect(r.status).toBe(1);
		const file = `${path.relative('.', content)}/guidelines/angriff.mdx`;
		const lines = readFileSync(path.join(content, 'guidelines/angriff.mdx'), 'utf8').split('\n');
		const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
		expect(r.stderr).toContain(`${file}:${lineOf('import passwd')}:1  error  BODY-002`);
		expect(r.stderr).toContain(`${file}:${lineOf('<script>')}:1  error  BODY-003`);
		expect(r.stderr).toContain(`${file}:${lineOf('![Fremdbild](https:')}:1  error  BODY-004`);
		expect(r.stderr).toContain('nothing was built');
		expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s{4}at /m);
		expect(existsSync(path.join(out, 'index.html'))).toBe(false);
	});

	it('runs nothing on the build machine', () => {
		expect(existsSync(PAYLOAD_FILE)).toBe(false);
	});

	it('publishes the harmless text of the document', () => {
		const html = readFileSync(path.join(siteDir, PAYLOAD_PAGE, 'index.html'), 'utf8');
		expect(html).toContain('Payloadprobe');
		expect(html).toContain('<kbd>Strg</kbd>');
		expect(html).toContain('<abbr title="Testwort">TW</abbr>');
		expect(html).toContain('<div class="callout callout-note" role="note">');
	});

	it('leaves no payload anywhere in dist/, search fragments included', () => {
		const files = filesUnder(siteDir);
		const fragments = files.filter((f) => f.endsWith('.pf_fragment'));
		expect(fragments.length).toBeGreaterThan(0);
		const found: string[] = [];
		let searchSawPage = false;
		for (const file of files) {
			const text = readable(file);
			if (file.endsWith('.pf_fragment') && text.includes('Payloadprobe')) searchSawPage = true;
			for (const marker of MARKERS)
				if (text.includes(marker)) found.push(`${path.relative(siteDir, file)}: ${marker}`);
		}
		expect(searchSawPage, 'the payload page is in the search index').toBe(true);
		expect(found).toEqual([]);
	});
});
