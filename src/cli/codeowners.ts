/**
 * `npm run codeowners -- [--org <name>] [--out <file> | --check <file>]`
 * Writes CODEOWNERS from the team files (src/lib/codeowners). Without --out it
 * prints the file. Exit codes: 0 done (or current), 1 a document has no
 * reviewers or --check found the file out of date, 2 usage error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { buildCodeowners } from '../lib/codeowners/codeowners.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { loadHandbook } from '../lib/load/load.ts';
import { parseCommand, runCli, UsageError } from './run.ts';

const USAGE = `Usage: npm run codeowners -- [--org <name>] [--out <file> | --check <file>]

Builds CODEOWNERS from the team files: each document is reviewed by the team of its
owner role (the team's codeOwners, or @<org>/<team-id>).
  --org <name>     organisation for teams without codeOwners
  --out <file>     write the file, e.g. .github/CODEOWNERS (default: print it)
  --check <file>   write nothing; exit 1 when <file> is out of date`;

runCli(USAGE, async (argv) => {
	const values = parseCommand(argv, USAGE, {
		org: { type: 'string' },
		out: { type: 'string' },
		check: { type: 'string' },
	});
	if (!values) return 0;
	if (values.out && values.check) throw new UsageError('Use --out or --check, not both.');
	const { handbook } = await loadHandbook(resolveContentDir().abs);
	const { text, problems } = buildCodeowners(handbook, { org: values.org });
	for (const problem of problems)
		process.stderr.write(`${problem}; add codeOwners to that team, or use --org.\n`);
	if (values.check) {
		const current = await readFile(values.check, 'utf8').catch(() => '');
		if (current !== text) {
			process.stderr.write(
				`${values.check} is out of date; run npm run codeowners -- --out ${values.check}.\n`,
			);
			return 1;
		}
	} else if (values.out) {
		await writeFile(values.out, text);
		process.stdout.write(`Wrote ${values.out}.\n`);
	} else {
		process.stdout.write(text);
	}
	return problems.length ? 1 : 0;
});
