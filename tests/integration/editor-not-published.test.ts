/**
 * The browser editor stays out of the published handbook unless a build asks
 * for it (KODEX_EDITOR, docs/editor.md): the shared example build has no
 * /admin/ page and no copy of the CMS.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** The shared example build (tests/setup/build-site.ts). */
const SITE_DIR = inject('siteDir');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

describe('editor in a normal build', () => {
	it('has no /admin/ folder and no CMS bundle', () => {
		expect(existsSync(path.join(SITE_DIR, 'index.html'))).toBe(true);
		expect(existsSync(path.join(SITE_DIR, 'admin'))).toBe(false);
	});

	it('no page refers to the editor or the CMS', () => {
		const pages = htmlFiles(SITE_DIR);
		expect(pages.length).toBeGreaterThan(20);
		const referring = pages.filter((file) =>
			/\/admin\/|decap-cms/.test(readFileSync(file, 'utf8')),
		);
		expect(referring).toEqual([]);
	});
});
