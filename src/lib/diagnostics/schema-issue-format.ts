/**
 * SCH-005, a value of the wrong format (date, duration, id …) or failing a
 * schema's own check: the message says why, and the fix rewrites the value
 * where it can be read, e.g. a German date 1.3.2026 as 2026-03-01, "2h" as
 * PT2H, a title as an id.
 */
import { z } from 'zod';
import type { Diagnostic, Wording } from './diagnostics.ts';
import { describeExpected, exampleFor, unwrap } from '../model/schema-walk.ts';
import { formatValue } from './format-value.ts';
import { SCHEMA_REASONS_DE } from './schema-reasons.de.ts';
import { writeDe, type Base } from './schema-issue-wording.ts';
import { daysInMonth } from '../domain/dates.ts';
import { slugify } from '../util/slug.ts';

export function formatIssue(
	base: Base,
	field: string,
	value: unknown,
	schema: z.ZodType | undefined,
	reason: string,
): Diagnostic {
	const text = typeof value === 'string' ? value : String(value);
	const meta = metaOf(schema);
	const shown = formatValue(value);
	const known = SCHEMA_REASONS_DE[reason];
	let fix = `Write ${field}: ${exampleFor(schema)}`;
	let message = `${shown} ${reason}.`;
	const de: Wording = {
		message: known ? `${shown} ${known.reason}.` : `${shown} hat nicht die erwartete Form.`,
		fix: writeDe(field, exampleFor(schema)),
	};
	if (meta.format === 'date') {
		const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
		if (german) {
			const iso = `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`;
			fix = `Write ${field}: ${iso} (year-month-day, without quotes).`;
			de.fix = `${field}: ${iso} schreiben (Jahr-Monat-Tag, ohne Anführungszeichen).`;
		} else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
			message = `${shown} is not a real calendar date${monthHint(text, 'en')}.`;
			fix = `Correct the day or month of ${field}.`;
			de.message = `${shown} ist kein echtes Kalenderdatum${monthHint(text, 'de')}.`;
			de.fix = `Tag oder Monat von ${field} korrigieren.`;
		}
	} else if (meta.format === 'duration') {
		const simple = /^(\d+)\s*(min|m|h|std|d|t)$/i.exec(text.trim());
		if (simple) {
			const n = simple[1];
			const unit = simple[2]!.toLowerCase();
			const iso = unit.startsWith('m')
				? `PT${n}M`
				: unit === 'd' || unit === 't'
					? `P${n}D`
					: `PT${n}H`;
			fix = `Write ${field}: ${iso}`;
			de.fix = writeDe(field, iso);
		}
	} else if (meta.format === 'slug') {
		const slugged = idFor(text);
		if (slugged) {
			fix = `Write ${field}: ${slugged}`;
			de.fix = writeDe(field, slugged);
		}
	}
	let expected = describeExpected(schema);
	de.expected = describeExpected(schema, 'de');
	if (!meta.format && reason.startsWith('must be ')) {
		// The schema's own wording says it best, e.g. 'a yes/no question ending with "?"'.
		expected = reason.slice('must be '.length);
		fix = `Rewrite ${field} as ${expected}.`;
		if (known?.expected) {
			de.expected = known.expected;
			de.fix = `${field} als ${known.expected} schreiben.`;
		}
	}
	return { ...base, message, value, expected, fix, de };
}

function metaOf(schema: z.ZodType | undefined): { format?: string } {
	const inner = unwrap(schema);
	return ((inner && z.globalRegistry.get(inner)) ?? {}) as { format?: string };
}

/** Why a YYYY-MM-DD date is no calendar day: the month's range, or how many days it has. */
function monthHint(date: string, lang: 'en' | 'de'): string {
	const [y, m] = date.split('-').map(Number) as [number, number];
	if (m < 1 || m > 12)
		return lang === 'de' ? ' (Monate laufen von 01 bis 12)' : ' (months run from 01 to 12)';
	const days = daysInMonth(y, m);
	const name = new Date(Date.UTC(y, m - 1, 1)).toLocaleString(lang, {
		month: 'long',
		timeZone: 'UTC',
	});
	return lang === 'de'
		? ` (der ${name} ${y} hat ${days} Tage)`
		: ` (${name} ${y} has ${days} days)`;
}

/** An id suggested for a text: German umlauts written out (`Bäckerei` → `baeckerei`), then a slug. */
function idFor(text: string): string {
	return slugify(text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
}
