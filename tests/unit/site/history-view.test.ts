/** The version history of one document as its page shows it (src/lib/site/document/history.ts). */
import { describe, expect, it } from 'vitest';
import type { FileCommit, FileHistory } from '../../../src/lib/history/types.ts';
import {
	diffableCommits,
	docHistoryView,
	HISTORY_LIMIT,
	type FileGitState,
	type HistoryLinks,
} from '../../../src/lib/site/document/history.ts';
import { templateParts } from '../../../src/lib/util/placeholders.ts';

function commit(n: number, over: Partial<FileCommit> = {}): FileCommit {
	const hash = String(n).padStart(40, 'a');
	return {
		hash,
		shortHash: hash.slice(0, 7),
		authorName: `Autor ${n}`,
		authorEmail: `a${n}@example.com`,
		date: `2026-03-${String(n).padStart(2, '0')}T10:00:00+01:00`,
		subject: `Änderung ${n}`,
		status: 'M',
		path: 'guidelines/fotos.mdx',
		blob: `blob${n}`,
		...over,
	};
}

/** Commits newest first: n, n-1, …, 1 (1 created the file). */
function file(n: number, edit: (c: FileCommit) => FileCommit = (c) => c): FileHistory {
	const commits = Array.from({ length: n }, (_, i) => n - i).map((k) =>
		edit(commit(k, k === 1 ? { status: 'A' } : {})),
	);
	return { path: 'guidelines/fotos.mdx', existsAtHead: true, commits };
}

const links: HistoryLinks = {
	commitUrl: (hash) => `https://git.example/r/-/commit/${hash}`,
	diffPath: (short) => `/de/guidelines/fotos/changes/${short}/`,
	fileHistoryUrl: 'https://git.example/r/-/commits/main/content/guidelines/fotos.mdx',
};

function state(over: Partial<FileGitState>): FileGitState {
	return {
		availability: 'full',
		file: undefined,
		versions: new Map(),
		uncommitted: undefined,
		...over,
	};
}

describe('docHistoryView', () => {
	it('lists commits newest first with version, date, author, message and links', () => {
		const f = file(3);
		const versions = new Map([
			[f.commits[0]!.hash, 2],
			[f.commits[1]!.hash, 2],
			[f.commits[2]!.hash, 1],
		]);
		const view = docHistoryView(state({ file: f, versions }), 'de', links);
		expect(view.lastChanged).toEqual({
			kind: 'commit',
			date: '2026-03-03T10:00:00+01:00',
			dateLabel: '3. März 2026',
			authorName: 'Autor 3',
			shortHash: f.commits[0]!.shortHash,
			commitUrl: `https://git.example/r/-/commit/${f.commits[0]!.hash}`,
		});
		expect(view.entries.map((e) => [e.subject, e.version, e.change, e.authorName])).toEqual([
			['Änderung 3', 2, 'changed', 'Autor 3'],
			['Änderung 2', 2, 'changed', 'Autor 2'],
			['Änderung 1', 1, 'created', 'Autor 1'],
		]);
		// The newest commit is the current version: nothing to compare.
		expect(view.entries.map((e) => e.diffHref)).toEqual([
			undefined,
			`/de/guidelines/fotos/changes/${f.commits[1]!.shortHash}/`,
			`/de/guidelines/fotos/changes/${f.commits[2]!.shortHash}/`,
		]);
		expect(view.entries[0]!.dateLabel).toBe('3. März 2026');
		expect(view).toMatchObject({
			total: 3,
			truncated: false,
			fileHistoryUrl: links.fileHistoryUrl,
		});
	});

	it('formats dates in the page language and leaves out commit links it cannot derive', () => {
		const view = docHistoryView(state({ file: file(1) }), 'en', {
			commitUrl: () => undefined,
			diffPath: () => '/x/',
		});
		expect(view.entries[0]).not.toHaveProperty('commitUrl');
		expect(view.entries[0]!.dateLabel).toBe('1 March 2026');
		expect(view.entries[0]!.version).toBeUndefined();
		expect(view.lastChanged).not.toHaveProperty('commitUrl');
		expect(view).not.toHaveProperty('fileHistoryUrl');
	});

	it('shows a rename with the earlier path as one history', () => {
		const f = file(2, (c) =>
			c.status === 'M'
				? { ...c, status: 'R', previousPath: 'guidelines/bilder.mdx', blob: 'blob1' }
				: { ...c, path: 'guidelines/bilder.mdx' },
		);
		const view = docHistoryView(state({ file: f }), 'de', links);
		expect(view.entries.map((e) => [e.change, e.previousPath])).toEqual([
			['renamed', 'guidelines/bilder.mdx'],
			['created', undefined],
		]);
		// A pure rename has the same content as before: both are the current version.
		expect(view.entries.every((e) => e.diffHref === undefined)).toBe(true);
	});

	it('treats uncommitted changes as "changed now" and compares every commit with them', () => {
		const f = file(2);
		const view = docHistoryView(
			state({ file: f, uncommitted: { path: f.path, status: 'modified' } }),
			'de',
			links,
		);
		expect(view.lastChanged).toEqual({ kind: 'uncommitted', neverCommitted: false });
		expect(view.entries.every((e) => e.diffHref !== undefined)).toBe(true);
		const fresh = docHistoryView(
			state({ uncommitted: { path: 'guidelines/neu.mdx', status: 'untracked' } }),
			'de',
			links,
		);
		expect(fresh.lastChanged).toEqual({ kind: 'uncommitted', neverCommitted: true });
		expect(fresh.entries).toEqual([]);
	});

	it('says nothing it does not know: no history, and the shallow boundary is no creation', () => {
		const none = docHistoryView(state({ availability: 'none' }), 'de', links);
		expect(none).toMatchObject({
			availability: 'none',
			lastChanged: undefined,
			entries: [],
			total: 0,
		});
		const shallow = docHistoryView(
			state({ availability: 'shallow', file: file(2, (c) => ({ ...c, status: 'A' })) }),
			'de',
			links,
		);
		expect(shallow.entries.map((e) => e.change)).toEqual(['created', 'first-known']);
	});

	it(`lists and compares at most the last ${HISTORY_LIMIT} commits and says how many there are`, () => {
		const f = file(HISTORY_LIMIT + 5);
		const view = docHistoryView(state({ file: f }), 'de', links);
		expect(view.entries).toHaveLength(HISTORY_LIMIT);
		expect(view.total).toBe(HISTORY_LIMIT + 5);
		expect(view.limit).toBe(HISTORY_LIMIT);
		expect(view.truncated).toBe(true);
		expect(diffableCommits(f, undefined)).toHaveLength(HISTORY_LIMIT - 1);
		expect(diffableCommits(f, { path: f.path, status: 'modified' })).toHaveLength(HISTORY_LIMIT);
		expect(diffableCommits(undefined, undefined)).toEqual([]);
	});
});

describe('templateParts', () => {
	it('splits a translation at its placeholders', () => {
		expect(templateParts('Zuletzt geändert am {date} von {author}')).toEqual([
			'Zuletzt geändert am ',
			{ name: 'date' },
			' von ',
			{ name: 'author' },
		]);
		expect(templateParts('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
		expect(templateParts('ohne')).toEqual(['ohne']);
	});
});
