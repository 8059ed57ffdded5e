/** Field-level and word-level diffs, and reading older versions for them. */
import { afterAll, describe, expect, it } from 'vitest';
import { diffDocument } from '../../../src/lib/changes/diff-document.ts';
import { diffFields, formatSegments } from '../../../src/lib/changes/diff-fields.ts';
import { diffProse } from '../../../src/lib/changes/diff-prose.ts';
import { readHistory } from '../../../src/lib/history/history.ts';
import { parseSnapshot, readSnapshots } from '../../../src/lib/history/snapshots.ts';
import { createGitRepo, type GitRepo } from '../../helpers/git-repo.ts';

const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

describe('diffFields', () => {
	it('reports added, removed and changed fields with old and new values', () => {
		const changes = diffFields(
			{ id: 'a', status: 'in-review', tags: ['x'], coverage: { hours: '8–18', weekends: false } },
			{ id: 'a', status: 'approved', version: 2, coverage: { hours: '8–20', weekends: false } },
		);
		expect(changes.map(({ path, kind, old, new: now }) => ({ path, kind, old, new: now }))).toEqual(
			[
				{ path: 'status', kind: 'changed', old: 'in-review', new: 'approved' },
				{ path: 'version', kind: 'added', old: undefined, new: 2 },
				{ path: 'coverage.hours', kind: 'changed', old: '8–18', new: '8–20' },
				{ path: 'tags', kind: 'removed', old: ['x'], new: undefined },
			],
		);
		expect(changes.find((c) => c.kind === 'added')).not.toHaveProperty('old');
		expect(changes.find((c) => c.kind === 'removed')).not.toHaveProperty('new');
	});

	it('matches list entries by id, level or name, not by position', () => {
		const before = {
			rules: [
				{ id: 'eins', text: 'A' },
				{ id: 'zwei', text: 'B' },
			],
			levels: [
				{ level: 1, notify: ['x'] },
				{ level: 2, notify: ['y'] },
			],
			variables: [{ name: 'datum', example: '1. Mai' }],
		};
		const after = {
			rules: [
				{ id: 'neu', text: 'N' },
				{ id: 'eins', text: 'A' },
				{ id: 'zwei', text: 'B2' },
			],
			levels: [{ level: 2, notify: ['y', 'z'] }],
			variables: [{ name: 'datum', example: '2. Mai' }],
		};
		expect(diffFields(before, after).map((c) => `${c.kind} ${c.path}`)).toEqual([
			'added rules[neu]',
			'changed rules[zwei].text',
			'changed levels[level=2].notify',
			'removed levels[level=1]',
			'changed variables[name=datum].example',
		]);
	});

	it('compares unkeyed lists of objects entry by entry, and other lists as a whole', () => {
		const steps = (a: string) => [{ at: 'PT5M', action: a }];
		expect(diffFields({ firstHour: steps('A') }, { firstHour: steps('B') })[0]!.path).toBe(
			'firstHour[0].action',
		);
		expect(diffFields({ audience: ['a'] }, { audience: ['a', 'b'] })).toEqual([
			{
				path: 'audience',
				segments: ['audience'],
				kind: 'changed',
				old: ['a'],
				new: ['a', 'b'],
			},
		]);
		// Duplicate ids cannot be matched: the list is compared as a whole.
		const dup = [
			{ id: 'x', t: 1 },
			{ id: 'x', t: 2 },
		];
		expect(diffFields({ rules: dup }, { rules: [{ id: 'x', t: 1 }] })[0]!.path).toBe('rules');
	});

	it('lists every field of a new or deleted document, and nothing for equal data', () => {
		expect(
			diffFields(undefined, { id: 'a', title: 'T' }).map((c) => `${c.kind} ${c.path}`),
		).toEqual(['added id', 'added title']);
		expect(diffFields({ id: 'a' }, undefined).map((c) => `${c.kind} ${c.path}`)).toEqual([
			'removed id',
		]);
		expect(diffFields({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
	});

	it('formats paths the way authors read them', () => {
		expect(formatSegments(['items', { key: 'id', value: 'lizenz' }, 'legalBasis', 0, 'law'])).toBe(
			'items[lizenz].legalBasis[0].law',
		);
		expect(formatSegments(['raci', 0, 'roles', 'head of x'])).toBe('raci[0].roles["head of x"]');
	});
});

describe('diffProse', () => {
	it('diffs word by word and counts added and removed words', () => {
		const d = diffProse('Frag vorher alle Personen.\n', 'Frag vorher bitte alle Menschen.\n');
		expect(d.changed).toBe(true);
		expect(d.addedWords).toBe(2);
		expect(d.removedWords).toBe(1);
		expect(d.parts.filter((p) => p.type !== 'equal')).toEqual([
			{ type: 'added', text: 'bitte ' },
			{ type: 'removed', text: 'Personen' },
			{ type: 'added', text: 'Menschen' },
		]);
		// Joining the equal and added parts gives the new text back; equal and removed the old one.
		expect(
			d.parts
				.filter((p) => p.type !== 'removed')
				.map((p) => p.text)
				.join(''),
		).toBe('Frag vorher bitte alle Menschen.');
		expect(
			d.parts
				.filter((p) => p.type !== 'added')
				.map((p) => p.text)
				.join(''),
		).toBe('Frag vorher alle Personen.');
	});

	it('ignores line endings and trailing spaces', () => {
		const d = diffProse('Ein Satz.  \r\nZwei.\r\n', 'Ein Satz.\nZwei.\n');
		expect(d).toEqual({
			changed: false,
			parts: [{ type: 'equal', text: 'Ein Satz.\nZwei.' }],
			addedWords: 0,
			removedWords: 0,
		});
	});
});

describe('diffDocument and older versions from git', () => {
	it('diffs any committed version of a document against the current file', async () => {
		const r = createGitRepo();
		repos.push(r);
		const v1 =
			'---\nid: a\nversion: 1\nrules:\n  - id: eins\n    text: Alt\n---\n\nDer alte Text.\n';
		const v2 =
			'---\nid: a\nversion: 2\nrules:\n  - id: eins\n    text: Neu\n---\n\nDer neue Text.\n';
		r.write('content/guidelines/a.mdx', v1);
		r.commit('v1');
		r.write('content/guidelines/a.mdx', v2);
		r.commit('v2');
		const history = await readHistory(r.contentDir);
		const commits = history.files.get('guidelines/a.mdx')!.commits;
		const snapshots = await readSnapshots(r.contentDir, commits);
		expect(snapshots.size).toBe(2);
		const oldest = snapshots.get(commits[1]!.hash)!;
		expect(oldest.body).toContain('Der alte Text.');
		const current = parseSnapshot('guidelines/a.mdx', r.read('content/guidelines/a.mdx'))!;
		const diff = diffDocument(oldest, current);
		expect(diff.fields.map((f) => [f.path, f.old, f.new])).toEqual([
			['version', 1, 2],
			['rules[eins].text', 'Alt', 'Neu'],
		]);
		expect(diff.prose?.parts.filter((p) => p.type !== 'equal')).toEqual([
			{ type: 'removed', text: 'alte' },
			{ type: 'added', text: 'neue' },
		]);
		// YAML documents have no prose.
		expect(
			diffDocument({ data: { a: 1 }, body: undefined }, { data: { a: 2 }, body: undefined }).prose,
		).toBeUndefined();
	});

	it('parses handbook.yaml as settings and ignores files that are not documents', () => {
		expect(parseSnapshot('handbook.yaml', 'strict: true\n')).toEqual({
			data: { strict: true },
			body: undefined,
		});
		expect(parseSnapshot('assets/logo.svg', '<svg/>')).toBeUndefined();
	});
});
