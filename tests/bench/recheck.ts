/**
 * Child process of `npm run bench`: how long a re-check takes after one file
 * changes, as a watching `check` would do it. Validates the handbook in
 * `argv[2]` once (filling a parse cache and reading the git history), appends a
 * paragraph to `argv[3]`, and validates again twice: as the watcher does (told which
 * file changed, only that one is read and parsed again, with the history of the
 * first run; the cross-document rules run over everything), and without any of it
 * (a second full `validate` in a warm process). Runs with KODEX_CACHE=off, so that
 * Kodex's disk stores (body facts) do not stand in for the work measured. Restores the file and prints
 * `{"firstMs", "afterChangeMs", "afterChangeCpuMs", "afterChangeUncachedMs", "problems"}`
 * as JSON (CPU time counts this process's threads, so it stays meaningful on a busy machine).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadVersionHistory } from '../../src/lib/history/version-history.ts';
import path from 'node:path';
import type { FileReuse, ParseCache } from '../../src/lib/load/load.ts';
import { validate } from '../../src/lib/validate.ts';

const [contentDir, changed] = process.argv.slice(2);
if (!contentDir || !changed) {
	process.stderr.write('usage: recheck.ts <content-dir> <file-to-change>\n');
	process.exit(2);
}
const original = readFileSync(changed, 'utf8');
const cache: ParseCache = new Map();
const reuse: FileReuse = { files: new Map(), changed: undefined };
let started = performance.now();
const history = await loadVersionHistory(contentDir);
await validate(contentDir, { strict: true, cache, reuse, history });
const firstMs = performance.now() - started;
writeFileSync(changed, `${original}\nEin geänderter Absatz für den Benchmark.\n`);
try {
	started = performance.now();
	const cpu = process.cpuUsage();
	reuse.changed = new Set([path.relative(contentDir, changed).split(path.sep).join('/')]);
	const result = await validate(contentDir, { strict: true, cache, reuse, history });
	const afterChangeMs = performance.now() - started;
	const used = process.cpuUsage(cpu);
	const afterChangeCpuMs = (used.user + used.system) / 1000;
	started = performance.now();
	await validate(contentDir, { strict: true });
	const afterChangeUncachedMs = performance.now() - started;
	const problems = result.errors.length + result.warnings.length;
	process.stdout.write(
		`${JSON.stringify({ firstMs, afterChangeMs, afterChangeCpuMs, afterChangeUncachedMs, problems })}\n`,
	);
} finally {
	writeFileSync(changed, original);
}
