/**
 * Dates, durations and numbers as readers of each language expect them. The
 * Intl formatters are made once per language and reused: a build formats
 * thousands of values.
 */
import { parseDuration, splitMinutes } from '../domain/duration.ts';
import { t, tn, uiLanguage } from '../../i18n/index.ts';
import type { Language } from '../../../schemas/index.ts';

/** Regional conventions for bare tags whose readers mostly live in one place. */
const LOCALES: Readonly<Record<string, string>> = { de: 'de-DE', en: 'en-GB' };

/**
 * BCP 47 locale used for formatting in `lang`. Dates and numbers sit inside interface
 * sentences, so they follow the interface language: the tag itself (`de-AT`) when the
 * interface speaks its language, else the locale of the fallback interface (`pt-BR` pages
 * show English words, so `1 June 2026`, not `1 de junho de 2026`).
 */
export function localeOf(lang: Language): string {
	const ui = uiLanguage(lang);
	const primary = lang.split('-')[0]!.toLowerCase();
	if (ui !== primary) return LOCALES[ui] ?? ui;
	return LOCALES[lang] ?? lang;
}

/** One formatter per language, made on first use. */
function perLanguage<T>(make: (locale: string) => T): (lang: Language) => T {
	const made = new Map<Language, T>();
	return (lang) => {
		let formatter = made.get(lang);
		if (!formatter) made.set(lang, (formatter = make(localeOf(lang))));
		return formatter;
	};
}

const longDate = perLanguage(
	(locale) =>
		new Intl.DateTimeFormat(locale, {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC',
		}),
);
const shortDate = perLanguage(
	(locale) =>
		new Intl.DateTimeFormat(locale, {
			day: '2-digit',
			month: '2-digit',
			year: 'numeric',
			timeZone: 'UTC',
		}),
);
const decimal = perLanguage(
	(locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
);
const signedDecimal = perLanguage(
	(locale) =>
		new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
);
const percentage = perLanguage(
	(locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
);
const conjunction = perLanguage((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** A YYYY-MM-DD date as a UTC Date; undefined when it is not one. */
function isoDate(iso: string): Date | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return undefined;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `2027-03-31` → `31. März 2027` / `31 March 2027`. Unparseable input is returned unchanged. */
export function formatDate(iso: string, lang: Language): string {
	const date = isoDate(iso);
	return date ? longDate(lang).format(date) : iso;
}

/** A compact date for table cells: `24.09.2026` / `24/09/2026`; unparseable input unchanged. */
export function formatShortDate(iso: string, lang: Language): string {
	const date = isoDate(iso);
	return date ? shortDate(lang).format(date) : iso;
}

/**
 * An ISO duration in words: `PT1H30M` → `1 Std. 30 Min.` / `1 h 30 min`,
 * `P3D` → `3 Tage`. Unparseable input is returned unchanged.
 */
export function formatDuration(iso: string, lang: Language): string {
	const total = parseDuration(iso);
	if (total === undefined) return iso;
	const { days, hours, minutes } = splitMinutes(total);
	const parts: string[] = [];
	if (days) parts.push(tn(lang, 'duration.days', days));
	if (hours) parts.push(t(lang, 'duration.hours', { count: hours }));
	if (minutes || parts.length === 0) parts.push(t(lang, 'duration.minutes', { count: minutes }));
	return parts.join(' ');
}

/** A number with the language's separators: `1234.5` → `1.234,5` / `1,234.5`. */
export function formatNumber(value: number, lang: Language, signed = false): string {
	return (signed ? signedDecimal : decimal)(lang).format(value);
}

/** A share as a percentage with at most one decimal: `0.125` → `12,5 %` / `12.5%`. */
export function formatPercent(share: number, lang: Language): string {
	return percentage(lang).format(share);
}

/** A list in words: `a, b und c` / `a, b and c`. */
export function formatList(items: readonly string[], lang: Language): string {
	return conjunction(lang).format(items);
}
