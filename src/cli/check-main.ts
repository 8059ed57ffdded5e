/**
 * `npm run check -- [--strict] [--format text|json] [--watch]`
 * Validates the handbook without Astro. Exit codes: 0 no errors (warnings
 * allowed unless --strict), 1 errors, 2 usage error.
 */
import { commandDir, resolveContentDir } from '../lib/load/content-dir.ts';
import { formatDiagnostics } from '../lib/diagnostics/format-text.ts';
import { toJsonReport } from '../lib/diagnostics/format-json.ts';
import { hasFailures, validate } from '../lib/validate.ts';
import { cliLanguage, isCliLanguage } from '../lib/diagnostics/cli-language.ts';
import { checkPinnedToday, parseCommand, pickFormat, runCli, UsageError } from './run.ts';

const USAGE = `Usage: npm run check -- [--strict] [--format text|json] [--lang de|en] [--watch]

Validates the handbook in the content folder (KODEX_CONTENT, default: content).
  --strict          warnings fail the check too
  --format text     readable report (default)
  --format json     one JSON object: {"errors": [...], "warnings": [...], "notices": [...]}
  --lang de|en      language of the report: labels, messages, fixes, summary (default: KODEX_LANG,
                    else the handbook's default language)
  --watch           check again after every save and print only new and fixed problems`;

runCli(USAGE, async (argv) => {
	const values = parseCommand(argv, USAGE, {
		strict: { type: 'boolean', default: false },
		format: { type: 'string', default: 'text' },
		watch: { type: 'boolean', default: false },
		lang: { type: 'string' },
	});
	if (!values) return 0;
	const format = pickFormat(values.format, ['text', 'json']);
	if (values.lang !== undefined && !isCliLanguage(values.lang))
		throw new UsageError(`Unknown language "${values.lang}"; use --lang de or --lang en.`);
	checkPinnedToday();
	// Paths in messages are relative to where the author ran the command.
	const content = resolveContentDir(process.env, commandDir());
	const options = { strict: values.strict, root: content.root };
	if (values.watch) {
		if (format !== 'text') throw new UsageError('--watch prints text; leave out --format.');
		const { watchCheck } = await import('./check-watch.ts');
		const color = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
		return watchCheck(content.abs, options, process.stdout, color, values.lang);
	}
	const started = performance.now();
	const result = await validate(content.abs, options);
	const seconds = (performance.now() - started) / 1000;
	if (format === 'json') {
		process.stdout.write(`${JSON.stringify(toJsonReport(result))}\n`);
	} else {
		const color = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
		const lang = cliLanguage(
			values.lang,
			process.env['KODEX_LANG'],
			result.handbook.config?.data?.locales.default,
		);
		process.stdout.write(formatDiagnostics(result, { color, seconds, lang }));
	}
	return hasFailures(result) ? 1 : 0;
});
