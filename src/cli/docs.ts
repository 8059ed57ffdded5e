/**
 * `npm run docs [-- --check]`: regenerates docs/authoring.en.md,
 * docs/authoring.de.md and the JSON Schemas in docs/schema/ from the schemas and
 * the rule catalog. With --check it writes nothing and exits 1 when a file is out
 * of date (for CI). Exit codes: 0 written or current, 1 out of date, 2 usage error.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, renderDocFiles } from '../lib/docs/files.ts';
import { parseCommand, runCli } from './run.ts';

const USAGE = `Usage: npm run docs -- [--check]

Regenerates the authoring guide (docs/authoring.*.md) and docs/schema/*.json.
  --check   write nothing; exit 1 when a generated file is out of date`;

runCli(USAGE, async (argv) => {
	const values = parseCommand(argv, USAGE, { check: { type: 'boolean', default: false } });
	if (!values) return 0;
	const files = await renderDocFiles();
	const stale: string[] = [];
	for (const [rel, text] of files) {
		const file = path.join(REPO_ROOT, rel);
		const current = await readFile(file, 'utf8').catch(() => undefined);
		if (current === text) continue;
		stale.push(rel);
		if (!values.check) {
			await mkdir(path.dirname(file), { recursive: true });
			await writeFile(file, text);
		}
	}
	if (values.check) {
		if (stale.length === 0) return 0;
		process.stderr.write(
			`Out of date: ${stale.join(', ')}. Run npm run docs and commit the result.\n`,
		);
		return 1;
	}
	process.stdout.write(
		stale.length ? `Wrote ${stale.join(', ')}.\n` : 'docs/ is up to date; nothing written.\n',
	);
	return 0;
});
