/**
 * CSV fields and lines (RFC 4180) for the review exports: `npm run review
 * --format csv` and the dashboard's download. Pure.
 */

/**
 * One CSV field: quoted when it holds the separator, a quote, a line break or
 * leading/trailing spaces; quotes doubled. Text that a spreadsheet would run as
 * a formula (starting with = + - @ or a tab/CR) gets a leading apostrophe —
 * numbers are written as they are, so negative day counts stay numbers.
 */
export function csvField(value: string | number | null | undefined, separator = ','): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = value;
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
	return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without line end). */
export function csvLine(
	values: readonly (string | number | null | undefined)[],
	separator = ',',
): string {
	return values.map((v) => csvField(v, separator)).join(separator);
}
