/** A comparison page's data, computed once from the site model and git (comparison-page.ts). */
import { describe, expect, it } from 'vitest';
import type { FileCommit } from '../../../src/lib/history/types.ts';
import {
	comparisonPage,
	type ComparisonInput,
} from '../../../src/lib/site/document/comparison-page.ts';
import { CURRENT, type VersionInput } from '../../../src/lib/site/document/versions-file.ts';
import { buildSite, FALLBACK_CONFIG } from '../../../src/lib/site/model/site.ts';
import { makeDoc } from './fixtures.ts';

function commit(n: number): FileCommit {
	const hash = String(n).padEnd(40, 'c');
	return {
		hash,
		shortHash: hash.slice(0, 7),
		authorName: `Autor ${n}`,
		authorEmail: `a${n}@example.com`,
		date: `2026-03-0${n}T10:00:00+01:00`,
		subject: `Änderung ${n}`,
		status: 'M',
		path: 'guidelines/fotos.mdx',
		blob: `blob${n}`,
	};
}

const doc = makeDoc('guideline', 'fotos', { version: 3 });
const site = buildSite(
	{ ...FALLBACK_CONFIG, editBaseUrl: 'https://gitlab.example/firma/handbuch/-/edit/main/' },
	[doc],
	'2026-11-22',
);
const older = commit(1);
const newest = commit(2);
const current = { data: doc.data as unknown, body: 'Erster Satz. Zweiter Satz.\n' };
const before = { data: { ...doc.data, title: 'Alter Titel' } as unknown, body: 'Erster Satz.\n' };

function input(over: Partial<ComparisonInput> = {}): ComparisonInput {
	const versions: VersionInput[] = [
		{ key: CURRENT, version: 3, date: newest.date, snapshot: current },
		{ key: newest.shortHash, version: 2, date: newest.date, snapshot: current },
		{ key: older.shortHash, version: 1, date: older.date, snapshot: before },
	];
	return {
		site,
		doc,
		git: {
			current,
			state: {
				availability: 'full',
				file: { path: 'guidelines/fotos.mdx', existsAtHead: true, commits: [newest, older] },
				versions: new Map([
					[older.hash, 1],
					[newest.hash, 2],
				]),
				uncommitted: undefined,
			},
		},
		commit: older,
		before,
		versions,
		...over,
	};
}

describe('comparison page', () => {
	it('describes both versions and links the commit on the git host', () => {
		const page = comparisonPage(input());
		expect(page.lang).toBe('de');
		expect(page.title).toContain('1. März 2026');
		expect(page.trail.map((c) => c.href)).toEqual([
			'/de/',
			'/de/guidelines/',
			'/de/guidelines/fotos/',
		]);
		expect(page.from).toMatchObject({
			version: 1,
			date: older.date,
			dateLabel: '1. März 2026',
			commitUrl: `https://gitlab.example/firma/handbuch/-/commit/${older.hash}`,
		});
		expect(page.from.commitLabel).toContain(older.shortHash);
		expect(page.to).toMatchObject({
			version: 3,
			uncommitted: false,
			last: { date: newest.date, dateLabel: '2. März 2026' },
		});
	});

	it('offers pickers over all versions and links the other prebuilt comparisons', () => {
		const { picker } = comparisonPage(input());
		expect(picker?.versionsHref).toBe('/de/guidelines/fotos/changes/versions.json');
		expect(picker?.options.map((o) => o.key)).toEqual([CURRENT, newest.shortHash, older.shortHash]);
		expect(picker?.from).toBe(older.shortHash);
		expect(picker?.to).toBe(CURRENT);
		expect(picker?.others).toEqual([
			expect.objectContaining({
				key: newest.shortHash,
				href: `/de/guidelines/fotos/changes/${newest.shortHash}/`,
			}),
		]);
		expect(
			comparisonPage(input({ versions: input().versions.slice(0, 2) })).picker,
		).toBeUndefined();
	});

	it('holds the field table and the prose as HTML, or nothing when unchanged or unreadable', () => {
		const { diff } = comparisonPage(input());
		expect(diff?.summary.changed).toBe(true);
		expect(diff?.fieldsHtml).toContain('Alter Titel');
		expect(diff?.proseChanged).toBe(true);
		expect(diff?.proseHtml).toContain('<ins');
		const same = comparisonPage(input({ before: current })).diff;
		expect(same?.summary.changed).toBe(false);
		expect(same?.fieldsHtml).toBeUndefined();
		expect(same?.proseHtml).toBeUndefined();
		const unreadable = comparisonPage(input({ before: undefined }));
		expect(unreadable.diff).toBeUndefined();
		expect(unreadable.from.approval).toBe('Ohne Freigabe');
		expect(
			comparisonPage(
				input({
					git: {
						...input().git,
						state: {
							...input().git.state,
							uncommitted: { path: 'guidelines/fotos.mdx', status: 'modified' },
						},
					},
				}),
			).to.uncommitted,
		).toBe(true);
	});
});
