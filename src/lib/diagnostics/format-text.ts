/** The author-facing text report printed by `npm run check` and by a failing build. */
import { styleText } from 'node:util';
import { cliWord, countOf, secondsOf, type CliLanguage } from './cli-language.ts';
import { inLanguage, type Diagnostic } from './diagnostics.ts';
import { formatValue } from './format-value.ts';
import type { ValidationResult } from '../validate.ts';

export interface TextOptions {
	/** Use colours (only when writing to a terminal). */
	color?: boolean;
	/** Seconds the run took, shown in the summary. */
	seconds?: number;
	/** Language of the labels, the summary and, where a rule has them, the messages; default `en`. */
	lang?: CliLanguage;
}

type Style = Parameters<typeof styleText>[0];

export function formatDiagnostics(result: ValidationResult, options: TextOptions = {}): string {
	const paint = (style: Style, text: string) =>
		options.color ? styleText(style, text, { validateStream: false }) : text;
	const lang = options.lang ?? 'en';
	const blocks = [...result.errors, ...result.warnings, ...result.notices].map((d) =>
		formatOne(d, result.strict, paint, lang),
	);
	return [...blocks, summary(result, options, paint)].join('\n\n') + '\n';
}

/** One diagnostic as a block of lines, as in the full report. */
export function formatOne(
	source: Diagnostic,
	strict: boolean,
	paint: (style: Style, text: string) => string,
	lang: CliLanguage,
): string {
	const w = (word: Parameters<typeof cliWord>[1]) => cliWord(lang, word);
	const d = inLanguage(source, lang);
	const where = d.file ? (d.line ? `${d.file}:${d.line}:${d.column}` : d.file) : w('handbook');
	const label =
		d.severity === 'error'
			? paint('red', w('error'))
			: d.severity === 'warning'
				? paint('yellow', strict ? w('strictWarning') : w('warning'))
				: paint('cyan', w('notice'));
	const head = [paint('bold', where), label, paint('dim', d.rule), d.path]
		.filter(Boolean)
		.join('  ');
	const lines = [head, `  ${d.message}`];
	// Labels padded to one column: "  expected:     …".
	const field = (word: 'found' | 'expected' | 'didYouMean' | 'fix' | 'from') =>
		`  ${w(word).padEnd(14)}`;
	if (d.value !== undefined && !d.message.includes(formatValue(d.value)))
		lines.push(`${field('found')}${formatValue(d.value)}`);
	if (d.expected) lines.push(`${field('expected')}${d.expected}`);
	if (d.didYouMean) lines.push(`${field('didYouMean')}${paint('green', d.didYouMean)}`);
	if (d.from) lines.push(`${field('from')}${d.from.file}:${d.from.line}:${d.from.column}`);
	if (d.fix) lines.push(`${field('fix')}${d.fix}`);
	return lines.join('\n');
}

/** The closing line: counts, files checked and time. */
export function summary(
	result: ValidationResult,
	options: TextOptions,
	paint: (style: Style, text: string) => string,
): string {
	const lang = options.lang ?? 'en';
	const parts = [
		countOf(lang, result.errors.length, 'error'),
		countOf(lang, result.warnings.length, 'warning'),
		countOf(lang, result.notices.length, 'notice'),
	];
	const time =
		options.seconds === undefined
			? ''
			: ` ${cliWord(lang, 'in')} ${secondsOf(lang, options.seconds)}`;
	const checked = `${countOf(lang, result.fileCount, 'file')} ${cliWord(lang, 'checked')}${time}`;
	const failed = result.errors.length > 0 || (result.strict && result.warnings.length > 0);
	const strictNote = result.strict && result.warnings.length > 0 ? cliWord(lang, 'strictNote') : '';
	return failed
		? paint('red', `✖ ${parts.join(', ')}${strictNote}; ${checked}.`)
		: paint('green', `✔ ${parts.join(', ')}; ${checked}.`);
}
