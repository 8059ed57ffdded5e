/**
 * `npm run pre-commit`: the optional git pre-commit hook (ci-templates/hooks/).
 * Checks the handbook exactly as it will be committed (the staged version of
 * every content file, not the working copy) and reports only the problems in the
 * content files this commit adds or changes. Does nothing when no content file is
 * staged. Exit codes: 0 commit may go ahead, 1 problems in staged files, 2 usage.
 */
import { execFileSync } from 'node:child_process';
import { cliLanguage } from '../lib/diagnostics/cli-language.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { formatOne } from '../lib/diagnostics/format-text.ts';
import { loadHandbook } from '../lib/load/load.ts';
import { validateLoaded } from '../lib/validate.ts';
import { parseCommand, runCli } from './run.ts';

const USAGE = `Usage: npm run pre-commit

Checks the staged content files (KODEX_CONTENT, default: content) before a commit.
Install it once with: git config core.hooksPath ci-templates/hooks`;

const git = (args: string[], cwd: string) =>
	execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

runCli(USAGE, async (argv) => {
	if (!parseCommand(argv, USAGE, {})) return 0;
	const content = resolveContentDir();
	const top = git(['rev-parse', '--show-toplevel'], content.abs).trim();
	const folder = path.relative(top, content.abs).split(path.sep).join('/') || '.';
	const staged = git(
		['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z', '--', folder],
		top,
	)
		.split('\0')
		.filter(Boolean);
	if (staged.length === 0) return 0;

	// The staged versions of all content files, so cross-document rules see what is committed.
	const snapshot = mkdtempSync(path.join(os.tmpdir(), 'kodex-pre-commit-'));
	try {
		const files = git(['ls-files', '-z', '--', folder], top).split('\0').filter(Boolean);
		execFileSync('git', ['checkout-index', '--prefix', `${snapshot}/`, '-z', '--stdin'], {
			cwd: top,
			input: files.join('\0'),
		});
		const load = await loadHandbook(path.join(snapshot, folder), { root: snapshot });
		const result = validateLoaded(load, { history: false });
		const mine = new Set(staged);
		const problems = [...result.errors, ...result.warnings].filter((d) => mine.has(d.file));
		const failing = problems.filter((d) => d.severity === 'error' || result.strict);
		if (problems.length === 0) return 0;
		const plain = (_style: unknown, text: string) => text;
		const lang = cliLanguage(
			process.env['KODEX_LANG'],
			result.handbook.config?.data?.locales.default,
		);
		process.stderr.write(
			`${problems.map((d) => formatOne(d, result.strict, plain, lang)).join('\n\n')}\n\n`,
		);
		if (failing.length === 0) return 0;
		const n = failing.length;
		process.stderr.write(
			lang === 'de'
				? `✖ Der Commit wurde angehalten: ${n} ${n === 1 ? 'Problem' : 'Probleme'} in den vorgemerkten Dateien. ${n === 1 ? 'Es' : 'Sie'} beheben, erneut vormerken (git add) und committen.\n`
				: `✖ The commit was stopped: ${n} problem${n === 1 ? '' : 's'} in the staged files. Fix ${n === 1 ? 'it' : 'them'}, stage again (git add) and commit.\n`,
		);
		return 1;
	} finally {
		rmSync(snapshot, { recursive: true, force: true });
	}
});
