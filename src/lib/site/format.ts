/** Dates, durations and numbers as readers of each language expect them. */
import { parseDuration } from '../domain/duration.ts';
import { t } from '../../i18n/index.ts';
import type { Language } from './types.ts';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** BCP 47 locale used for formatting in `lang`. */
export function localeOf(lang: Language): string {
	return LOCALES[lang];
}

/** `2027-03-31` → `31. März 2027` / `31 March 2027`. Unparseable input is returned unchanged. */
export function formatDate(iso: string, lang: Language): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return iso;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(LOCALES[lang], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(date);
}

/**
 * An ISO duration in words: `PT1H30M` → `1 Std. 30 Min.` / `1 h 30 min`,
 * `P3D` → `3 Tage`. Unparseable input is returned unchanged.
 */
export function formatDuration(iso: string, lang: Language): string {
	const total = parseDuration(iso);
	if (total === undefined) return iso;
	const days = Math.floor(total / 1440);
	const hours = Math.floor((total % 1440) / 60);
	const minutes = total % 60;
	const parts: string[] = [];
	if (days)
		parts.push(days === 1 ? t(lang, 'duration.day') : t(lang, 'duration.days', { count: days }));
	if (hours) parts.push(t(lang, 'duration.hours', { count: hours }));
	if (minutes || parts.length === 0) parts.push(t(lang, 'duration.minutes', { count: minutes }));
	return parts.join(' ');
}

/** A number with the language's separators: `1234.5` → `1.234,5` / `1,234.5`. */
export function formatNumber(value: number, lang: Language): string {
	return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}

/** A list in words: `a, b und c` / `a, b and c`. */
export function formatList(items: readonly string[], lang: Language): string {
	return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items);
}
