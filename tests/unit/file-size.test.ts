/** PARSE-011: content files over the size cap are refused before they are read or parsed. */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSize, MAX_FILE_BYTES } from '../../src/lib/load/file-size.ts';
import { loadHandbook, loadHandbookFromFiles } from '../../src/lib/load/load.ts';

const config = `company:
  name: Beispiel GmbH
locales: { default: de, available: [de] }
review:
  maxIntervalMonths: { guideline: 24 }
  warnDays: 30
legal:
  requiredAreas: [copyright, trademark, competition, personality]
`;

/** An MDX guideline whose body makes the file `bytes` long. */
function bigGuideline(bytes: number): string {
	const head = '---\nid: riesig\ntitle: Riesig\n---\n';
	return head + 'Satz. '.repeat(Math.ceil((bytes - head.length) / 6));
}

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the per-file size cap (PARSE-011)', () => {
	it('formats sizes the way a file manager shows them', () => {
		expect(formatSize(MAX_FILE_BYTES)).toBe('1.0 MB');
		expect(formatSize(5 * 1024 * 1024 + 200_000)).toBe('5.2 MB');
		expect(formatSize(850 * 1024)).toBe('850 KB');
	});

	it('refuses a 5 MB document with the file, its size and the limit, and checks nothing else in it', () => {
		const r = loadHandbookFromFiles([
			{ path: 'handbook.yaml', content: config },
			{ path: 'guidelines/riesig.mdx', content: bigGuideline(5 * 1024 * 1024) },
		]);
		expect(r.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PARSE-011',
				severity: 'error',
				file: 'content/guidelines/riesig.mdx',
				value: expect.any(Number),
				message: expect.stringMatching(/is 5\.\d MB; .*up to 1\.0 MB/),
				fix: expect.stringContaining('Split the document'),
			}),
		]);
		expect(r.handbook.docs).toEqual([]);
	});

	it('accepts a document just under the cap', () => {
		const r = loadHandbookFromFiles([
			{ path: 'handbook.yaml', content: config },
			{ path: 'guidelines/riesig.mdx', content: bigGuideline(MAX_FILE_BYTES - 100) },
		]);
		expect(r.diagnostics.filter((d) => d.rule === 'PARSE-011')).toEqual([]);
		expect(r.handbook.docs.map((d) => d.stem)).toEqual(['riesig']);
	});

	it('refuses an oversized handbook.yaml without also calling it missing', () => {
		const r = loadHandbookFromFiles([
			{ path: 'handbook.yaml', content: config + `# ${'x'.repeat(MAX_FILE_BYTES)}\n` },
		]);
		expect(r.diagnostics.map((d) => [d.rule, d.file])).toEqual([
			['PARSE-011', 'content/handbook.yaml'],
		]);
		expect(r.diagnostics[0]!.fix).toContain('handbook.yaml');
	});

	it('refuses an oversized file on disk by its size, without reading it; assets are not capped', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'kodex-size-'));
		dirs.push(dir);
		mkdirSync(path.join(dir, 'guidelines'));
		mkdirSync(path.join(dir, 'assets'));
		writeFileSync(path.join(dir, 'handbook.yaml'), config);
		writeFileSync(path.join(dir, 'guidelines/riesig.mdx'), bigGuideline(3 * 1024 * 1024));
		writeFileSync(path.join(dir, 'assets/video.bin'), new Uint8Array(2 * 1024 * 1024));
		const r = await loadHandbook(dir, { root: path.dirname(dir) });
		const rel = path.basename(dir);
		expect(r.diagnostics.map((d) => [d.rule, d.file, d.value])).toEqual([
			['PARSE-011', `${rel}/guidelines/riesig.mdx`, expect.any(Number)],
		]);
		expect(r.diagnostics[0]!.value as number).toBeGreaterThan(3 * 1024 * 1024 - 10);
		expect(r.diagnostics[0]!.message).toContain('3.0 MB');
	});
});
