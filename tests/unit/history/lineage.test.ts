import { describe, expect, it } from 'vitest';
import { LineageBuilder } from '../../../src/lib/history/lineage.ts';
import type { RawCommit, RawEntry } from '../../../src/lib/history/log-parser.ts';

let n = 0;
/** A commit with a readable fake hash; build them newest first, like git log. */
function commit(subject: string, entries: RawEntry[]): RawCommit {
	n++;
	return {
		hash: `${String(n).padStart(2, '0')}${'f'.repeat(38)}`,
		authorName: 'Anna',
		authorEmail: 'anna@example.com',
		date: `2026-01-${String(30 - n).padStart(2, '0')}T10:00:00Z`,
		subject,
		entries,
	};
}

function build(commits: RawCommit[], prefix = 'content/') {
	const b = new LineageBuilder(prefix, 7);
	for (const c of commits) b.add(c);
	return { ...b.result(), count: b.commitCount };
}

const subjects = (h: { commits: { subject: string }[] } | undefined) =>
	h?.commits.map((c) => c.subject);

describe('LineageBuilder', () => {
	it('follows a file backwards across two renames', () => {
		const { files, deleted } = build([
			commit('edit c', [{ status: 'M', path: 'content/g/c.mdx', blob: 'c2' }]),
			commit('b to c', [
				{
					status: 'R',
					path: 'content/g/c.mdx',
					previousPath: 'content/g/b.mdx',
					similarity: 100,
					blob: 'c1',
				},
			]),
			commit('a to b', [
				{
					status: 'R',
					path: 'content/g/b.mdx',
					previousPath: 'content/g/a.mdx',
					similarity: 90,
					blob: 'b1',
				},
			]),
			commit('edit a', [{ status: 'M', path: 'content/g/a.mdx', blob: 'a2' }]),
			commit('add a', [{ status: 'A', path: 'content/g/a.mdx', blob: 'a1' }]),
		]);
		expect([...files.keys()]).toEqual(['g/c.mdx']);
		const c = files.get('g/c.mdx')!;
		expect(subjects(c)).toEqual(['edit c', 'b to c', 'a to b', 'edit a', 'add a']);
		expect(c.commits.map((x) => [x.status, x.path, x.previousPath])).toEqual([
			['M', 'g/c.mdx', undefined],
			['R', 'g/c.mdx', 'g/b.mdx'],
			['R', 'g/b.mdx', 'g/a.mdx'],
			['M', 'g/a.mdx', undefined],
			['A', 'g/a.mdx', undefined],
		]);
		expect(c.commits[2]!.similarity).toBe(90);
		expect(c.commits[0]!.shortHash).toHaveLength(7);
		expect(deleted).toEqual([]);
	});

	it('keeps a file deleted and re-created at the same path apart from the new one', () => {
		const { files, deleted } = build([
			commit('new x', [{ status: 'A', path: 'content/g/x.mdx', blob: 'n1' }]),
			commit('delete x', [{ status: 'D', path: 'content/g/x.mdx' }]),
			commit('edit old x', [{ status: 'M', path: 'content/g/x.mdx', blob: 'o2' }]),
			commit('add old x', [{ status: 'A', path: 'content/g/x.mdx', blob: 'o1' }]),
		]);
		expect(subjects(files.get('g/x.mdx'))).toEqual(['new x']);
		expect(deleted).toHaveLength(1);
		expect(deleted[0]!.existsAtHead).toBe(false);
		expect(subjects(deleted[0])).toEqual(['delete x', 'edit old x', 'add old x']);
	});

	it('resolves a rename and a new file at the old path in the same commit', () => {
		const { files } = build([
			commit('move a to b, new a', [
				{ status: 'A', path: 'content/g/a.mdx', blob: 'new' },
				{
					status: 'R',
					path: 'content/g/b.mdx',
					previousPath: 'content/g/a.mdx',
					similarity: 100,
					blob: 'b',
				},
			]),
			commit('add a', [{ status: 'A', path: 'content/g/a.mdx', blob: 'a' }]),
		]);
		expect(subjects(files.get('g/a.mdx'))).toEqual(['move a to b, new a']);
		expect(subjects(files.get('g/b.mdx'))).toEqual(['move a to b, new a', 'add a']);
	});

	it('treats a rename from outside the content folder as an addition and skips outside paths', () => {
		const { files, count } = build([
			commit('move in', [
				{
					status: 'R',
					path: 'content/g/a.mdx',
					previousPath: 'drafts/a.mdx',
					similarity: 100,
					blob: 'a',
				},
				{ status: 'M', path: 'README.md', blob: 'r' },
			]),
		]);
		expect(count).toBe(1);
		expect([...files.keys()]).toEqual(['g/a.mdx']);
		expect(files.get('g/a.mdx')!.commits[0]).toMatchObject({ status: 'A', path: 'g/a.mdx' });
		expect(files.get('g/a.mdx')!.commits[0]!.previousPath).toBeUndefined();
	});
});
