/**
 * The optional pre-commit hook (ci-templates/hooks/pre-commit → npm run
 * pre-commit): it checks the staged version of the handbook and stops a commit
 * only for problems in the content files being committed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { GIT_AUTHOR_ENV } from '../helpers/git-repo.ts';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmpRoot = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/pre-commit-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

const env = {
	...process.env,
	...GIT_AUTHOR_ENV,
	KODEX_CONTENT: 'content',
	KODEX_TODAY: '2026-11-22',
	// The fixture handbook is German; the assertions read the English report.
	KODEX_LANG: 'en',
};

function scratchRepo() {
	const dir = fs.mkdtempSync(path.join(tmpRoot, 'repo-'));
	fs.cpSync(path.join(ROOT, 'tests/fixtures/base'), path.join(dir, 'content'), { recursive: true });
	const git = (...args: string[]) => {
		const r = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
		if (r.status !== 0) throw new Error(r.stderr);
	};
	git('init', '-q', '-b', 'main');
	git('add', '-A');
	git('commit', '-q', '-m', 'Handbook');
	const hook = (extra: NodeJS.ProcessEnv = {}) =>
		spawnSync(process.execPath, [path.join(ROOT, 'src/cli/pre-commit.ts')], {
			cwd: dir,
			env: { ...env, ...extra },
			encoding: 'utf8',
		});
	const file = (rel: string) => path.join(dir, 'content', rel);
	const breakOwner = (rel: string) =>
		fs.writeFileSync(
			file(rel),
			fs.readFileSync(file(rel), 'utf8').replace(/^owner: .*$/m, 'owner: rechtsabteilung'),
		);
	return { dir, git, hook, file, breakOwner };
}

describe('pre-commit hook', () => {
	it('does nothing when no content file is staged', () => {
		const repo = scratchRepo();
		repo.breakOwner('guidelines/private-konten.mdx'); // broken, but not staged
		const r = repo.hook();
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});

	it('stops a commit whose staged file has an error, naming file, line and rule', () => {
		const repo = scratchRepo();
		repo.breakOwner('guidelines/private-konten.mdx');
		repo.git('add', 'content/guidelines/private-konten.mdx');
		const r = repo.hook();
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(
			/^content\/guidelines\/private-konten\.mdx:\d+:\d+ {2}error {2}REF-001 {2}owner/m,
		);
		expect(r.stderr).toContain('The commit was stopped: 1 problem in the staged files.');
	});

	it("speaks the handbook's language (German) when KODEX_LANG is not set", () => {
		const repo = scratchRepo();
		const rel = 'guidelines/private-konten.mdx';
		fs.writeFileSync(
			repo.file(rel),
			fs.readFileSync(repo.file(rel), 'utf8').replace(/^owner: /m, 'ownr: x\nowner: '),
		);
		repo.git('add', `content/${rel}`);
		const r = repo.hook({ KODEX_LANG: '' });
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/ {2}Fehler {2}SCH-002 {2}ownr\n {2}Unbekanntes Feld „ownr“\./);
		expect(r.stderr).toContain(
			'Der Commit wurde angehalten: 1 Problem in den vorgemerkten Dateien.',
		);
	});

	it('checks what is staged, not the working copy, and ignores problems in other files', () => {
		const repo = scratchRepo();
		// Staged: a good change. Working copy: broken again afterwards, not staged.
		const guideline = repo.file('guidelines/private-konten.mdx');
		const good = fs
			.readFileSync(guideline, 'utf8')
			.replace(/^summary: .*$/m, 'summary: Was Beschäftigte privat posten dürfen.');
		fs.writeFileSync(guideline, good);
		repo.git('add', 'content/guidelines/private-konten.mdx');
		repo.breakOwner('guidelines/private-konten.mdx');
		// Another file broken and staged in an earlier commit would not matter: here unstaged.
		repo.breakOwner('goals/reichweite-instagram.yaml');
		const r = repo.hook();
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});

	it('is a shell script that runs the npm script, ready for core.hooksPath', () => {
		const hook = path.join(ROOT, 'ci-templates/hooks/pre-commit');
		expect(fs.statSync(hook).mode & 0o111).not.toBe(0);
		const text = fs.readFileSync(hook, 'utf8');
		expect(text).toMatch(/^#!\/bin\/sh\n/);
		expect(text).toContain('git config core.hooksPath ci-templates/hooks');
		expect(text).toMatch(/^exec npm run --silent pre-commit$/m);
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		expect(pkg.scripts['pre-commit']).toBe('node src/cli/pre-commit.ts');
	});
});
