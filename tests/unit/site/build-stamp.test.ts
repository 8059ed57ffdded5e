/** When the test suite may reuse the build `npm run build` made (src/astro/build-stamp.ts). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	buildSettings,
	currentBuild,
	sourceFingerprint,
	writeBuildStamp,
} from '../../../src/astro/build-stamp.ts';
import { EXAMPLE_TODAY } from '../../setup/build-site.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'kodex-stamp-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, text: string): string {
	const file = path.join(root, rel);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text);
	return file;
}

describe('build stamp', () => {
	write('src/page.ts', 'export {};\n');
	const doc = write('content/guidelines/a.mdx', '---\nid: a\n---\n');
	write('dist/kodex-manifest.json', '{}\n');
	const env = { KODEX_CONTENT: 'content', KODEX_TODAY: '2026-11-22' };
	const settings = buildSettings(env, root);
	writeBuildStamp(root, {
		outDir: path.join(root, 'dist'),
		fingerprint: sourceFingerprint(root, settings.content),
		settings,
		ms: 1234,
	});

	it('offers the last build while the files and settings are the same', () => {
		expect(currentBuild(root, settings)).toMatchObject({
			outDir: path.join(root, 'dist'),
			ms: 1234,
		});
	});

	it('does not offer it for other settings', () => {
		expect(currentBuild(root, buildSettings({ ...env, KODEX_TODAY: '2026-11-23' }, root))).toBe(
			undefined,
		);
		expect(currentBuild(root, buildSettings({ ...env, KODEX_DRAFTS: '1' }, root))).toBe(undefined);
	});

	it('does not offer it once a content file changed', () => {
		const later = new Date(Date.now() + 60_000);
		utimesSync(doc, later, later);
		expect(currentBuild(root, settings)).toBe(undefined);
	});

	it('is what CI relies on: .ci/run builds with the date the suite pins', () => {
		expect(readFileSync('.ci/run', 'utf8')).toContain(`KODEX_TODAY:-${EXAMPLE_TODAY}`);
	});
});
