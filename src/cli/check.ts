/**
 * `npm run check -- [--strict] [--format text|json]`
 * Validates the handbook without Astro. Exit codes: 0 no errors (warnings
 * allowed unless --strict), 1 errors, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../schemas/common.ts';
import { resolveContentDir } from '../lib/content-dir.ts';
import { formatDiagnostics } from '../lib/format-text.ts';
import { toJsonReport } from '../lib/format-json.ts';
import { hasFailures, validate } from '../lib/validate.ts';
import { runCli, UsageError } from './run.ts';

const USAGE = `Usage: npm run check -- [--strict] [--format text|json]

Validates the handbook in the content folder (KODEX_CONTENT, default: content).
  --strict          warnings fail the check too
  --format text     readable report (default)
  --format json     one JSON object: {"errors": [...], "warnings": [...], "notices": [...]}`;

runCli(USAGE, async (argv) => {
	const { values } = parseArgs({
		args: argv,
		options: {
			strict: { type: 'boolean', default: false },
			format: { type: 'string', default: 'text' },
			help: { type: 'boolean', short: 'h', default: false },
		},
		strict: true,
		allowPositionals: false,
	});
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	if (values.format !== 'text' && values.format !== 'json') {
		throw new UsageError(`Unknown format "${values.format}"; use --format text or --format json.`);
	}
	const pinned = process.env['KODEX_TODAY'];
	if (pinned !== undefined && !isCalendarDate(pinned.trim())) {
		throw new UsageError(
			`KODEX_TODAY="${pinned}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22.`,
		);
	}
	const started = performance.now();
	const content = resolveContentDir();
	const result = await validate(content.abs, { strict: values.strict });
	const seconds = (performance.now() - started) / 1000;
	if (values.format === 'json') {
		process.stdout.write(`${JSON.stringify(toJsonReport(result))}\n`);
	} else {
		const color = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
		process.stdout.write(formatDiagnostics(result, { color, seconds }));
	}
	return hasFailures(result) ? 1 : 0;
});
