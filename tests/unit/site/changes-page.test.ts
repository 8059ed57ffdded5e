/** The "What changed" page and its Atom feed (src/lib/site/lists/changes-page.ts, changes-feed.ts, atom.ts). */
import { describe, expect, it } from 'vitest';
import type { ContentHistory, FileCommit, FileHistory } from '../../../src/lib/history/types.ts';
import {
	atomFeed,
	escapeXml,
	newestDate,
	siteUrl,
	uuidUrn,
} from '../../../src/lib/site/lists/atom.ts';
import {
	changeEntries,
	changesPath,
	currentPaths,
	entryTitle,
	feedPath,
	FILES_PER_CHANGE,
	filterOptions,
	latestChanges,
	shallowBoundary,
	uncommittedEntry,
	type ChangesResolver,
} from '../../../src/lib/site/lists/changes-page.ts';
import { changesFeed, entryHtml } from '../../../src/lib/site/lists/changes-feed.ts';
import { changesPage } from '../../../src/lib/site/lists/changes-view.ts';
import type { SiteDoc } from '../../../src/lib/site/model/types.ts';
import { t } from '../../../src/i18n/index.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const hash = (n: number) => String(n).repeat(40).slice(0, 40);

function c(n: number, path: string, over: Partial<FileCommit> = {}): FileCommit {
	return {
		hash: hash(n),
		shortHash: hash(n).slice(0, 7),
		authorName: `Autor ${n}`,
		authorEmail: 'x@example.com',
		date: `2026-0${n}-01T10:00:00+01:00`,
		subject: `Commit ${n}`,
		status: 'M',
		path,
		...over,
	};
}

function fileHistory(path: string, commits: FileCommit[], existsAtHead = true): FileHistory {
	return { path, existsAtHead, commits };
}

const fotos = makeDoc('guideline', 'fotos', { owner: 'smm' });
const urheber = makeDoc('checklist', 'urheberrecht', { owner: 'head' });
const team = makeDoc('team', 'team');
const docs: SiteDoc[] = [fotos, urheber, team];
const byPath: Record<string, SiteDoc> = {
	'guidelines/fotos.mdx': fotos,
	'checklists/urheberrecht.mdx': urheber,
	'teams/team.yaml': team,
};
const resolver: ChangesResolver = {
	docAt: (p) => byPath[p],
	currentPath: (h, p) => currentPaths(history())(h, p),
	commitUrl: (h) => `https://git.example/r/-/commit/${h}`,
};

function history(): ContentHistory {
	return {
		availability: 'full',
		note: undefined,
		head: hash(4),
		root: '/repo',
		prefix: 'content',
		files: new Map([
			[
				'guidelines/fotos.mdx',
				fileHistory('guidelines/fotos.mdx', [
					c(3, 'guidelines/fotos.mdx', { status: 'R', previousPath: 'guidelines/bilder.mdx' }),
					c(1, 'guidelines/bilder.mdx', { status: 'A' }),
				]),
			],
			[
				'checklists/urheberrecht.mdx',
				fileHistory('checklists/urheberrecht.mdx', [
					c(4, 'checklists/urheberrecht.mdx'),
					c(1, 'checklists/urheberrecht.mdx', { status: 'A' }),
				]),
			],
			['handbook.yaml', fileHistory('handbook.yaml', [c(2, 'handbook.yaml')])],
		]),
		deleted: [
			fileHistory(
				'guidelines/alt.mdx',
				[c(2, 'guidelines/alt.mdx', { status: 'D' }), c(1, 'guidelines/alt.mdx', { status: 'A' })],
				false,
			),
		],
		uncommitted: new Map([
			['guidelines/fotos.mdx', { path: 'guidelines/fotos.mdx', status: 'modified' as const }],
			['guidelines/entwurf.mdx', { path: 'guidelines/entwurf.mdx', status: 'untracked' as const }],
		]),
		commitCount: 4,
	};
}

describe('changes page', () => {
	it('lists commits newest first with the documents they touched', () => {
		const ctx = makeContext(docs, 'de');
		const entries = changeEntries(latestChanges(history(), 10), ctx, resolver);
		// Commits 2 and 1 touched a document that is not on the site (guidelines/alt.mdx, deleted
		// since): their messages may name it, so they are withheld.
		expect(entries.map((e) => [e.subject, entryTitle(e, 'de'), e.dateLabel, e.authorName])).toEqual(
			[
				['Commit 4', 'Commit 4', '1. April 2026', 'Autor 4'],
				['Commit 3', 'Commit 3', '1. März 2026', 'Autor 3'],
				[undefined, t('de', 'changes.subjectWithheld'), '1. Februar 2026', 'Autor 2'],
				[undefined, t('de', 'changes.subjectWithheld'), '1. Januar 2026', 'Autor 1'],
			],
		);
		expect(entries.map((e) => e.subjectWithheld ?? false)).toEqual([false, false, true, true]);
		// The heading the page and the feed show is in the view already.
		expect(entries.map((e) => e.title)).toEqual([
			'Commit 4',
			'Commit 3',
			t('de', 'changes.subjectWithheld'),
			t('de', 'changes.subjectWithheld'),
		]);
		expect(entries[0]).toMatchObject({
			anchor: `commit-${hash(4).slice(0, 7)}`,
			commitUrl: `https://git.example/r/-/commit/${hash(4)}`,
			types: ['checklist'],
			owners: ['head'],
			items: [
				{
					kind: 'doc',
					change: 'changed',
					type: 'checklist',
					id: 'urheberrecht',
					title: 'Titel urheberrecht',
					href: '/de/checklists/urheberrecht/',
					owner: { id: 'head', name: 'Leitung' },
				},
			],
		});
		expect(entries[1]!.items[0]).toMatchObject({
			kind: 'doc',
			change: 'renamed',
			id: 'fotos',
			previousPath: 'guidelines/bilder.mdx',
		});
		// Settings are named by path, not linked; a document not on the site only by its folder,
		// since its file name may be confidential.
		expect(entries[2]!.items).toEqual([
			{
				kind: 'file',
				change: 'deleted',
				role: 'document',
				type: 'guideline',
				path: 'guidelines/…',
			},
			{ kind: 'file', change: 'changed', role: 'settings', path: 'handbook.yaml' },
		]);
		expect(entries[2]!.types).toEqual([]);
		// Published documents first in type order, then other files; a renamed file still links its document.
		expect(entries[3]!.items[0]).toMatchObject({ kind: 'doc', id: 'fotos', change: 'added' });
		expect(entries[3]!.items.map((i) => i.path)).toEqual([
			'guidelines/bilder.mdx',
			'checklists/urheberrecht.mdx',
			'guidelines/…',
		]);
		expect(latestChanges(history(), 2)).toHaveLength(2);
	});

	it('shows uncommitted changes as one "changed now" entry', () => {
		const ctx = makeContext(docs, 'en');
		const now = uncommittedEntry(history().uncommitted, ctx, resolver)!;
		expect(now).toMatchObject({ anchor: 'uncommitted', types: ['guideline'], owners: ['smm'] });
		expect(now.hash).toBeUndefined();
		expect(now.title).toBe(t('en', 'changes.uncommitted'));
		expect(now.items.map((i) => [i.kind, i.change, i.path])).toEqual([
			['doc', 'changed', 'guidelines/fotos.mdx'],
			['file', 'added', 'guidelines/…'],
		]);
		expect(JSON.stringify(now)).not.toContain('entwurf');
		expect(uncommittedEntry(new Map(), ctx, resolver)).toBeUndefined();
	});

	it('offers the types and owners that occur, in type order and by name', () => {
		const ctx = makeContext(docs, 'de');
		const entries = changeEntries(latestChanges(history(), 10), ctx, resolver);
		const options = filterOptions(entries, 'de');
		expect(options.types).toEqual(['guideline', 'checklist']);
		expect(options.owners.map((o) => o.name)).toEqual(['Leitung', 'Social-Media-Managerin']);
	});

	it(`lists at most ${FILES_PER_CHANGE} files per commit and counts the rest for the filters`, () => {
		const ctx = makeContext(docs, 'de');
		const paths = Array.from(
			{ length: FILES_PER_CHANGE + 4 },
			(_, i) => `assets/bild-${String(i).padStart(2, '0')}.png`,
		);
		const entry = {
			hash: hash(5),
			shortHash: hash(5).slice(0, 7),
			authorName: 'A',
			authorEmail: 'a@example.com',
			date: '2026-05-01T10:00:00Z',
			subject: 'Viele Bilder',
			files: [...paths, 'guidelines/fotos.mdx'].map((path) => ({ path, status: 'A' as const })),
		};
		const [view] = changeEntries([entry], ctx, resolver);
		expect(view!.items).toHaveLength(FILES_PER_CHANGE);
		expect(view!.items[0]).toMatchObject({ kind: 'doc', id: 'fotos' });
		expect(view!.more).toEqual({ count: 5, types: [], owners: [] });
		expect(view!.types).toEqual(['guideline']);
		expect(entryHtml(view!, 'en', (p) => p)).toContain('<li>… and 5 more files</li>');
	});

	it('does not call the start of a shallow clone the creation of its files', () => {
		const ctx = makeContext(docs, 'de');
		const shallow = { ...history(), availability: 'shallow' as const };
		const boundary = shallowBoundary(shallow);
		const entries = changeEntries(latestChanges(shallow, 10), ctx, {
			...resolver,
			firstKnown: boundary,
		});
		expect(entries.at(-1)!.items.map((i) => i.change)).toEqual([
			'first-known',
			'first-known',
			'first-known',
		]);
		expect(boundary(hash(4), 'checklists/urheberrecht.mdx')).toBe(false);
		expect(shallowBoundary(history())(hash(1), 'checklists/urheberrecht.mdx')).toBe(false);
	});

	it('has fixed paths per language', () => {
		expect(changesPath('de')).toBe('/de/changes/');
		expect(feedPath('en')).toBe('/en/changes/feed.xml');
	});
});

describe('Atom feed', () => {
	const ctx = makeContext(docs, 'de');
	const entries = changeEntries(latestChanges(history(), 10), ctx, resolver);
	const input = {
		lang: 'de' as const,
		company: 'Muster & Söhne',
		entries,
		selfPath: feedPath('de'),
		pagePath: changesPath('de'),
		now: '2026-11-22T00:00:00.000Z',
	};

	it('is Atom 1.0 with one entry per commit, newest first, and relative links without a site', () => {
		const xml = changesFeed({ ...input, url: (p) => p });
		expect(
			xml.startsWith(
				'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
			),
		).toBe(true);
		expect(xml).toContain('<title>Was hat sich geändert? · Muster &amp; Söhne</title>');
		expect(xml).toContain('<updated>2026-04-01T10:00:00+01:00</updated>');
		expect(xml).toContain(
			'<link rel="self" type="application/atom+xml" href="/de/changes/feed.xml"/>',
		);
		expect(xml).toContain('<link rel="alternate" type="text/html" href="/de/changes/"/>');
		expect([...xml.matchAll(/<entry>[\s\S]*?<title>(.*?)<\/title>/g)].map((m) => m[1])).toEqual([
			'Commit 4',
			'Commit 3',
			// Commits 2 and 1 touched a document that is not on the site: no message in the feed.
			t('de', 'changes.subjectWithheld'),
			t('de', 'changes.subjectWithheld'),
		]);
		expect(xml).not.toMatch(/Commit [12]\b/);
		expect(xml).toContain(`<id>${uuidUrn(`kodex:commit:${hash(4)}`)}</id>`);
		expect(xml).toContain(`href="/de/changes/#commit-${hash(4).slice(0, 7)}"`);
		expect(xml).toContain(
			'&lt;a href=&quot;/de/checklists/urheberrecht/&quot;&gt;Titel urheberrecht&lt;/a&gt;',
		);
		expect(xml.match(/<entry>/g)).toHaveLength(4);
	});

	it('uses absolute links when the site address is known', () => {
		const site = 'https://handbuch.example/';
		const xml = changesFeed({ ...input, url: (p) => siteUrl(p, site) });
		expect(xml).toContain('href="https://handbuch.example/de/changes/feed.xml"');
		expect(xml).toContain(
			'&lt;a href=&quot;https://handbuch.example/de/checklists/urheberrecht/&quot;',
		);
	});

	it('uses the build time when there is nothing yet, and leaves out uncommitted changes', () => {
		const now = uncommittedEntry(history().uncommitted, ctx, resolver)!;
		const xml = changesFeed({ ...input, entries: [now], url: (p) => p });
		expect(xml).toContain('<updated>2026-11-22T00:00:00.000Z</updated>');
		expect(xml).not.toContain('<entry>');
	});

	it('builds entry HTML with escaped titles and paths', () => {
		const html = entryHtml(entries[2]!, 'en', (p) => p);
		expect(html).toBe(
			'<ul><li>Guideline: <code>guidelines/…</code> – deleted</li>' +
				'<li>Settings: <code>handbook.yaml</code> – changed</li></ul>',
		);
	});
});

describe('atom helpers', () => {
	it('makes stable, well-formed uuid URNs', () => {
		const id = uuidUrn('kodex:commit:abc');
		expect(id).toMatch(
			/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
		);
		expect(uuidUrn('kodex:commit:abc')).toBe(id);
		expect(uuidUrn('kodex:commit:abd')).not.toBe(id);
	});

	it('escapes XML and drops characters XML cannot hold', () => {
		expect(escapeXml(`a<b>&"c"'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;');
	});

	it('picks the newest date by instant, not by text', () => {
		expect(newestDate(['2026-03-01T10:00:00+01:00', '2026-03-01T09:30:00Z'], 'x')).toBe(
			'2026-03-01T09:30:00Z',
		);
		expect(newestDate([], 'x')).toBe('x');
	});

	it('makes links absolute only with a site address', () => {
		expect(siteUrl('/handbuch/de/', 'https://intranet.example/')).toBe(
			'https://intranet.example/handbuch/de/',
		);
		expect(siteUrl('/de/', undefined)).toBe('/de/');
	});

	it('writes a minimal feed', () => {
		const xml = atomFeed({
			id: 'urn:uuid:1',
			title: 'T',
			updated: '2026-01-01T00:00:00Z',
			selfHref: '/f.xml',
			alternateHref: '/',
			authorName: 'A',
			lang: 'en',
			entries: [],
		});
		expect(xml).toContain('<author><name>A</name></author>');
		expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
	});
});

describe('changes page data', () => {
	it('puts the uncommitted changes first, offers filters and links the feed and the other languages', () => {
		const ctx = makeContext(docs, 'de');
		const h = history();
		const entries = changeEntries(latestChanges(h, 10), ctx, resolver);
		const now = uncommittedEntry(h.uncommitted, ctx, resolver);
		const page = changesPage({
			lang: 'de',
			languages: ['de', 'en'],
			company: 'Firma',
			history: h,
			entries,
			now,
		});
		expect(page.entries).toEqual([now, ...entries]);
		expect(page.filters).toBe(true);
		expect(page.options.types).toEqual(['guideline', 'checklist']);
		expect(page.feedPath).toBe('/de/changes/feed.xml');
		expect(page.feedTitle).toContain('Firma');
		expect(page.languages).toEqual([{ lang: 'en', href: '/en/changes/', translated: true }]);
		expect(page.limit).toBeUndefined();
		expect(page.availability).toBe(h.availability);
		const empty = changesPage({
			lang: 'en',
			languages: ['de', 'en'],
			company: 'Firma',
			history: h,
			entries: [],
			now: undefined,
		});
		expect(empty.entries).toEqual([]);
		expect(empty.filters).toBe(false);
	});
});
