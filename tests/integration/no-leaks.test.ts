/**
 * Drafts appear nowhere in the published site: not as pages, links, search entries, manifest
 * rows, feed entries, CSV rows or "What changed" items — neither their titles nor their file
 * names. Every file of a built site is read, the compressed Pagefind index and fragments
 * decompressed, and searched for each draft's id, file name and title: in the example site,
 * and in a git repository where one draft with a marker name has a commit of its own and
 * another is not committed yet (both used to be named on "What changed" and in the feeds).
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import type { SourceDoc } from '../../src/lib/model/model.ts';
import { validate } from '../../src/lib/validate.ts';
import { t } from '../../src/i18n/index.ts';
import { escapeXml } from '../../src/lib/site/lists/atom.ts';
import { createGitRepo } from '../helpers/git-repo.ts';
import { siteTexts } from '../helpers/site-files.ts';
import { astroBuild } from '../setup/build-site.ts';

const siteDir = inject('siteDir');

let drafts: SourceDoc[] = [];
let texts = new Map<string, string>();

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	const result = await validate(resolveContentDir().abs);
	drafts = result.handbook.docs.filter((d) => d.data?.status === 'draft');
	expect(drafts.length, 'the example handbook has a draft').toBeGreaterThan(0);
	texts = siteTexts(siteDir);
});

describe('drafts leave no trace in the published site', () => {
	it('read the whole site, including the decompressed search index', () => {
		const names = [...texts.keys()];
		expect(names.some((n) => n.startsWith('pagefind/fragment/'))).toBe(true);
		expect(names).toEqual(
			expect.arrayContaining([
				'kodex-manifest.json',
				'de/changes/index.html',
				'de/changes/feed.xml',
				'de/review/documents.csv',
			]),
		);
		// The decompressed fragments are readable: a published title is found in them.
		const fragments = [...texts].filter(([n]) => n.startsWith('pagefind/fragment/'));
		expect(fragments.some(([, t]) => t.includes('"title"'))).toBe(true);
	});

	it('never names a draft: not its id, file name or title', () => {
		const leaks: string[] = [];
		for (const doc of drafts) {
			const markers = [path.posix.basename(doc.file), doc.stem, doc.data!.title];
			for (const [name, text] of texts)
				for (const marker of markers) if (text.includes(marker)) leaks.push(`${name}: ${marker}`);
		}
		expect(leaks).toEqual([]);
	});
});

describe('drafts with a history of their own leave no trace either', () => {
	const DRAFT_SUBJECT = 'Entwurf Entlassungsplan anlegen';
	/** Summaries of unpublished versions of a published guideline (a draft, a confidential one). */
	const OLD_DRAFT = 'GEHEIMMARKER Entwurfsfassung der Richtlinie';
	const OLD_CONFIDENTIAL = 'GEHEIMMARKER vertrauliche Fassung der Richtlinie';
	const MARKERS = [
		'geheimmarker-entlassungen',
		'GEHEIMMARKER Entlassungsplan',
		'geheimmarker-neu',
		DRAFT_SUBJECT,
		OLD_DRAFT,
		OLD_CONFIDENTIAL,
	];
	let leaks: string[] = [];
	let site = new Map<string, string>();

	beforeAll(() => {
		const repo = createGitRepo();
		try {
			cpSync('tests/fixtures/base', repo.contentDir, { recursive: true });
			repo.commit('Handbuch anlegen');
			// A published guideline whose history holds a draft and a confidential version: neither
			// may reach a comparison page or its versions file (the published versions do).
			const published = repo.read('content/guidelines/private-konten.mdx');
			const summary = /^summary: .*$/m;
			repo.write(
				'content/guidelines/private-konten.mdx',
				published
					.replace(summary, `summary: ${OLD_DRAFT}`)
					.replace('status: approved', 'status: draft'),
			);
			repo.commit('Richtlinie überarbeiten');
			repo.write(
				'content/guidelines/private-konten.mdx',
				published
					.replace(summary, `summary: ${OLD_CONFIDENTIAL}`)
					.replace('status: approved', 'status: approved\nclassification: confidential'),
			);
			repo.commit('Richtlinie vertraulich abstimmen');
			repo.write(
				'content/guidelines/private-konten.mdx',
				published.replace(summary, 'summary: Die veröffentlichte neue Fassung.'),
			);
			repo.commit('Richtlinie veröffentlichen');
			repo.write('content/guidelines/private-konten.mdx', published);
			repo.commit('Richtlinie wie vorher');
			const draft = (id: string, title: string) =>
				repo
					.read('content/guidelines/private-konten.mdx')
					.replace('id: private-konten', `id: ${id}`)
					.replace(/^title: .*$/m, `title: ${title}`)
					.replace('status: approved', 'status: draft')
					.replace(/^(approvedBy|reviewedOn|reviewBy): .*\n/gm, '');
			repo.write(
				'content/guidelines/geheimmarker-entlassungen.mdx',
				draft('geheimmarker-entlassungen', 'GEHEIMMARKER Entlassungsplan'),
			);
			repo.commit(DRAFT_SUBJECT);
			repo.write(
				'content/guidelines/geheimmarker-neu.mdx',
				draft('geheimmarker-neu', 'Noch ein Entwurf'),
			);
			const out = repo.sibling('out');
			const child = astroBuild(out, {
				KODEX_CONTENT: repo.contentDir,
				KODEX_TODAY: '2026-11-22',
				KODEX_STRICT: '',
				KODEX_HISTORY: '',
			});
			expect(child.status, child.stderr).toBe(0);
			site = siteTexts(out);
			leaks = [...site].flatMap(([name, text]) =>
				MARKERS.filter((m) => text.includes(m)).map((m) => `${name}: ${m}`),
			);
		} finally {
			repo.cleanup();
		}
	}, 300_000);

	it('lists the draft commit on "What changed" and in the feeds without its file name or message', () => {
		const changes = site.get('de/changes/index.html') ?? '';
		expect(changes).toContain('Handbuch anlegen');
		expect(changes).toContain('guidelines/…');
		expect(changes).toContain(t('de', 'changes.subjectWithheld'));
		for (const name of ['de/changes/index.html', 'de/changes/feed.xml']) {
			expect(site.has(name), name).toBe(true);
			expect(site.get(name), name).not.toContain(DRAFT_SUBJECT);
		}
		expect(site.get('de/changes/feed.xml')).toContain(
			escapeXml(t('de', 'changes.subjectWithheld')),
		);
	});

	it('names neither draft anywhere', () => {
		expect(site.size).toBeGreaterThan(20);
		expect(leaks).toEqual([]);
	});

	it('keeps unpublished versions of a published document out of its comparisons and versions file', () => {
		const file = site.get('de/guidelines/private-konten/changes/versions.json');
		expect(file, 'the guideline has a versions file').toBeDefined();
		const versions = (JSON.parse(file!) as { versions: { key: string; data: unknown }[] }).versions;
		// The current version and the published one before it; not the draft, not the confidential one.
		expect(versions).toHaveLength(2);
		expect(JSON.stringify(versions[1]!.data)).toContain('Die veröffentlichte neue Fassung.');
		const pages = [...site.keys()].filter((n) =>
			/^de\/guidelines\/private-konten\/changes\/[0-9a-f]+\/index\.html$/.test(n),
		);
		expect(pages).toHaveLength(1);
	});
});
