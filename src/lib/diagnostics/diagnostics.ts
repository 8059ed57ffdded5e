/**
 * Diagnostics: what the validator tells an author. One shape for the CLI's
 * text and JSON output, the build and the tests.
 */

/**
 * `error` fails a check; `warning` fails only under --strict; `notice` never
 * fails (e.g. a review that is due soon but not yet overdue).
 */
export type Severity = 'error' | 'warning' | 'notice';

/** A position in a source file, 1-based. */
export interface Position {
	line: number;
	column: number;
}

export interface Diagnostic {
	/** Stable rule id, e.g. `REF-001`. Documented in the README. */
	rule: string;
	severity: Severity;
	/** File relative to the repository root, posix separators; `''` for problems of the whole handbook. */
	file: string;
	/** 1-based line; 0 when there is no file. */
	line: number;
	/** 1-based column; 0 when there is no file. */
	column: number;
	/** Field path such as `levels[2].approver`; `''` for the whole file. */
	path: string;
	/** What is wrong, in one sentence. */
	message: string;
	/** The offending value, when there is one. */
	value?: unknown;
	/** What was expected, with an example. */
	expected?: string;
	/** Closest known alternative for a misspelled key, value or id. */
	didYouMean?: string;
	/** One-line fix. */
	fix?: string;
	/** Where the value was set when it is not in `file`: the folder default it was inherited from. */
	from?: { file: string; line: number; column: number };
	/** The same texts in German; the English ones above are the source. The CLI shows these when it speaks German. */
	de?: Wording;
}

/** The author-facing texts of a diagnostic, in one language. */
export interface Wording {
	/** What is wrong, in one sentence. */
	message: string;
	/** What was expected, with an example. */
	expected?: string;
	/** One-line fix. */
	fix?: string;
}

/**
 * The diagnostic with its texts in `lang`: the German wording when `lang` is `de` and the rule
 * has one, else the English source. Texts a translation leaves out stay English rather than
 * disappear, so a fix line is never lost.
 */
export function inLanguage(d: Diagnostic, lang: string): Diagnostic {
	if (lang !== 'de' || !d.de) return d;
	const out: Diagnostic = { ...d, message: d.de.message };
	if (d.de.expected !== undefined) out.expected = d.de.expected;
	if (d.de.fix !== undefined) out.fix = d.de.fix;
	return out;
}

/** A path through parsed data: keys and array indexes. */
export type DataPath = readonly (string | number)[];

/** Formats a data path the way authors read it: `levels[2].approver`. */
export function formatPath(path: DataPath): string {
	let out = '';
	for (const seg of path) {
		if (typeof seg === 'number') out += `[${seg}]`;
		else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out ? `.${seg}` : seg;
		else out += `[${JSON.stringify(seg)}]`;
	}
	return out;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Stable order: by file, line, column, then severity and rule. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
	return [...list].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			severityRank[a.severity] - severityRank[b.severity] ||
			a.rule.localeCompare(b.rule),
	);
}
