/**
 * Durations in plain words for readers under stress: `PT30M` → `30 Minuten`,
 * `PT1H30M` → `1 Stunde und 30 Minuten`, `P1D` → `1 Tag`, `PT0M` → `sofort`.
 */
import { parseDuration, splitMinutes } from '../../domain/duration.ts';
import { t } from '../../../i18n/index.ts';
import { formatList } from './format.ts';
import type { Language } from './types.ts';

/** Minutes in words; 0 is "immediately". */
export function minutesInWords(total: number, lang: Language): string {
	if (total <= 0) return t(lang, 'words.immediately');
	const { days, hours, minutes } = splitMinutes(total);
	const parts: string[] = [];
	if (days) parts.push(days === 1 ? t(lang, 'words.day') : t(lang, 'words.days', { count: days }));
	if (hours)
		parts.push(hours === 1 ? t(lang, 'words.hour') : t(lang, 'words.hours', { count: hours }));
	if (minutes)
		parts.push(
			minutes === 1 ? t(lang, 'words.minute') : t(lang, 'words.minutes', { count: minutes }),
		);
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
