/** The author-facing text report printed by `npm run check` and by a failing build. */
import { styleText } from 'node:util';
import type { Diagnostic } from './diagnostics.ts';
import { formatValue } from './format-value.ts';
import type { ValidationResult } from '../validate.ts';

export interface TextOptions {
	/** Use colours (only when writing to a terminal). */
	color?: boolean;
	/** Seconds the run took, shown in the summary. */
	seconds?: number;
}

type Style = Parameters<typeof styleText>[0];

export function formatDiagnostics(result: ValidationResult, options: TextOptions = {}): string {
	const paint = (style: Style, text: string) =>
		options.color ? styleText(style, text, { validateStream: false }) : text;
	const blocks = [...result.errors, ...result.warnings, ...result.notices].map((d) =>
		formatOne(d, result.strict, paint),
	);
	return [...blocks, summary(result, options, paint)].join('\n\n') + '\n';
}

/** One diagnostic as a block of lines, as in the full report. */
export function formatOne(
	d: Diagnostic,
	strict: boolean,
	paint: (style: Style, text: string) => string,
): string {
	const where = d.file ? (d.line ? `${d.file}:${d.line}:${d.column}` : d.file) : '(handbook)';
	const label =
		d.severity === 'error'
			? paint('red', 'error')
			: d.severity === 'warning'
				? paint('yellow', strict ? 'warning (strict: fails)' : 'warning')
				: paint('cyan', 'notice');
	const head = [paint('bold', where), label, paint('dim', d.rule), d.path]
		.filter(Boolean)
		.join('  ');
	const lines = [head, `  ${d.message}`];
	if (d.value !== undefined && !d.message.includes(formatValue(d.value)))
		lines.push(`  found:        ${formatValue(d.value)}`);
	if (d.expected) lines.push(`  expected:     ${d.expected}`);
	if (d.didYouMean) lines.push(`  did you mean: ${paint('green', d.didYouMean)}`);
	if (d.fix) lines.push(`  fix:          ${d.fix}`);
	return lines.join('\n');
}

/** The closing line: counts, files checked and time. */
export function summary(
	result: ValidationResult,
	options: TextOptions,
	paint: (style: Style, text: string) => string,
): string {
	const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	const parts = [
		count(result.errors.length, 'error'),
		count(result.warnings.length, 'warning'),
		count(result.notices.length, 'notice'),
	];
	const time = options.seconds === undefined ? '' : ` in ${options.seconds.toFixed(2)} s`;
	const checked = `${count(result.fileCount, 'file')} checked${time}`;
	const failed = result.errors.length > 0 || (result.strict && result.warnings.length > 0);
	const strictNote =
		result.strict && result.warnings.length > 0 ? ' (warnings fail because of --strict)' : '';
	return failed
		? paint('red', `✖ ${parts.join(', ')}${strictNote}; ${checked}.`)
		: paint('green', `✔ ${parts.join(', ')}; ${checked}.`);
}
