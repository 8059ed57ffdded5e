/**
 * Every link to another site in the built example — in document bodies (law citations),
 * channel pages, checklists — carries rel="noopener noreferrer", so no page hands another
 * host its address or a handle on the window that opened it.
 */
import { describe, expect, inject, it } from 'vitest';
import { siteTexts } from '../helpers/site-files.ts';

const siteDir = inject('siteDir');

describe('links to other sites in the built site', () => {
	it('all carry rel="noopener noreferrer"', () => {
		expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
		const pages = [...siteTexts(siteDir)].filter(([name]) => name.endsWith('.html'));
		let external = 0;
		let inBodies = 0;
		const bare: string[] = [];
		for (const [name, html] of pages)
			for (const m of html.matchAll(/<a\b[^>]*\bhref="(?:https?:)?\/\/[^"]*"[^>]*>/gi)) {
				external++;
				if (/class="citation"/.test(m[0])) inBodies++;
				const rel = /\brel="([^"]*)"/.exec(m[0])?.[1]?.split(/\s+/) ?? [];
				if (!rel.includes('noopener') || !rel.includes('noreferrer')) bare.push(`${name}: ${m[0]}`);
			}
		// The premise: the example links other sites, from bodies (citations) too.
		expect(external).toBeGreaterThan(10);
		expect(inBodies).toBeGreaterThan(0);
		expect(bare.slice(0, 10)).toEqual([]);
	});
});
