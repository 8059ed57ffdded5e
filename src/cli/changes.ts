/**
 * `npm run changes -- --since <git-ref> [--format markdown|json]`
 * Summarises which documents changed since a git ref (committed or not) and
 * who must review them. Exit codes: 0 done, 2 usage error, unknown ref or no git.
 */
import { ChangesError, compareSince } from '../lib/changes/compare.ts';
import { formatChangesJson } from '../lib/changes/format-json.ts';
import { formatChangesMarkdown } from '../lib/changes/format-markdown.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { parseCommand, pickFormat, runCli, UsageError } from './run.ts';

const USAGE = `Usage: npm run changes -- --since <git-ref> [--format markdown|json]

Summarises what changed in the handbook (KODEX_CONTENT, default: content) since a
branch, tag or commit, including changes not committed yet, and who must review them.
  --since <ref>       e.g. main, origin/main, v1.0 or a commit hash (required)
  --format markdown   for pasting into a pull request (default)
  --format json       the same report as one JSON object`;

runCli(USAGE, async (argv) => {
	const values = parseCommand(argv, USAGE, {
		since: { type: 'string' },
		format: { type: 'string', default: 'markdown' },
	});
	if (!values) return 0;
	const format = pickFormat(values.format, ['markdown', 'json']);
	if (values.since === undefined) {
		throw new UsageError(
			'Missing --since; name the branch, tag or commit to compare with, e.g. --since main.',
		);
	}
	const content = resolveContentDir();
	let report;
	try {
		report = await compareSince(content.abs, values.since);
	} catch (err) {
		if (err instanceof ChangesError) {
			process.stderr.write(`${err.message}\n`);
			return 2;
		}
		throw err;
	}
	process.stdout.write(
		format === 'json' ? formatChangesJson(report) : formatChangesMarkdown(report),
	);
	return 0;
});
