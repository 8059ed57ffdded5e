/**
 * The shared phrasing of schema diagnostics, in English and German side by side:
 * what kind of value was found, a missing field, "write this instead" and a
 * shortened list of allowed values. Used by schema-issues.ts and its parts
 * (schema-issue-format.ts, schema-issue-size.ts).
 */
import type { Diagnostic, Wording } from './diagnostics.ts';
import { formatValue } from './format-value.ts';

/** The fields every schema diagnostic starts from: rule, place and severity. */
export type Base = Pick<Diagnostic, 'rule' | 'severity' | 'file' | 'line' | 'column' | 'path'>;

/** What was found instead of the expected kind of value, as the end of a sentence. */
export function kindOf(value: unknown): string {
	if (value === null) return 'it is empty';
	if (Array.isArray(value)) return 'found a list';
	if (typeof value === 'object') return 'found a group of fields';
	if (typeof value === 'string') return `found the text ${formatValue(value)}`;
	if (typeof value === 'number') return `found the number ${value}`;
	if (typeof value === 'boolean') return `found ${value}`;
	return `found ${typeof value}`;
}

/** The German of {@link kindOf}: what was found instead, as a noun phrase. */
export function kindOfDe(value: unknown): string {
	if (value === null) return 'nichts, das Feld ist leer';
	if (Array.isArray(value)) return 'eine Liste';
	if (typeof value === 'object') return 'eine Gruppe von Feldern';
	if (typeof value === 'string') return `der Text ${formatValue(value)}`;
	if (typeof value === 'number') return `die Zahl ${value}`;
	if (typeof value === 'boolean') return String(value);
	return typeof value;
}

/** The German wording of a missing required field. */
export function missingDe(field: string, expected: string, example: string): Wording {
	return {
		message: `Das Pflichtfeld „${field}“ fehlt.`,
		expected,
		fix: `Die Zeile ${field}: ${example} ergänzen.`,
	};
}

/** `owner: social-media-manager schreiben.` — the German form of "Write owner: …". */
export function writeDe(field: string, example: string): string {
	return `Stattdessen ${field}: ${example} schreiben.`;
}

/** Up to twelve values, then how many there are in all. */
export function listOf(values: readonly string[], lang: 'en' | 'de' = 'en'): string {
	const shown = values.slice(0, 12).join(', ');
	if (values.length <= 12) return shown;
	return `${shown}, … (${values.length} ${lang === 'de' ? 'insgesamt' : 'in all'})`;
}
