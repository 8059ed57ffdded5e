/**
 * Child process of `npm run bench`: validates the handbook in `argv[2]` once,
 * changes one file (`argv[3]`, a paragraph appended to its prose), validates
 * again in the same process, and restores the file. Prints
 * `{"firstMs", "afterChangeMs", "errors"}` as JSON.
 *
 * The second run is a full `validate` in a warm process: Kodex has no
 * incremental validation API yet, so this is what a watching `check` costs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { validate } from '../../src/lib/validate.ts';

const [contentDir, changed] = process.argv.slice(2);
if (!contentDir || !changed) {
	process.stderr.write('usage: recheck.ts <content-dir> <file-to-change>\n');
	process.exit(2);
}
const original = readFileSync(changed, 'utf8');
let started = performance.now();
await validate(contentDir, { strict: true });
const firstMs = performance.now() - started;
writeFileSync(changed, `${original}\nEin geänderter Absatz für den Benchmark.\n`);
try {
	started = performance.now();
	const result = await validate(contentDir, { strict: true });
	const afterChangeMs = performance.now() - started;
	process.stdout.write(
		`${JSON.stringify({ firstMs, afterChangeMs, errors: result.errors.length + result.warnings.length })}\n`,
	);
} finally {
	writeFileSync(changed, original);
}
