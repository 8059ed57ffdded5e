/**
 * `npm run check -- --watch` on a copy of the base fixture: a mistake saved
 * into a document is reported as new, and reported as fixed once corrected.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffDiagnostics } from '../../src/lib/diagnostics/watch-diff.ts';
import type { Diagnostic } from '../../src/lib/diagnostics/diagnostics.ts';
import { createGitRepo, docText, writeBaseline, type GitRepo } from '../helpers/git-repo.ts';
import { PATHS } from '../helpers/handbook.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BASE = path.join(ROOT, 'tests/fixtures/base');

fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmpRoot = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/watch-'));
const children: ChildProcess[] = [];
const repos: GitRepo[] = [];
afterAll(() => {
	for (const child of children) child.kill();
	fs.rmSync(tmpRoot, { recursive: true, force: true });
	for (const repo of repos) repo.cleanup();
});

/** Resolves once `output()` contains `text`; rejects with the output so far after `ms`. */
async function waitFor(output: () => string, text: string, ms = 20_000): Promise<void> {
	const until = Date.now() + ms;
	while (!output().includes(text)) {
		if (Date.now() > until) throw new Error(`"${text}" did not appear; output:\n${output()}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

describe('npm run check -- --watch', () => {
	it('reports a new problem after a save, and then its fix', async () => {
		const dir = fs.mkdtempSync(path.join(tmpRoot, 'base-'));
		fs.cpSync(BASE, dir, { recursive: true });
		const child = spawn(process.execPath, ['src/cli/check.ts', '--watch'], {
			cwd: ROOT,
			env: {
				...process.env,
				KODEX_CONTENT: dir,
				KODEX_TODAY: '2026-11-22',
				NO_COLOR: '1',
				KODEX_LANG: 'en',
			},
		});
		children.push(child);
		let out = '';
		child.stdout.on('data', (c: Buffer) => (out += c.toString()));
		child.stderr.on('data', (c: Buffer) => (out += c.toString()));
		await waitFor(() => out, 'Watching for changes');
		expect(out).toContain('✔ 0 errors, 0 warnings');

		const file = path.join(dir, 'guidelines/private-konten.mdx');
		const original = fs.readFileSync(file, 'utf8');
		const broken = original.replace(/^owner: .*$/m, 'owner: rechtsabteilung');
		expect(broken).not.toBe(original);
		let mark = out.length;
		fs.writeFileSync(file, broken);
		await waitFor(() => out.slice(mark), '✖ 1 error');
		const reported = out.slice(mark);
		expect(reported).toContain('changed: guidelines/private-konten.mdx');
		expect(reported).toMatch(
			/new {2}\S*guidelines\/private-konten\.mdx:\d+:\d+ {2}error {2}REF-001 {2}owner/,
		);
		expect(reported).toContain('did you mean: rechtsberatung');
		// Only the change is printed, not the whole report again.
		expect(reported.match(/REF-001/g)).toHaveLength(1);

		mark = out.length;
		fs.writeFileSync(file, original);
		await waitFor(() => out.slice(mark), '✔ 0 errors');
		expect(out.slice(mark)).toMatch(
			/fixed {2}\S*guidelines\/private-konten\.mdx:\d+ {2}REF-001 {2}owner/,
		);
		expect(out.slice(mark)).not.toContain('new  ');
		expect(child.exitCode).toBeNull();
	}, 60_000);

	it('speaks German with --lang de: new and fixed problems, messages and the summary', async () => {
		const dir = fs.mkdtempSync(path.join(tmpRoot, 'base-de-'));
		fs.cpSync(BASE, dir, { recursive: true });
		const child = spawn(process.execPath, ['src/cli/check.ts', '--watch', '--lang', 'de'], {
			cwd: ROOT,
			env: {
				...process.env,
				KODEX_CONTENT: dir,
				KODEX_TODAY: '2026-11-22',
				NO_COLOR: '1',
				KODEX_LANG: 'en',
			},
		});
		children.push(child);
		let out = '';
		child.stdout.on('data', (c: Buffer) => (out += c.toString()));
		child.stderr.on('data', (c: Buffer) => (out += c.toString()));
		await waitFor(() => out, 'Beobachte Änderungen');
		const file = path.join(dir, 'guidelines/private-konten.mdx');
		const original = fs.readFileSync(file, 'utf8');
		const broken = original.replace(/^owner: /m, 'ownr: x\nowner: ');
		expect(broken).not.toBe(original);
		let mark = out.length;
		fs.writeFileSync(file, broken);
		await waitFor(() => out.slice(mark), '✖ 1 Fehler');
		const reported = out.slice(mark);
		expect(reported).toContain('geändert: guidelines/private-konten.mdx');
		expect(reported).toMatch(/neu {2}\S*private-konten\.mdx:\d+:\d+ {2}Fehler {2}SCH-002 {2}ownr/);
		expect(reported).toContain('  Unbekanntes Feld „ownr“.');
		mark = out.length;
		fs.writeFileSync(file, original);
		await waitFor(() => out.slice(mark), '✔ 0 Fehler');
		expect(out.slice(mark)).toMatch(
			/behoben {2}\S*private-konten\.mdx:\d+ {2}SCH-002 {2}ownr {2}Unbekanntes Feld „ownr“\./,
		);
	}, 60_000);

	it('reads git history again after a commit, so a lowered version is reported', async () => {
		const r = createGitRepo();
		repos.push(r);
		const b = writeBaseline(r, (b) => {
			b.guideline['version'] = 1;
		});
		r.commit('Add the handbook');
		const child = spawn(process.execPath, ['src/cli/check.ts', '--watch'], {
			cwd: ROOT,
			env: {
				...process.env,
				KODEX_CONTENT: r.contentDir,
				KODEX_TODAY: '2026-11-22',
				KODEX_CACHE_DIR: path.join(tmpRoot, 'store'),
				NO_COLOR: '1',
				KODEX_LANG: 'en',
			},
		});
		children.push(child);
		let out = '';
		child.stdout.on('data', (c: Buffer) => (out += c.toString()));
		child.stderr.on('data', (c: Buffer) => (out += c.toString()));
		await waitFor(() => out, 'Watching for changes');
		expect(out).not.toContain('HIST-001');

		const file = `content/${PATHS.guideline}`;
		let mark = out.length;
		r.write(file, docText({ ...b.guideline, version: 5 }, 'Body text.\n'));
		r.commit('Version 5');
		// The commit moves HEAD: the watcher reads the history again, without a content save.
		await waitFor(() => out.slice(mark), '(git history)');
		mark = out.length;
		r.write(file, docText({ ...b.guideline, version: 3 }, 'Body text.\n'));
		await waitFor(() => out.slice(mark), 'HIST-001');
		expect(out.slice(mark)).toMatch(/new {2}.*HIST-001.*Version 3 is lower than version 5/s);
		expect(child.exitCode).toBeNull();
	}, 60_000);

	it('refuses --format json together with --watch', async () => {
		const child = spawn(process.execPath, ['src/cli/check.ts', '--watch', '--format', 'json'], {
			cwd: ROOT,
			env: { ...process.env, KODEX_CONTENT: BASE },
		});
		children.push(child);
		let err = '';
		child.stderr.on('data', (c: Buffer) => (err += c.toString()));
		const code = await new Promise((r) => child.on('exit', r));
		expect(code).toBe(2);
		expect(err).toContain('--watch prints text');
	});
});

describe('diffDiagnostics', () => {
	const d = (rule: string, line: number, message = 'm'): Diagnostic => ({
		rule,
		severity: 'error',
		file: 'content/a.yaml',
		line,
		column: 1,
		path: 'owner',
		message,
	});
	it('treats a problem that only moved to another line as unchanged', () => {
		expect(diffDiagnostics([d('REF-001', 3)], [d('REF-001', 9)])).toEqual({ added: [], fixed: [] });
	});
	it('names new and fixed problems, counting duplicates', () => {
		const { added, fixed } = diffDiagnostics(
			[d('REF-001', 3), d('REF-001', 4), d('SCH-001', 5)],
			[d('REF-001', 3), d('TPL-001', 6)],
		);
		expect(added.map((x) => x.rule)).toEqual(['TPL-001']);
		expect(fixed.map((x) => `${x.rule}:${x.line}`)).toEqual(['REF-001:4', 'SCH-001:5']);
	});
});
