/**
 * The handbook site's own pages, built: the home page's entry points and
 * review summary, the review dashboard (a full table without JavaScript, with
 * overdue rows marked by more than colour), its CSV download, and the search
 * facets Pagefind indexed. The overdue fixture is built with KODEX_TODAY
 * pinned, so exactly one approved document is overdue.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DOC_TYPES } from '../../schemas/index.ts';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { validate } from '../../src/lib/validate.ts';
import { readHistory } from '../../src/lib/history/history.ts';
import { historyEnabled } from '../../src/lib/history/version-history.ts';
import { t } from '../../src/i18n/index.ts';
import { channelPlatforms, docFacets, facetLabel } from '../../src/lib/site/chrome/facets.ts';
import { BUILT_IN } from '../../src/lib/domain/vocabulary/index.ts';
import type { SiteDoc } from '../../src/lib/site/model/types.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { buildOverdueSite, OVERDUE_CONTENT, OVERDUE_TODAY } from '../helpers/fixture-site.ts';

const siteDir = inject('siteDir');
let overdueDir = '';
let exampleDocs: SiteDoc[] = [];

const read = (root: string, page: string) => readFileSync(path.join(root, page), 'utf8');
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');

/** The <tr> of document `id` on a dashboard page. */
function row(html: string, id: string): string {
	const m = new RegExp(`<tr id="review-${id}"[^>]*>[\\s\\S]*?</tr>`).exec(html);
	expect(m, `row ${id}`).not.toBeNull();
	return m![0];
}

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
	overdueDir = await buildOverdueSite();
	const result = await validate(resolveContentDir().abs);
	exampleDocs = result.handbook.docs
		.filter((d) => d.data && d.data.status !== 'draft')
		.map((d) => ({ type: d.type, id: d.data!.id, data: d.data }) as SiteDoc);
});

describe('review dashboard (overdue fixture, today pinned to ' + OVERDUE_TODAY + ')', () => {
	it('lists every published document as a plain table, drafts left out', async () => {
		const result = await validate(path.resolve(OVERDUE_CONTENT), { today: OVERDUE_TODAY });
		const docs = result.handbook.docs.filter((d) => d.data);
		const html = read(overdueDir, 'de/review/index.html');
		for (const doc of docs) {
			const present = html.includes(`id="review-${doc.data!.id}"`);
			expect(present, doc.file).toBe(doc.data!.status !== 'draft');
		}
		// Without JavaScript nothing is hidden and every row is in the markup.
		expect(html).not.toMatch(/<tr[^>]*\shidden/);
		expect(html).toContain(`aria-sort="ascending"`);
	});

	it('marks the overdue document by icon, words and days — not by colour alone', () => {
		const html = read(overdueDir, 'de/review/index.html');
		const overdue = row(html, 'urheberrecht');
		expect(overdue).toContain('state-row-overdue');
		expect(overdue).toContain('class="state-icon"');
		expect(text(overdue)).toContain('Überfällig');
		expect(text(overdue)).toContain('26 Tage überfällig');
		expect(overdue).toContain('data-sort="-26"');
		expect(text(row(html, 'linkedin'))).toContain('noch 15 Tage');
		expect(text(row(html, 'reichweite'))).toContain('In Prüfung');
		expect(text(row(html, 'alte-regeln'))).toContain('Veraltet');
		expect(text(html)).toContain('1 Dokument ist überfällig.');
		const en = read(overdueDir, 'en/review/index.html');
		expect(text(row(en, 'urheberrecht'))).toContain('26 days overdue');
	});

	it('summarises the review states on the home page and links the filtered dashboard', () => {
		const html = read(overdueDir, 'de/index.html');
		const summary = /<ul class="review-summary">[\s\S]*?<\/ul>/.exec(html)![0];
		expect(text(summary)).toMatch(/1 ! Überfällig 1 Bald fällig 1 In Prüfung 8 Aktuell/);
		expect(summary).toContain('href="/de/review/?state=overdue"');
		expect(text(html)).toContain(t('de', 'home.draftsExcluded'));
	});

	it('writes the CSV for Excel: BOM, CRLF, semicolons in German, commas in English', () => {
		const de = readFileSync(path.join(overdueDir, 'de', 'review', 'documents.csv'));
		expect([...de.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = de.toString('utf8').slice(1).split('\r\n');
		expect(lines.at(-1)).toBe('');
		expect(lines[0]!.split(';')[0]).toBe('Typ');
		const html = read(overdueDir, 'de/review/index.html');
		const rows = (html.match(/<tr id="review-/g) ?? []).length;
		expect(lines.length - 2).toBe(rows);
		expect(lines).toContain(
			'Checkliste;urheberrecht;Urheberrecht;Deutsch;Freigegeben;Überfällig;Rechtsabteilung;Rechtsabteilung;2026-01-05;2026-12-15;-26;/de/checklists/urheberrecht/',
		);
		expect(lines.some((l) => l.includes('entwurf'))).toBe(false);
		const en = readFileSync(path.join(overdueDir, 'en', 'review', 'documents.csv'), 'utf8');
		expect(en.slice(1).split('\r\n')[0]).toMatch(/^Type,ID,Document,/);
		expect(html).toContain('href="/de/review/documents.csv" download');
	});
});

describe('home page (example handbook)', () => {
	it('offers the task entry points, search, latest changes, review status and the sections', async () => {
		// The example handbook is committed: its latest changes come from git.
		const history = historyEnabled() ? await readHistory(resolveContentDir().abs) : undefined;
		const fromGit = (history?.files.size ?? 0) > 0;
		for (const lang of ['de', 'en'] as const) {
			const html = read(siteDir, `${lang}/index.html`);
			expect(text(html)).toContain(t(lang, 'home.task.crisis'));
			expect(text(html)).toContain(t(lang, 'home.task.contacts'));
			expect(html).toContain('class="hero-search"');
			expect(html).toContain(`href="/${lang}/review/"`);
			const recent = /<ol class="recent-list">([\s\S]*?)<\/ol>/.exec(html)![1]!;
			const items = (recent.match(/<li/g) ?? []).length;
			expect(items).toBeGreaterThan(0);
			expect(items).toBeLessThanOrEqual(5);
			if (fromGit) {
				expect(text(html)).toContain(t(lang, 'home.changes'));
				expect(recent).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T[^"]+">/);
				expect(html).toContain(`href="/${lang}/changes/"`);
			} else {
				expect(text(html)).toContain(t(lang, 'home.recent'));
			}
		}
	});

	it('falls back to the recorded review dates when git knows nothing of the content', () => {
		// The overdue fixture is built from an ignored folder: git has no history for it.
		const html = read(overdueDir, 'de/index.html');
		expect(text(html)).toContain(t('de', 'home.recent'));
		expect(text(html)).toContain(`${t('de', 'home.recentOn')} 1. Juni 2026`);
		expect(html).not.toContain('href="/de/changes/"');
	});

	it('links “May I post this?” only when an approved pre-publish check exists', () => {
		const type = 'prepublish';
		const approved = exampleDocs.filter(
			(d) => (d.type as string) === type && d.data.status === 'approved',
		);
		const html = read(siteDir, 'de/index.html');
		expect(html.includes('task-prepublish')).toBe(approved.length > 0);
		if (approved.length > 0) {
			const folder = (DOC_TYPES as Record<string, { folder: string }>)[type]!.folder;
			expect(html).toMatch(
				new RegExp(`class="task-card task-prepublish">[\\s\\S]*?href="/[a-z]{2}/${folder}/`),
			);
		}
		// The overdue fixture has no pre-publish check: the card is left out.
		expect(read(overdueDir, 'de/index.html')).not.toContain('task-prepublish');
	});
});

describe('search facets (Pagefind index of the example handbook)', () => {
	it('writes a de and an en index and indexes type, legal area, channel, audience and language', async () => {
		const entry = JSON.parse(read(siteDir, 'pagefind/pagefind-entry.json')) as {
			languages: Record<string, unknown>;
		};
		expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en']);
		const pf = await loadPagefind(siteDir, 'de');
		const filters = await pf.filters();
		expect(Object.keys(filters).sort()).toEqual([
			'audience',
			'channel',
			'language',
			'legal',
			'type',
		]);
		expect(Object.keys(filters['language']!)).toEqual(['Deutsch']);
	});

	it('narrows by legal area exactly to the documents with that area', async () => {
		const pf = await loadPagefind(siteDir, 'de');
		const platforms = channelPlatforms(exampleDocs);
		const german = exampleDocs.filter((d) => d.data.language === 'de');
		for (const area of ['copyright', 'personality'] as const) {
			const label = facetLabel('legal', area, 'de', BUILT_IN);
			const urls = (await pf.search(null, { legal: label })).map((r) => r.url).sort();
			const expected = german
				.filter((d) => docFacets(d, platforms, BUILT_IN).legal.includes(area))
				.map((d) => `/de/${DOC_TYPES[d.type].folder}/${d.id}/`)
				.sort();
			expect(expected.length, area).toBeGreaterThan(0);
			expect(urls, area).toEqual(expected);
		}
	});

	it('narrows by channel and audience in the page’s language', async () => {
		const pf = await loadPagefind(siteDir, 'en');
		const filters = await pf.filters();
		for (const [key, values] of Object.entries(filters))
			if (key !== 'language')
				for (const value of Object.keys(values)) {
					const results = await pf.search(null, { [key]: value });
					expect(results.length, `${key}:${value}`).toBe(values[value]);
					for (const r of results) expect(r.filters[key], `${r.url} ${key}`).toContain(value);
				}
		expect(Object.keys(filters['audience'] ?? {}).length).toBeGreaterThan(0);
		expect(existsSync(path.join(siteDir, 'pagefind', 'wasm.en.pagefind'))).toBe(true);
	});
});
