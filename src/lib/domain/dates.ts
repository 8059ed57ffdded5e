/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so time zones never shift a day. */

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** Number of days of `month` (1–12) in `year`: 28 to 31. */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` plus `months` calendar months, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	const first = new Date(Date.UTC(y, m - 1 + months, 1));
	const lastDay = daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
	first.setUTCDate(Math.min(d, lastDay));
	return first.toISOString().slice(0, 10);
}
