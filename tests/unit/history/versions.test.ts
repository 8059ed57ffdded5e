/** Version extraction and HIST-001 (a version never goes down) on real repositories. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadVersionHistory, historyEnabled } from '../../../src/lib/history/version-history.ts';
import { extractVersion, isDocumentPath } from '../../../src/lib/history/versions.ts';
import { validate } from '../../../src/lib/validate.ts';
import { createGitRepo, docText, writeBaseline, type GitRepo } from '../../helpers/git-repo.ts';
import { baseline, PATHS, toFiles, TODAY, type Data } from '../../helpers/handbook.ts';

const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

describe('extractVersion', () => {
	it('reads the top-level version of MDX frontmatter and of YAML files', () => {
		expect(extractVersion('---\nid: a\nversion: 3\n---\n\nversion: 9\n', 'g/a.mdx')).toBe(3);
		expect(extractVersion('id: a\nversion: 12 # bumped\n', 'goals/a.yaml')).toBe(12);
		expect(extractVersion('\uFEFFversion: 2\r\nid: a\r\n', 'goals/a.yml')).toBe(2);
	});

	it('ignores nested keys, prose and values that are not positive whole numbers', () => {
		expect(extractVersion('---\nid: a\n---\n\nversion: 9\n', 'g/a.mdx')).toBeUndefined();
		expect(extractVersion('id: a\nmeta:\n  version: 4\n', 'goals/a.yaml')).toBeUndefined();
		expect(extractVersion("id: a\nversion: '3'\n", 'goals/a.yaml')).toBeUndefined();
		expect(extractVersion('id: a\nversion: 0\n', 'goals/a.yaml')).toBeUndefined();
		expect(extractVersion('id: a\nversion: 2.5\n', 'goals/a.yaml')).toBeUndefined();
		expect(extractVersion('no frontmatter', 'g/a.mdx')).toBeUndefined();
		expect(extractVersion('id: [unclosed\nversion: x: y\n', 'goals/a.yaml')).toBeUndefined();
	});

	it('falls back to a full YAML parse for unusual spellings', () => {
		expect(extractVersion('{ id: a, version: 5 }\n', 'goals/a.yaml')).toBe(5);
		expect(extractVersion('"version": 6\nid: a\n', 'goals/a.yaml')).toBe(6);
	});

	it('knows which paths are documents', () => {
		expect(isDocumentPath('guidelines/a.mdx')).toBe(true);
		expect(isDocumentPath('teams/a.yml')).toBe(true);
		expect(isDocumentPath('handbook.yaml')).toBe(false);
		expect(isDocumentPath('assets/logo.yaml')).toBe(false);
	});
});

/** A repository with the baseline handbook; `guideline` is the mutable guideline data. */
function setup(version?: number): { r: GitRepo; guideline: Data; path: string } {
	const r = createGitRepo();
	repos.push(r);
	const b = writeBaseline(r, (b) => {
		if (version !== undefined) b.guideline['version'] = version;
	});
	r.commit('Add the handbook', { author: 'Anna Berger' });
	return { r, guideline: b.guideline, path: `content/${PATHS.guideline}` };
}

function writeGuideline(r: GitRepo, rel: string, data: Data) {
	r.write(rel, docText(data, 'Body text.\n'));
}

async function hist(r: GitRepo) {
	const result = await validate(r.contentDir, { today: TODAY });
	// Only the guideline carries a version, so the other approved documents get DOC-004 warnings.
	const others = result.warnings.filter((d) => d.rule !== 'DOC-004');
	return {
		all: [...result.errors, ...others, ...result.notices],
		hist: result.errors.filter((d) => d.rule === 'HIST-001'),
	};
}

describe('HIST-001 version never decreases', () => {
	it('accepts versions that stay equal or go up', async () => {
		const { r, guideline, path } = setup(1);
		writeGuideline(r, path, { ...guideline, version: 2 });
		r.commit('Version 2');
		writeGuideline(r, path, {
			...guideline,
			version: 2,
			summary: 'Nur ein Tippfehler korrigiert.',
		});
		r.commit('Typo, same version');
		writeGuideline(r, path, { ...guideline, version: 3 });
		const { all } = await hist(r);
		expect(all).toEqual([]);
	});

	it('reports a committed decrease with the commit and the old version', async () => {
		const { r, guideline, path } = setup(1);
		writeGuideline(r, path, { ...guideline, version: 3 });
		const c2 = r.commit('Version 3', { author: 'Ben Keller' });
		writeGuideline(r, path, { ...guideline, version: 2 });
		r.commit('Oops, version 2');
		const { hist: found, all } = await hist(r);
		expect(all).toHaveLength(1);
		expect(found).toEqual([
			expect.objectContaining({
				rule: 'HIST-001',
				severity: 'error',
				file: expect.stringMatching(/content\/guidelines\/fotos\.mdx$/),
				path: 'version',
				value: 2,
				expected: 'version 3 or higher',
				fix: 'Set version to 4 (or 3 if the content is unchanged since that commit).',
			}),
		]);
		expect(found[0]!.message).toContain(`commit ${c2.slice(0, 7)}`);
		expect(found[0]!.message).toContain('2026-01-02, Ben Keller: "Version 3"');
		expect(found[0]!.message).toContain('Version 2 is lower than version 3');
		// The line of the version field in the file.
		const line =
			r
				.read(path)
				.split('\n')
				.findIndex((l) => l.startsWith('version:')) + 1;
		expect(found[0]!.line).toBe(line);
	});

	it('reports an uncommitted decrease against the last commit', async () => {
		const { r, guideline, path } = setup(4);
		writeGuideline(r, path, { ...guideline, version: 1 });
		const { hist: found } = await hist(r);
		expect(found).toHaveLength(1);
		expect(found[0]!.message).toContain('Version 1 is lower than version 4');
	});

	it('reports a removed version', async () => {
		const { r, guideline, path } = setup(2);
		const { version: _dropped, ...rest } = { ...guideline, version: 2 };
		writeGuideline(r, path, rest);
		const { hist: found } = await hist(r);
		expect(found).toHaveLength(1);
		expect(found[0]!.message).toMatch(/has no version, but commit [0-9a-f]{7}.* had version 2/);
		expect(found[0]!.fix).toContain('Add version: 3');
	});

	it('follows the document across a rename', async () => {
		const { r, guideline, path } = setup(5);
		const moved = 'content/guidelines/fotos-neu.mdx';
		r.git(['mv', path, moved]);
		writeGuideline(r, moved, { ...guideline, id: 'fotos-neu', version: 5 });
		r.commit('Rename fotos');
		writeGuideline(r, moved, { ...guideline, id: 'fotos-neu', version: 3 });
		const { hist: found } = await hist(r);
		expect(found).toHaveLength(1);
		expect(found[0]!.file).toMatch(/fotos-neu\.mdx$/);
		expect(found[0]!.message).toContain('lower than version 5');
	});

	it('does not report a dip in the past that a later version already exceeds', async () => {
		const { r, guideline, path } = setup(3);
		writeGuideline(r, path, { ...guideline, version: 2 });
		r.commit('Dip');
		writeGuideline(r, path, { ...guideline, version: 4 });
		r.commit('Recovered');
		expect((await hist(r)).hist).toEqual([]);
	});

	it('treats a document deleted and created again as a new document', async () => {
		const { r, guideline, path } = setup(7);
		r.remove(path);
		r.commit('Delete');
		writeGuideline(r, path, { ...guideline, version: 1 });
		r.commit('Start again');
		expect((await hist(r)).hist).toEqual([]);
	});

	it('reads each document’s versions with one batch, newest first', async () => {
		const { r, guideline, path } = setup(1);
		writeGuideline(r, path, { ...guideline, version: 2 });
		r.commit('Version 2');
		const v = await loadVersionHistory(r.contentDir);
		expect(v.availability).toBe('full');
		expect(v.byPath.get(PATHS.guideline)!.map((p) => [p.commit.subject, p.version])).toEqual([
			['Version 2', 2],
			['Add the handbook', 1],
		]);
		// handbook.yaml is not a document and has no version history.
		expect(v.byPath.has('handbook.yaml')).toBe(false);
		expect(v.byPath.get(PATHS.team)!.map((p) => p.version)).toEqual([undefined]);
	});

	it('is skipped with history: false and with KODEX_HISTORY=off', async () => {
		const { r, guideline, path } = setup(4);
		writeGuideline(r, path, { ...guideline, version: 1 });
		const result = await validate(r.contentDir, { today: TODAY, history: false });
		expect(result.errors).toEqual([]);
		expect(historyEnabled({ KODEX_HISTORY: 'off' })).toBe(false);
		expect(historyEnabled({ KODEX_HISTORY: '0' })).toBe(false);
		expect(historyEnabled({})).toBe(true);
	});

	it('stays silent, without failing, for a handbook outside any git repository', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kodex-nogit-'));
		try {
			const b = baseline();
			b.guideline['version'] = 1;
			for (const f of toFiles(b)) {
				fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
				fs.writeFileSync(path.join(dir, f.path), f.content);
			}
			const v = await loadVersionHistory(dir);
			expect(v.availability).toBe('none');
			expect(v.byPath.size).toBe(0);
			const result = await validate(dir, { today: TODAY });
			expect(result.errors).toEqual([]);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
