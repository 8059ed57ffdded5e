/**
 * The second handbook (tests/fixtures/site-university): a university, unlike the example
 * company, using every extension point of handbook.yaml in German, English and Brazilian
 * Portuguese. It passes `check --strict`, and the built site shows its own terms: its legal
 * area, audiences and channel platform in badges and search filters, its main crisis playbook
 * (not the shitstorm-scale one) behind the header's crisis link, its external parties on the
 * playbook page, and pages under /pt-BR/ with the right language marks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildUniversitySite,
	UNIVERSITY_CONTENT,
	UNIVERSITY_TODAY,
} from '../helpers/fixture-site.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';

let site: string;

beforeAll(async () => {
	site = await buildUniversitySite();
});

/** The built HTML of a page, by its path without the leading slash. */
function html(rel: string): string {
	const file = path.join(site, rel, 'index.html');
	expect(existsSync(file), `${rel} is built`).toBe(true);
	return readFileSync(file, 'utf8');
}

/** The text of a page, tags removed and whitespace collapsed. */
function text(rel: string): string {
	return html(rel)
		.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}

describe('university handbook', () => {
	it('passes check --strict', () => {
		const r = spawnSync(process.execPath, ['src/cli/check.ts', '--strict'], {
			encoding: 'utf8',
			env: {
				...process.env,
				KODEX_CONTENT: UNIVERSITY_CONTENT,
				KODEX_TODAY: UNIVERSITY_TODAY,
				KODEX_LANG: 'en',
				NO_COLOR: '1',
			},
		});
		expect(r.stdout + r.stderr).toContain('0 errors, 0 warnings');
		expect(r.status).toBe(0);
	});

	it('builds a site per language, pt-BR included, with the right language marks', () => {
		for (const lang of ['de', 'en', 'pt-BR'])
			expect(html(lang)).toMatch(new RegExp(`<html lang="${lang}"`));
		const doc = html('pt-BR/guidelines/ensino-online');
		expect(doc).toMatch(/<html lang="pt-BR"/);
		expect(doc).toMatch(/<h1[^>]*>\s*Ensino e provas na internet\s*</);
		for (const [lang, href] of [
			['pt-BR', '/pt-BR/guidelines/ensino-online/'],
			['de', '/de/guidelines/lehre-im-netz/'],
			['en', '/en/guidelines/teaching-online/'],
		])
			expect(doc).toContain(`<link rel="alternate" hreflang="${lang}" href="${href}">`);
		// A document only in German is shown under /pt-BR/ with the fallback notice, in the
		// English interface, and its dates follow that interface.
		const fallback = text('pt-BR/guidelines/hausregeln');
		expect(fallback).toContain('This document is only available in German.');
		expect(fallback).toContain('1 June 2026');
		expect(fallback).not.toContain('junho');
	});

	it('indexes pt-BR pages under their own Pagefind language', async () => {
		const entry = JSON.parse(
			readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'),
		) as { languages: Record<string, { page_count: number }> };
		expect(entry.languages['pt-br']?.page_count).toBeGreaterThan(0);
		const pf = await loadPagefind(site, 'pt-BR');
		const results = await pf.search('Quadroverde');
		expect(results.map((r) => r.url)).toEqual(['/pt-BR/guidelines/ensino-online/']);
	});

	it('shows its own legal area, topic, audiences and platform on pages and in search filters', async () => {
		expect(text('de/checklists/hochschulrecht')).toContain('Hochschulrecht');
		expect(text('de/checklists/forschungsdaten')).toContain('Gute wissenschaftliche Praxis');
		// The Portuguese label of the company's own legal area on the pt-BR page.
		expect(text('pt-BR/guidelines/ensino-online')).toContain('Direito universitário');
		// A built-in legal area with the company's Portuguese label; the other languages keep Kodex's.
		expect(text('pt-BR/guidelines/ensino-online')).toContain('Direitos da personalidade');
		expect(text('en/guidelines/teaching-online')).toContain('Personality rights');
		expect(text('de/guidelines/lehre-im-netz')).toContain('Persönlichkeitsrecht');
		expect(text('de/channels/campus-app')).toContain('Campus-App');
		const pf = await loadPagefind(site, 'de');
		const filters = await pf.filters();
		expect(Object.keys(filters['legal'] ?? {})).toContain('Hochschulrecht');
		expect(Object.keys(filters['audience'] ?? {})).toEqual(
			expect.arrayContaining(['Studierende', 'Lehrende']),
		);
		const [hit] = await pf.search('Klausurfotoverbot');
		expect(hit?.url).toBe('/de/guidelines/lehre-im-netz/');
		expect(hit?.filters['legal']).toContain('Hochschulrecht');
	});

	it('names its external parties on the playbook and team pages, how and when to reach them', () => {
		const playbook = text('de/playbooks/campus-notfall');
		expect(playbook).toContain('Lagezentrum der Polizei Beispielstadt');
		expect(playbook).toContain('Notruf 110');
		expect(playbook).toContain('Pressestelle des Wissenschaftsministeriums');
		expect(text('de/teams/kommunikation')).toContain(
			'sobald eine Bedrohung auf dem Campus gemeldet wird',
		);
	});

	it('shows office hours and on-call duties per role on the team and channel pages', () => {
		const team = text('de/teams/kommunikation');
		expect(team).toContain('Mo–Fr 08:00–18:00');
		expect(team).toContain('Mo–Fr 18:00–22:00 · Sa, So 10:00–18:00');
		expect(team).toContain('Umfasst: Campus-Warnungen und Notfälle');
		// The broadcast-only app has its own hours and on-call duty, in the reader's words.
		const app = text('de/channels/campus-app');
		expect(app).toContain('Mo–Fr 07:00–20:00');
		expect(app).toContain('Campus-Redaktion');
		expect(text('pt-BR/channels/campus-app')).toContain('Sat, Sun 08:00–20:00');
	});
});
