/**
 * The documents' versions in git history are kept between runs (src/lib/history/
 * version-cache.ts). A kept history must never hide a HIST-001 finding: every
 * change that alters the history (a commit, a staged rename) reads git again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../../src/lib/validate.ts';
import { createGitRepo, docText, writeBaseline, type GitRepo } from '../../helpers/git-repo.ts';
import { PATHS, TODAY, type Data } from '../../helpers/handbook.ts';

// Before the first validation opens the store: this file's own store.
const store = fs.mkdtempSync(path.join(os.tmpdir(), 'kodex-history-store-'));
process.env['KODEX_CACHE_DIR'] = store;
const repos: GitRepo[] = [];
afterAll(() => {
	repos.forEach((r) => r.cleanup());
	fs.rmSync(store, { recursive: true, force: true });
	delete process.env['KODEX_CACHE_DIR'];
});

function setup(version: number): { r: GitRepo; guideline: Data } {
	const r = createGitRepo();
	repos.push(r);
	const b = writeBaseline(r, (b) => {
		b.guideline['version'] = version;
	});
	r.commit('Add the handbook');
	return { r, guideline: b.guideline };
}

const write = (r: GitRepo, rel: string, data: Data) => r.write(rel, docText(data, 'Body text.\n'));

async function hist(r: GitRepo): Promise<string[]> {
	const result = await validate(r.contentDir, { today: TODAY });
	return result.errors.filter((d) => d.rule === 'HIST-001').map((d) => `${d.file} ${d.message}`);
}

function storedKeys(): string[] {
	const data = JSON.parse(fs.readFileSync(path.join(store, 'history.json'), 'utf8'));
	return Object.keys(data.entries);
}

describe('kept version history', () => {
	it('is stored under the commit it was read at', async () => {
		const { r } = setup(1);
		expect(await hist(r)).toEqual([]);
		const head = r.git(['rev-parse', 'HEAD']).trim();
		expect(storedKeys().some((k) => k.includes(head))).toBe(true);
	});

	it('sees a new commit: a version lowered after it is reported', async () => {
		const { r, guideline } = setup(1);
		const file = `content/${PATHS.guideline}`;
		expect(await hist(r)).toEqual([]);
		write(r, file, { ...guideline, version: 5 });
		r.commit('Version 5');
		expect(await hist(r)).toEqual([]);
		// Uncommitted: the current version comes from the file, the history from the store.
		write(r, file, { ...guideline, version: 3 });
		expect(await hist(r)).toEqual([
			expect.stringMatching(/fotos\.mdx Version 3 is lower than version 5 in commit/),
		]);
	});

	it('sees a rename staged with git mv: the history moves with the file', async () => {
		const { r, guideline } = setup(5);
		expect(await hist(r)).toEqual([]);
		const from = `content/${PATHS.guideline}`;
		const to = from.replace('fotos.mdx', 'bilder.mdx');
		r.git(['mv', from, to]);
		write(r, to, { ...guideline, id: 'bilder', version: 2 });
		expect(await hist(r)).toEqual([
			expect.stringMatching(/bilder\.mdx Version 2 is lower than version 5 in commit/),
		]);
	});

	it('is read again after a checkout of another commit', async () => {
		const { r, guideline } = setup(1);
		const file = `content/${PATHS.guideline}`;
		write(r, file, { ...guideline, version: 4 });
		r.commit('Version 4');
		expect(await hist(r)).toEqual([]);
		r.git(['checkout', '-q', 'HEAD~1']);
		expect(await hist(r)).toEqual([]);
		r.git(['checkout', '-q', '-']);
		write(r, file, { ...guideline, version: 2 });
		expect(await hist(r)).toEqual([
			expect.stringMatching(/Version 2 is lower than version 4 in commit/),
		]);
	});
});
