/**
 * Durations in plain words for readers under stress: `PT30M` → `30 Minuten`,
 * `PT1H30M` → `1 Stunde und 30 Minuten`, `P1D` → `1 Tag`, `PT0M` → `sofort`.
 */
import { parseDuration, splitMinutes } from '../../domain/duration.ts';
import { t, tn } from '../../../i18n/index.ts';
import { formatList, formatNumber } from '../../util/format.ts';
import type { Language } from './types.ts';

/** Minutes in words; 0 is "immediately". */
export function minutesInWords(total: number, lang: Language): string {
	if (total <= 0) return t(lang, 'words.immediately');
	const { days, hours, minutes } = splitMinutes(total);
	const parts: string[] = [];
	if (days) parts.push(tn(lang, 'words.days', days));
	if (hours) parts.push(tn(lang, 'words.hours', hours));
	if (minutes) parts.push(tn(lang, 'words.minutes', minutes));
	return formatList(parts, lang);
}

/** An ISO duration in words; unparseable input is returned unchanged. */
export function durationInWords(iso: string, lang: Language): string {
	const total = parseDuration(iso);
	return total === undefined ? iso : minutesInWords(total, lang);
}

/** Minutes as hours with at most one decimal, e.g. 620 → 10.3. */
export function minutesToHours(minutes: number): number {
	return Math.round((minutes / 60) * 10) / 10;
}

/** Minutes as hours for display, e.g. 620 → `10,3` (de) / `10.3` (en). */
export function formatHours(minutes: number, lang: Language): string {
	return formatNumber(minutesToHours(minutes), lang);
}
