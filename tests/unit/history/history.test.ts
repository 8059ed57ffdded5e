/** readHistory against real temporary repositories (tests/helpers/git-repo.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../../src/lib/history/history.ts';
import { timeline } from '../../../src/lib/history/timeline.ts';
import { createGitRepo, runGit, type GitRepo } from '../../helpers/git-repo.ts';

const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function repo(): GitRepo {
	const r = createGitRepo();
	repos.push(r);
	return r;
}

const yaml = (id: string, extra = '') => `id: ${id}\ntitle: Titel ${id}\n${extra}`;

/** A repository with a life story: add, edit, rename (with an edit), delete, and a file outside content/. */
function storyRepo() {
	const r = repo();
	r.write('content/guidelines/fotos.mdx', '---\nid: fotos\nversion: 1\n---\n\nErster Text.\n');
	r.write('content/goals/alt.yaml', yaml('alt'));
	r.write('README.md', 'outside\n');
	const c1 = r.commit('Add fotos and alt', { author: 'Anna Berger', email: 'anna@example.com' });
	r.write('content/guidelines/fotos.mdx', '---\nid: fotos\nversion: 2\n---\n\nZweiter Text.\n');
	const c2 = r.commit('Edit fotos', { author: 'Ben Keller', email: 'ben@example.com' });
	r.git(['mv', 'content/guidelines/fotos.mdx', 'content/guidelines/bilder.mdx']);
	r.write(
		'content/guidelines/bilder.mdx',
		'---\nid: fotos\nversion: 2\n---\n\nZweiter Text.\n\nUnd ein Satz mehr.\n',
	);
	const c3 = r.commit('Rename fotos to bilder');
	r.remove('content/goals/alt.yaml');
	r.write('README.md', 'outside, changed\n');
	const c4 = r.commit('Delete alt');
	return { r, c1, c2, c3, c4 };
}

describe('readHistory', () => {
	it('lists each file’s commits newest first, with author, date, subject and status', async () => {
		const { r, c1, c2, c3 } = storyRepo();
		const h = await readHistory(r.contentDir);
		expect(h.availability).toBe('full');
		expect(h.note).toBeUndefined();
		expect(h.prefix).toBe('content');
		expect(h.commitCount).toBe(4);
		expect(h.head).toBe(r.git(['rev-parse', 'HEAD']).trim());
		expect([...h.files.keys()].sort()).toEqual(['guidelines/bilder.mdx']);
		const bilder = h.files.get('guidelines/bilder.mdx')!;
		expect(bilder.existsAtHead).toBe(true);
		expect(
			bilder.commits.map((c) => ({
				hash: c.hash,
				status: c.status,
				path: c.path,
				previousPath: c.previousPath,
				author: c.authorName,
				subject: c.subject,
			})),
		).toEqual([
			{
				hash: c3,
				status: 'R',
				path: 'guidelines/bilder.mdx',
				previousPath: 'guidelines/fotos.mdx',
				author: 'Kodex Test',
				subject: 'Rename fotos to bilder',
			},
			{
				hash: c2,
				status: 'M',
				path: 'guidelines/fotos.mdx',
				previousPath: undefined,
				author: 'Ben Keller',
				subject: 'Edit fotos',
			},
			{
				hash: c1,
				status: 'A',
				path: 'guidelines/fotos.mdx',
				previousPath: undefined,
				author: 'Anna Berger',
				subject: 'Add fotos and alt',
			},
		]);
		// Fixed dates from the helper: day 1, 2 and 3 at 10:00 UTC.
		expect(bilder.commits.map((c) => c.date)).toEqual([
			'2026-01-03T10:00:00+00:00',
			'2026-01-02T10:00:00+00:00',
			'2026-01-01T10:00:00+00:00',
		]);
		expect(bilder.commits[0]!.shortHash).toBe(c3.slice(0, bilder.commits[0]!.shortHash.length));
		expect(bilder.commits[0]!.similarity).toBeGreaterThanOrEqual(50);
		expect(bilder.commits[0]!.similarity).toBeLessThan(100);
		expect(bilder.commits[1]!.authorEmail).toBe('ben@example.com');
	});

	it('keeps deleted files, and ignores commits that only touch files outside the content folder', async () => {
		const { r, c4, c1 } = storyRepo();
		r.write('README.md', 'only outside\n');
		r.commit('Outside only');
		const h = await readHistory(r.contentDir);
		expect(h.commitCount).toBe(4);
		expect(h.deleted).toHaveLength(1);
		expect(h.deleted[0]).toMatchObject({ path: 'goals/alt.yaml', existsAtHead: false });
		expect(h.deleted[0]!.commits.map((c) => [c.hash, c.status])).toEqual([
			[c4, 'D'],
			[c1, 'A'],
		]);
		expect(h.deleted[0]!.commits[0]!.blob).toBeUndefined();
		expect(h.deleted[0]!.commits[1]!.blob).toMatch(/^[0-9a-f]{40}$/);
	});

	it('reports uncommitted changes as changed now', async () => {
		const r = repo();
		r.write('content/goals/a.yaml', yaml('a'));
		r.write('content/goals/b.yaml', yaml('b'));
		r.write('content/goals/c.yaml', yaml('c'));
		r.write('content/goals/d.yaml', yaml('d'));
		r.commit('Add four goals');
		r.write('content/goals/a.yaml', yaml('a', 'summary: geändert\n'));
		r.remove('content/goals/b.yaml');
		r.write('content/goals/neu ü.yaml', yaml('neu'));
		r.git(['mv', 'content/goals/c.yaml', 'content/goals/c2.yaml']);
		r.write('content/goals/d.yaml', yaml('d', 'summary: gestaged\n'));
		r.git(['add', 'content/goals/d.yaml']);
		r.write('outside.txt', 'not content');
		const h = await readHistory(r.contentDir);
		expect(Object.fromEntries(h.uncommitted)).toEqual({
			'goals/a.yaml': { path: 'goals/a.yaml', status: 'modified' },
			'goals/b.yaml': { path: 'goals/b.yaml', status: 'deleted' },
			'goals/c2.yaml': { path: 'goals/c2.yaml', status: 'renamed', previousPath: 'goals/c.yaml' },
			'goals/d.yaml': { path: 'goals/d.yaml', status: 'modified' },
			'goals/neu ü.yaml': { path: 'goals/neu ü.yaml', status: 'untracked' },
		});
		// The committed history is unaffected by uncommitted work …
		expect(h.files.get('goals/a.yaml')!.commits).toHaveLength(1);
		// … except that a rename staged with git mv takes the history along.
		expect(h.files.has('goals/c.yaml')).toBe(false);
		expect(h.files.get('goals/c2.yaml')).toMatchObject({
			path: 'goals/c2.yaml',
			commits: [{ status: 'A', path: 'goals/c.yaml', subject: 'Add four goals' }],
		});
	});

	it('says a shallow clone is partial and returns only the commits it has', async () => {
		const { r, c4 } = storyRepo();
		const clone = path.join(r.sibling('clones'), 'shallow');
		runGit(r.sibling('clones'), ['clone', '-q', '--depth', '1', `file://${r.dir}`, clone]);
		const h = await readHistory(path.join(clone, 'content'));
		expect(h.availability).toBe('shallow');
		expect(h.note).toMatch(/shallow clone/);
		expect(h.head).toBe(c4);
		expect(h.commitCount).toBe(1);
		// The only commit git has shows every file as added; nothing older is invented.
		const bilder = h.files.get('guidelines/bilder.mdx')!;
		expect(bilder.commits.map((c) => [c.hash, c.status])).toEqual([[c4, 'A']]);
	});

	it('reports history as unavailable, without throwing, when there is no .git', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kodex-nogit-'));
		try {
			fs.mkdirSync(path.join(dir, 'content/goals'), { recursive: true });
			fs.writeFileSync(path.join(dir, 'content/goals/a.yaml'), yaml('a'));
			const h = await readHistory(path.join(dir, 'content'));
			expect(h).toMatchObject({ availability: 'none', head: null, root: null, commitCount: 0 });
			expect(h.note).toMatch(/not inside a git repository/);
			expect(h.files.size).toBe(0);
			expect(h.uncommitted.size).toBe(0);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it('reports a missing content folder as unavailable history', async () => {
		const h = await readHistory(path.join(os.tmpdir(), 'kodex-does-not-exist', 'content'));
		expect(h.availability).toBe('none');
		expect(h.note).toMatch(/does not exist/);
	});

	it('handles a repository without commits: everything is uncommitted', async () => {
		const r = repo();
		r.write('content/goals/a.yaml', yaml('a'));
		const h = await readHistory(r.contentDir);
		expect(h.head).toBeNull();
		expect(h.note).toMatch(/no commits yet/);
		expect(h.files.size).toBe(0);
		expect([...h.uncommitted.values()]).toEqual([{ path: 'goals/a.yaml', status: 'untracked' }]);
	});

	it('works when the content folder is the repository root', async () => {
		const r = repo();
		r.write('goals/a.yaml', yaml('a'));
		r.commit('Add a');
		const h = await readHistory(r.dir);
		expect(h.prefix).toBe('');
		expect([...h.files.keys()]).toEqual(['goals/a.yaml']);
	});
});

describe('timeline', () => {
	it('lists commits newest first with the files each touched', async () => {
		const { r, c1, c3, c4 } = storyRepo();
		const entries = timeline(await readHistory(r.contentDir));
		expect(entries.map((e) => e.hash)).toEqual([c4, c3, expect.any(String), c1]);
		expect(entries[0]).toMatchObject({
			subject: 'Delete alt',
			files: [{ path: 'goals/alt.yaml', status: 'D' }],
		});
		expect(entries[1]!.files).toEqual([
			{ path: 'guidelines/bilder.mdx', status: 'R', previousPath: 'guidelines/fotos.mdx' },
		]);
		expect(entries[3]!.files.map((f) => f.path)).toEqual([
			'goals/alt.yaml',
			'guidelines/fotos.mdx',
		]);
		expect(timeline(await readHistory(r.contentDir), 2)).toHaveLength(2);
	});
});
