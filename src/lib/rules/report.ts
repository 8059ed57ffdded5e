/** Builds diagnostics for rules, so each rule only states what is wrong. */
import {
	formatPath,
	type DataPath,
	type Diagnostic,
	type Severity,
	type Wording,
} from '../diagnostics/diagnostics.ts';
import type { SourceLocator } from '../model/model.ts';

/** Anything with a file and a locator: a document or the handbook configuration. */
export interface Located {
	file: string;
	locate: SourceLocator;
}

export interface Finding {
	/** What is wrong, in one sentence. */
	message: string;
	value?: unknown;
	expected?: string | undefined;
	didYouMean?: string | undefined;
	fix?: string | undefined;
	/** Point at the key rather than the value (missing or extra keys). Default: value. */
	at?: 'key' | 'value';
	/** Path whose position is reported, when it differs from the reported path (e.g. a missing field reported at a sibling). */
	anchor?: DataPath;
	/** Overrides the reporter's severity. */
	severity?: Severity;
	/** Overrides the reporter's rule id (for rules that emit two ids). */
	rule?: string;
	/** The texts in German (message, expected, fix), shown when the CLI speaks German. */
	de?: Wording | undefined;
}

/** A function that turns a finding at a path of a source into a diagnostic. */
export type Reporter = (src: Located, path: DataPath, finding: Finding) => Diagnostic;

/** Returns a reporter bound to one rule id and default severity. */
export function reporter(rule: string, severity: Severity): Reporter {
	return (src, path, f) => {
		const anchor = f.anchor ?? path;
		const pos = f.at === 'key' ? src.locate.key(anchor) : src.locate.value(anchor);
		return finish(f, {
			rule: f.rule ?? rule,
			severity: f.severity ?? severity,
			file: src.file,
			line: pos.line,
			column: pos.column,
			path: formatPath(path),
			message: f.message,
		});
	};
}

/** A diagnostic at an explicit line and column, e.g. inside an MDX body. */
export function diagnosticAt(
	rule: string,
	severity: Severity,
	where: { file: string; line: number; column: number; path?: string },
	f: Finding,
): Diagnostic {
	return finish(f, {
		rule: f.rule ?? rule,
		severity: f.severity ?? severity,
		file: where.file,
		line: where.line,
		column: where.column,
		path: where.path ?? '',
		message: f.message,
	});
}

function finish(f: Finding, d: Diagnostic): Diagnostic {
	if (f.value !== undefined) d.value = f.value;
	if (f.expected !== undefined) d.expected = f.expected;
	if (f.didYouMean !== undefined) d.didYouMean = f.didYouMean;
	if (f.fix !== undefined) d.fix = f.fix;
	if (f.de !== undefined) d.de = f.de;
	return d;
}

/**
 * `a, b, c` with at most `max` entries, sorted, plus `…` when there are more; `lang` words
 * the empty list for the German wording of a finding.
 */
export function listIds(ids: Iterable<string>, max = 5, lang: 'en' | 'de' = 'en'): string {
	const all = [...new Set(ids)].sort();
	if (all.length === 0) return lang === 'de' ? '(noch keine angelegt)' : '(none defined yet)';
	const shown = all.slice(0, max).join(', ');
	return all.length > max ? `${shown}, …` : shown;
}

/** `file:line` of a path in a source, for messages that name another place. */
export function where(src: Located, path: DataPath): string {
	return `${src.file}:${src.locate.value(path).line}`;
}
