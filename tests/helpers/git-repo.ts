/**
 * Temporary git repositories with fixed authors and dates, for history tests.
 * Every commit gets the next day at 10:00 UTC from 2026-01-01 unless a date is
 * given, so hashes and dates are the same on every run. Global and system git
 * configuration are ignored, and signing is off.
 *
 *   const repo = createGitRepo();
 *   repo.write('content/guidelines/a.mdx', '---\nid: a\n---\n');
 *   const hash = repo.commit('Add a', { author: 'Anna Berger' });
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { baseline, serialise, type Baseline } from './handbook.ts';

export interface CommitOptions {
	/** Author (and committer) name; default `Kodex Test`. */
	author?: string;
	email?: string;
	/** ISO date; default: one day after the previous commit. */
	date?: string;
	/** Allow a commit without changes. */
	allowEmpty?: boolean;
}

export interface GitRepo {
	/** Absolute path of the repository root. */
	dir: string;
	/** Absolute path of `content/` inside it. */
	contentDir: string;
	/** Runs git in the repository and returns stdout; throws with stderr on failure. */
	git(args: string[], env?: NodeJS.ProcessEnv): string;
	/** Writes a file (path relative to the repository root), creating folders. */
	write(rel: string, text: string): void;
	read(rel: string): string;
	remove(rel: string): void;
	/** Stages everything and commits; returns the full hash. */
	commit(message: string, options?: CommitOptions): string;
	/** Removes the repository (and anything made with `sibling`). */
	cleanup(): void;
	/** A fresh empty folder next to the repository, removed by cleanup. */
	sibling(name: string): string;
}

const BASE_DATE = Date.UTC(2026, 0, 1, 10, 0, 0);
const DAY = 86_400_000;

/** Environment that shields tests from the machine's git configuration. */
export const GIT_ENV: NodeJS.ProcessEnv = {
	GIT_CONFIG_GLOBAL: os.devNull,
	GIT_CONFIG_NOSYSTEM: '1',
	GIT_TERMINAL_PROMPT: '0',
};

/** GIT_ENV plus a fixed author and committer, for tests that run plain `git commit`. */
export const GIT_AUTHOR_ENV: NodeJS.ProcessEnv = {
	...GIT_ENV,
	GIT_AUTHOR_NAME: 'Kodex Test',
	GIT_AUTHOR_EMAIL: 'test@example.com',
	GIT_COMMITTER_NAME: 'Kodex Test',
	GIT_COMMITTER_EMAIL: 'test@example.com',
};

const CONFIG = [
	'-c',
	'user.name=Kodex Test',
	'-c',
	'user.email=test@example.com',
	'-c',
	'commit.gpgsign=false',
	'-c',
	'tag.gpgsign=false',
	'-c',
	'init.defaultBranch=main',
	'-c',
	'core.autocrlf=false',
];

export function runGit(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
	const r = spawnSync('git', [...CONFIG, ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ...GIT_ENV, ...env },
		maxBuffer: 256 * 1024 * 1024,
	});
	if (r.error) throw r.error;
	if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
	return r.stdout;
}

export function createGitRepo(): GitRepo {
	const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'kodex-git-'));
	const dir = path.join(parent, 'repo');
	fs.mkdirSync(dir);
	runGit(dir, ['init', '-q']);
	let commits = 0;
	const repo: GitRepo = {
		dir,
		contentDir: path.join(dir, 'content'),
		git: (args, env) => runGit(dir, args, env),
		write(rel, text) {
			const abs = path.join(dir, rel);
			fs.mkdirSync(path.dirname(abs), { recursive: true });
			fs.writeFileSync(abs, text);
		},
		read: (rel) => fs.readFileSync(path.join(dir, rel), 'utf8'),
		remove: (rel) => fs.rmSync(path.join(dir, rel), { recursive: true, force: true }),
		commit(message, options = {}) {
			const date = options.date ?? new Date(BASE_DATE + commits * DAY).toISOString();
			commits++;
			const name = options.author ?? 'Kodex Test';
			const email = options.email ?? 'test@example.com';
			const env = {
				GIT_AUTHOR_NAME: name,
				GIT_AUTHOR_EMAIL: email,
				GIT_COMMITTER_NAME: name,
				GIT_COMMITTER_EMAIL: email,
				GIT_AUTHOR_DATE: date,
				GIT_COMMITTER_DATE: date,
			};
			runGit(dir, ['add', '-A']);
			runGit(
				dir,
				['commit', '-q', '-m', message, ...(options.allowEmpty ? ['--allow-empty'] : [])],
				env,
			);
			return runGit(dir, ['rev-parse', 'HEAD']).trim();
		},
		cleanup: () => fs.rmSync(parent, { recursive: true, force: true }),
		sibling(name) {
			const abs = path.join(parent, name);
			fs.mkdirSync(abs, { recursive: true });
			return abs;
		},
	};
	return repo;
}

/** Writes the valid baseline handbook of tests/helpers/handbook.ts into `content/`, after `edit`. */
export function writeBaseline(repo: GitRepo, edit: (b: Baseline) => void = () => {}): Baseline {
	const b = baseline();
	edit(b);
	repo.write('content/handbook.yaml', stringify(b.config, { lineWidth: 0 }));
	for (const [rel, doc] of Object.entries(b.files))
		repo.write(`content/${rel}`, serialise(doc, rel.endsWith('.mdx')));
	return b;
}

/** The text of one baseline document with `data` changed, e.g. a new version. */
export function docText(data: Record<string, unknown>, body?: string): string {
	return body === undefined ? stringify(data, { lineWidth: 0 }) : serialise({ data, body }, true);
}
