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

/**
 * The records of CSV text as written by {@link csvLine} and joined with CRLF: each
 * record's text as it stands (quotes kept), split only at line ends outside quotes.
 * The dashboard uses it to copy chosen rows of the built CSV unchanged.
 */
export function csvRecords(text: string): string[] {
	const records: string[] = [];
	let quoted = false;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && c === '\r' && text[i + 1] === '\n') {
			records.push(text.slice(start, i));
			start = i + 2;
			i++;
		}
	}
	if (start < text.length) records.push(text.slice(start));
	return records;
}
