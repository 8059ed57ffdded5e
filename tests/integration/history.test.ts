/**
 * Document control on the built site, from a TEMPORARY git repository with
 * fixed authors and dates (tests/helpers/git-repo.ts) holding a copy of
 * tests/fixtures/base — outside the Kodex checkout, so the content folder is
 * in a different git repository than Kodex itself. Three builds:
 *
 * 1. the repository (4 commits: add, add a rule, rename, a coming checklist;
 *    plus an uncommitted edit), with `--site` so the feed links are absolute:
 *    history per page, the rename as one history, a comparison page with an
 *    added rule and changed fields, the overdue and coming banners, the
 *    "What changed" page and the Atom feed;
 * 2. a copy of the content WITHOUT .git: history unavailable, build succeeds;
 * 3. a shallow clone (depth 1): history partial, nothing invented.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t, tn } from '../../src/i18n/index.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { createGitRepo, runGit, type GitRepo } from '../helpers/git-repo.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const TODAY = '2027-01-15';
const SITE = 'https://handbuch.example';
const EDIT_BASE = 'https://git.example/kommunikation/handbuch/-/edit/main/';
const COMMITS = 'https://git.example/kommunikation/handbuch/-/commit/';

const AUTHORS = {
	anna: { author: 'Anna Berger', email: 'anna@example.com' },
	ben: { author: 'Ben Keller', email: 'ben@example.com' },
	clara: { author: 'Clara Weiss', email: 'clara@example.com' },
};

interface Build {
	dir: string;
	ms: number;
	stdout: string;
}

/** `astro build` in a child process (like tests/setup/build-site.ts), with extra CLI arguments. */
function build(outDir: string, content: string, args: string[] = []): Build {
	rmSync(outDir, { recursive: true, force: true });
	const started = performance.now();
	const child = spawnSync(
		process.execPath,
		[path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...args],
		{
			env: {
				...process.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				KODEX_CONTENT: content,
				KODEX_TODAY: TODAY,
				KODEX_STRICT: '',
				KODEX_HISTORY: '',
			},
			encoding: 'utf8',
			timeout: 240_000,
		},
	);
	if (child.status !== 0)
		throw new Error(`Building ${content} failed (exit ${child.status}):\n${child.stderr}`);
	return { dir: outDir, ms: Math.round(performance.now() - started), stdout: child.stdout };
}

function page(b: Build, url: string): string {
	const file = url.endsWith('.xml') ? path.join(b.dir, url) : path.join(b.dir, url, 'index.html');
	return readFileSync(file, 'utf8');
}

function decode(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;|&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

/** The visible text of some HTML, tags removed and whitespace collapsed. */
function text(html: string): string {
	return decode(html.replace(/<[^>]+>/g, ' '))
		.replace(/\s+/g, ' ')
		.trim();
}

/** The HTML of the element with `id` (up to its section end), or ''. */
function section(html: string, id: string): string {
	const start = html.indexOf(`id="${id}"`);
	if (start === -1) return '';
	const end = html.indexOf('</section>', start);
	return html.slice(start, end === -1 ? undefined : end);
}

/** Rows of the history table as visible text. */
function historyRows(html: string): string[] {
	const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(section(html, 'history'))?.[1] ?? '';
	return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!));
}

function setFields(yamlText: string, fields: Record<string, string>): string {
	let out = yamlText;
	for (const [key, value] of Object.entries(fields)) {
		const line = new RegExp(`^${key}:.*$`, 'm');
		out = line.test(out)
			? out.replace(line, `${key}: ${value}`)
			: out.replace(/^status: .*$/m, (m) => `${m}\n${key}: ${value}`);
	}
	return out;
}

let repo: GitRepo;
const hashes: Record<string, string> = {};
let full: Build;
let plain: Build;
let shallow: Build;
const GUIDE_OLD = 'content/guidelines/private-konten.mdx';
const GUIDE = 'content/guidelines/privat-posten.mdx';

beforeAll(() => {
	repo = createGitRepo();
	cpSync('tests/fixtures/base', repo.contentDir, { recursive: true });
	const edit = (rel: string, change: (text: string) => string) =>
		repo.write(rel, change(repo.read(rel)));

	// 1. The handbook, with an edit link base and a first version of the guideline.
	edit('content/handbook.yaml', (s) => `${s}editBaseUrl: ${EDIT_BASE}\n`);
	edit(GUIDE_OLD, (s) => setFields(s, { version: '1' }));
	// Overdue at TODAY: reviewed 2026-10-01, due 2027-01-01.
	edit('content/checklists/markenrecht.mdx', (s) => setFields(s, { reviewBy: '2027-01-01' }));
	hashes['add'] = repo.commit('Handbuch anlegen', {
		...AUTHORS.anna,
		date: '2026-01-05T09:00:00+01:00',
	});

	// 2. A new rule, a new version and a sentence more.
	edit(GUIDE_OLD, (s) =>
		setFields(s, { version: '2' })
			.replace(
				'legalAreas:',
				[
					'  - id: keine-kundendaten',
					'    kind: dont',
					'    text: Veröffentliche niemals Bestellungen oder Namen von Kundinnen und Kunden.',
					'legalAreas:',
				].join('\n'),
			)
			.replace(
				'frag im Zweifel das Social-Media-Team.',
				'frag im Zweifel das Social-Media-Team. Kundendaten bleiben intern.',
			),
	);
	hashes['rule'] = repo.commit('Regel zu Kundendaten ergänzen', {
		...AUTHORS.ben,
		date: '2026-02-10T14:30:00+01:00',
	});

	// 3. A rename (the id follows the file name).
	repo.git(['mv', GUIDE_OLD, GUIDE]);
	edit(GUIDE, (s) => s.replace('id: private-konten', 'id: privat-posten'));
	hashes['rename'] = repo.commit('Richtlinie umbenennen', {
		...AUTHORS.clara,
		date: '2026-03-15T11:00:00+01:00',
	});

	// 4. A new version of a checklist that applies only later: "coming".
	edit('content/checklists/urheberrecht.mdx', (s) => setFields(s, { effectiveFrom: '2027-03-01' }));
	hashes['coming'] = repo.commit('Urheberrecht: neue Fassung ab März', {
		...AUTHORS.anna,
		date: '2026-04-20T08:15:00+02:00',
	});

	// Changed now: an edit that is not committed.
	edit('content/templates/erste-reaktion.yaml', (s) =>
		s.replace('tone: ruhig und sachlich', 'tone: ruhig, sachlich und freundlich'),
	);

	full = build(repo.sibling('out-full'), repo.contentDir, ['--site', SITE]);

	// A downloaded archive: the same content without any git repository around it.
	const archive = path.join(repo.sibling('archive'), 'content');
	cpSync(repo.contentDir, archive, { recursive: true });
	plain = build(repo.sibling('out-plain'), archive);

	// A CI checkout with --depth 1.
	const clone = path.join(repo.sibling('clones'), 'shallow');
	runGit(repo.sibling('clones'), ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
	shallow = build(repo.sibling('out-shallow'), path.join(clone, 'content'));
});

afterAll(() => repo?.cleanup());

describe('history from a separate git repository', () => {
	it('reads the content repository, not the Kodex checkout around the build', () => {
		const html = page(full, '/de/guidelines/privat-posten/');
		const rows = historyRows(html);
		expect(rows).toHaveLength(3);
		expect(text(section(html, 'history'))).not.toContain('Seed');
	});

	it('shows last changed, and each commit with version, date, author and message', () => {
		const html = page(full, '/de/guidelines/privat-posten/');
		expect(text(html)).toContain('Zuletzt geändert am 15. März 2026 von Clara Weiss');
		const [rename, rule, add] = historyRows(html);
		expect(rename).toMatch(/^2 15\. März 2026 Richtlinie umbenennen/);
		expect(rename).toContain('Clara Weiss');
		expect(rule).toMatch(/^2 10\. Februar 2026 Regel zu Kundendaten ergänzen/);
		expect(rule).toContain('Ben Keller');
		expect(add).toMatch(/^1 5\. Januar 2026 Handbuch anlegen/);
		expect(add).toContain('Anna Berger');
		expect(add).toContain(t('de', 'history.change.created'));
		// Commit links on the git host, derived from editBaseUrl.
		for (const key of ['add', 'rule', 'rename'])
			expect(html).toContain(`href="${COMMITS}${hashes[key]}"`);
		expect(html).toContain(
			`href="https://git.example/kommunikation/handbuch/-/commits/main/content/guidelines/privat-posten.mdx"`,
		);
	});

	it('shows a rename as one history, with the earlier path', () => {
		const [rename] = historyRows(page(full, '/de/guidelines/privat-posten/'));
		expect(rename).toContain(
			t('de', 'history.change.renamed', { path: 'guidelines/private-konten.mdx' }),
		);
		expect(existsSync(path.join(full.dir, 'de/guidelines/private-konten'))).toBe(false);
	});

	it('links "Edit this page" to the file inside the content repository', () => {
		expect(page(full, '/de/guidelines/privat-posten/')).toContain(
			`href="${EDIT_BASE}content/guidelines/privat-posten.mdx"`,
		);
	});

	it('treats uncommitted changes as "changed now"', () => {
		const html = page(full, '/de/templates/erste-reaktion/');
		expect(text(html)).toContain(t('de', 'history.changedNow'));
		expect(historyRows(html)[0]).toContain(t('de', 'history.uncommittedSubject'));
		// Compared with the uncommitted text, the committed version is an earlier one.
		const short = hashes['add']!.slice(0, 7);
		const diff = page(full, `/de/templates/erste-reaktion/changes/${short}/`);
		expect(text(diff)).toContain(t('de', 'diff.includesUncommitted'));
		expect(diff).toMatch(
			/data-path="tone"[^>]*>\s*Tonfall\s*<\/th>[\s\S]*<del>[\s\S]*ruhig und sachlich[\s\S]*<ins>[\s\S]*ruhig, sachlich und freundlich/,
		);
	});
});

describe('comparison pages', () => {
	const short = () => hashes['add']!.slice(0, 7);

	it('exist only for earlier versions of each document', () => {
		const changesDir = path.join(full.dir, 'de/guidelines/privat-posten/changes');
		// Beside them the versions file, for comparing any two of them in the browser.
		expect(readdirSync(changesDir).sort()).toEqual(
			[hashes['add']!.slice(0, 7), hashes['rule']!.slice(0, 7), 'versions.json'].sort(),
		);
		// Untouched since the first commit, no uncommitted change: nothing to compare.
		expect(existsSync(path.join(full.dir, 'de/goals/reichweite-instagram/changes'))).toBe(false);
		const html = page(full, '/de/guidelines/privat-posten/');
		expect(html).toContain(`href="/de/guidelines/privat-posten/changes/${short()}/"`);
	});

	it('show an added rule and changed fields with <ins>/<del>, and the prose word by word', () => {
		const html = page(full, `/de/guidelines/privat-posten/changes/${short()}/`);
		const all = text(html);
		expect(all).toContain(
			'Private Konten mit Bezug zur Bäckerei: Vergleich mit der Fassung vom 5. Januar 2026',
		);
		expect(all).toContain('Frühere Fassung Version 1 · 5. Januar 2026');
		expect(all).toContain('Commit ' + short() + ' von Anna Berger: „Handbuch anlegen“');
		expect(all).toContain('Aktuelle Fassung Version 2');
		// Who approved each version and when, from that version's own data.
		expect(all).toMatch(
			/Frühere Fassung .*Freigegeben von Petra Lang, Leitung Kommunikation, am \d+\. \S+ 20\d\d.* Aktuelle Fassung/,
		);
		expect(all).toMatch(
			/Aktuelle Fassung Version 2 .*Freigegeben von Petra Lang, Leitung Kommunikation, am 1\. Oktober 2026/,
		);
		const fields = section(html, 'diff-fields');
		const row = (p: string) =>
			new RegExp(
				`<tr><th scope="row"[^>]*data-path="${p.replace(/[[\]]/g, '\\$&')}"[\\s\\S]*?</tr>`,
			).exec(fields)?.[0] ?? '';
		// The added rule: only "now", inside <ins>.
		const added = row('rules[keine-kundendaten]');
		expect(text(added)).toContain(t('de', 'diff.kind.added'));
		expect(added).toMatch(/<ins>[\s\S]*Veröffentliche niemals Bestellungen[\s\S]*<\/ins>/);
		expect(added).not.toContain('<del>');
		// Fields are named in the reader's words, list entries by their titles, not by paths.
		expect(text(added)).toMatch(/^Regeln „[^“]+“/);
		expect(fields).not.toContain('<code>rules[');
		expect(text(row('version'))).toMatch(/^Version /);
		// Changed fields: before in <del>, now in <ins>.
		const version = row('version');
		expect(version).toMatch(/<del>[\s\S]*1[\s\S]*<\/del>[\s\S]*<ins>[\s\S]*2[\s\S]*<\/ins>/);
		expect(row('id')).toMatch(
			/<del>[\s\S]*private-konten[\s\S]*<\/del>[\s\S]*<ins>[\s\S]*privat-posten/,
		);
		// Spoken labels and visible marks, not colour alone.
		expect(added).toContain(`<span class="visually-hidden">${t('de', 'diff.addedStart')} </span>`);
		expect(added).toContain('<span class="diff-mark" aria-hidden="true">+</span>');
		expect(all).toContain(t('de', 'diff.legend'));
		// The prose: the added sentence as one insertion.
		const prose = section(html, 'diff-prose');
		expect(prose).toMatch(/<ins>[\s\S]*Kundendaten bleiben intern\.[\s\S]*<\/ins>/);
		expect(prose).not.toContain('<del>');
	});

	it('link the document and its history, and are not in the search index', () => {
		const html = page(full, `/de/guidelines/privat-posten/changes/${short()}/`);
		expect(html).toContain('href="/de/guidelines/privat-posten/#history"');
		expect(html).toContain('data-pagefind-ignore="all"');
		expect(html).not.toContain('data-pagefind-body');
	});
});

describe('banners', () => {
	it('shows the controlled-document line and the overdue warning', () => {
		const all = text(page(full, '/de/checklists/markenrecht/'));
		expect(all).toMatch(
			/Freigegeben von Tim Berg ?, Rechtsberatung ?, am 1\. Oktober 2026, nächste Prüfung bis 1\. Januar 2027/,
		);
		expect(all).toContain(tn('de', 'approval.overdue', 14, { date: '1. Januar 2027' }));
	});

	it('shows the coming banner for a version that applies later', () => {
		const all = text(page(full, '/de/checklists/urheberrecht/'));
		expect(all).toContain(t('de', 'doc.comingBanner', { date: '1. März 2027' }));
		expect(all).toContain('Zuletzt geändert am 20. April 2026 von Anna Berger');
	});
});

describe('"What changed" page and feed', () => {
	it('lists the changes newest first, "changed now" on top, with authors and linked documents', () => {
		const html = page(full, '/de/changes/');
		const all = text(html);
		expect(all).toContain(t('de', 'changes.title'));
		const order = [
			t('de', 'changes.uncommitted'),
			'Urheberrecht: neue Fassung ab März',
			'Richtlinie umbenennen',
			'Regel zu Kundendaten ergänzen',
			'Handbuch anlegen',
		].map((s) => all.indexOf(s));
		expect(order.every((i) => i >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		const coming = section(html, `commit-${hashes['coming']!.slice(0, 7)}`);
		expect(text(coming)).toContain('20. April 2026 · von Anna Berger');
		expect(coming).toContain('<span class="badge badge-type">Checkliste</span>');
		expect(coming).toContain('href="/de/checklists/urheberrecht/"');
		expect(coming).toContain('data-types="checklist" data-owners="rechtsberatung"');
		// A commit from before the rename still links the document under its new address.
		const rule = section(html, `commit-${hashes['rule']!.slice(0, 7)}`);
		expect(rule).toContain('href="/de/guidelines/privat-posten/"');
		// Filters for the script, hidden without it; the script is loaded.
		expect(html).toMatch(/<fieldset class="changes-filters" data-changes-filters hidden>/);
		expect(html).toMatch(/<option value="checklist">/);
		expect(html).toMatch(/<option value="rechtsberatung">/);
		expect(html).toMatch(/<script type="module" src="[^"]+"><\/script>|<script type="module">/);
	});

	it('writes absolute addresses into the review CSV when the site address is set', () => {
		const csv = readFileSync(path.join(full.dir, 'de/review/documents.csv'), 'utf8');
		const lines = csv.trimEnd().split('\r\n');
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`;${SITE}/de/[^;]+/$`));
	});

	it('is offered as an Atom feed with absolute links', () => {
		const html = page(full, '/de/changes/');
		expect(html).toContain(
			`<link rel="alternate" type="application/atom+xml" title="Was hat sich geändert? · Muster Bäckerei GmbH" href="/de/changes/feed.xml">`,
		);
		const xml = page(full, '/de/changes/feed.xml');
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
		);
		expect(xml).toContain(
			`<link rel="self" type="application/atom+xml" href="${SITE}/de/changes/feed.xml"/>`,
		);
		expect(xml).toContain('<updated>2026-04-20T08:15:00+02:00</updated>');
		const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
		expect(entries.map((e) => /<title>(.*?)<\/title>/.exec(e)?.[1])).toEqual([
			'Urheberrecht: neue Fassung ab März',
			'Richtlinie umbenennen',
			'Regel zu Kundendaten ergänzen',
			'Handbuch anlegen',
		]);
		expect(entries[1]).toContain('<author><name>Clara Weiss</name></author>');
		expect(entries[1]).toContain(
			`<link rel="alternate" type="text/html" href="${SITE}/de/changes/#commit-${hashes['rename']!.slice(0, 7)}"/>`,
		);
		expect(entries[1]).toContain(`href=&quot;${SITE}/de/guidelines/privat-posten/&quot;`);
		expect(entries.every((e) => /<id>urn:uuid:[0-9a-f-]{36}<\/id>/.test(e))).toBe(true);
	});
});

describe('without git', () => {
	it('builds, says history is unavailable and invents nothing', () => {
		const html = page(plain, '/de/guidelines/privat-posten/');
		expect(text(html)).toContain(t('de', 'history.unavailable'));
		expect(historyRows(html)).toEqual([]);
		expect(text(html)).not.toContain('Zuletzt geändert');
		expect(existsSync(path.join(plain.dir, 'de/guidelines/privat-posten/changes'))).toBe(false);
		// Without git the file's place in a repository is unknown: no broken edit link.
		expect(html).not.toContain(EDIT_BASE);
		const changes = text(page(plain, '/de/changes/'));
		expect(changes).toContain(t('de', 'history.unavailable'));
		expect(changes).toContain('not inside a git repository');
		expect(page(plain, '/de/changes/feed.xml')).not.toContain('<entry>');
	});
});

describe('from a shallow clone', () => {
	it('says history is partial and shows only the commit it has, not as a creation', () => {
		const html = page(shallow, '/de/guidelines/privat-posten/');
		expect(text(html)).toContain(t('de', 'history.partial'));
		const rows = historyRows(html);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toContain('Urheberrecht: neue Fassung ab März');
		expect(rows[0]).toContain(t('de', 'history.change.first-known'));
		expect(rows[0]).not.toContain(t('de', 'history.change.created'));
		const changes = text(page(shallow, '/de/changes/'));
		expect(changes).toContain(t('de', 'history.partial'));
		expect(changes).toContain(
			`Private Konten mit Bezug zur Bäckerei ${t('de', 'changes.kind.first-known')}`,
		);
		expect(changes).not.toContain(` ${t('de', 'changes.kind.added')} `);
		expect([...page(shallow, '/de/changes/feed.xml').matchAll(/<entry>/g)]).toHaveLength(1);
	});

	it('took about as long as the other builds', () => {
		// Reported for the record (see README, Document control); not a speed assertion.
		console.log(
			`history builds: full ${full.ms} ms, without git ${plain.ms} ms, shallow ${shallow.ms} ms`,
		);
		expect(full.ms).toBeGreaterThan(0);
	});
});

describe('markup', () => {
	it('is valid HTML (html-validate, the rules of tests/integration/html-validity.test.ts)', async () => {
		const validator = new HtmlValidate(
			new StaticConfigLoader({
				extends: ['html-validate:recommended'],
				rules: {
					'long-title': 'off',
					'aria-label-misuse': ['error', { allowAnyNamable: true }],
					'prefer-native-element': ['error', { exclude: ['region'] }],
				},
			}),
		);
		const urls = [
			'/de/guidelines/privat-posten/',
			'/de/templates/erste-reaktion/',
			...readdirSync(path.join(full.dir, 'de/guidelines/privat-posten/changes'))
				.filter((h) => h !== 'versions.json')
				.map((h) => `/de/guidelines/privat-posten/changes/${h}/`),
			`/de/templates/erste-reaktion/changes/${hashes['add']!.slice(0, 7)}/`,
			'/de/changes/',
		];
		const problems: string[] = [];
		for (const url of [
			...urls,
			...['/de/guidelines/privat-posten/', '/de/changes/'].map((u) => `plain:${u}`),
		]) {
			const b = url.startsWith('plain:') ? plain : full;
			const u = url.replace(/^plain:/, '');
			const report = await validator.validateString(page(b, u), u);
			for (const r of report.results)
				for (const m of r.messages)
					problems.push(`${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(problems).toEqual([]);
	});
});

describe('in the browser', () => {
	let server: StaticServer;
	let browser: Browser;

	beforeAll(async () => {
		server = await startStaticServer(full.dir);
		browser = await launchChromium();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('filters the changes by type and owner (kept in the address, announced), and is a plain list without JavaScript', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.origin}/de/changes/`);
		const visible = () => page.locator('[data-changes-list] > li:visible').count();
		await expect.poll(() => page.locator('[data-changes-filters]').isVisible()).toBe(true);
		expect(await visible()).toBe(5);
		await page.selectOption('#changes-type', 'checklist');
		// The coming checklist, and the first commit (which added every checklist).
		expect(await visible()).toBe(2);
		expect(await page.locator('[data-changes-status]').textContent()).toBe('2 von 5 Änderungen');
		expect(new URL(page.url()).searchParams.get('type')).toBe('checklist');
		await page.selectOption('#changes-type', '');
		await page.selectOption('#changes-owner', 'social-media-manager');
		// The guideline's three commits, the template's uncommitted change and the first commit.
		expect(await visible()).toBe(4);
		await page.goto(`${server.origin}/de/changes/?type=guideline`);
		expect(await page.locator('#changes-type').inputValue()).toBe('guideline');
		expect(await visible()).toBe(3);
		await page.close();
		// Without JavaScript: the plain, full list and no filters.
		const plainContext = await browser.newContext({ javaScriptEnabled: false });
		const noJs = await plainContext.newPage();
		await noJs.goto(`${server.origin}/de/changes/?type=guideline`);
		expect(await noJs.locator('[data-changes-filters]').isVisible()).toBe(false);
		expect(await noJs.locator('[data-changes-list] > li:visible').count()).toBe(5);
		await plainContext.close();
	});

	it('has no axe violations (WCAG 2.2 AA) on the history, comparison and changes pages', async () => {
		const urls = [
			'/de/guidelines/privat-posten/',
			`/de/guidelines/privat-posten/changes/${hashes['add']!.slice(0, 7)}/`,
			'/de/changes/?type=guideline',
		];
		const found: string[] = [];
		// Both colour schemes and both layouts (stacked tables on phones), in two runs.
		for (const [colorScheme, width] of [
			['light', 360],
			['dark', 1280],
		] as const) {
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			await page.emulateMedia({ colorScheme });
			for (const url of urls) {
				await page.goto(server.origin + url);
				found.push(...(await axeViolations(page, `${colorScheme} ${width}px ${url}`)));
			}
			await page.close();
		}
		expect(found).toEqual([]);
	});
});
