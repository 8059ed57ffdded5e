/**
 * Where an approved document's review stands on a day: the one rule that
 * DATE-001/DATE-003, `npm run review`, the review line of a document page and
 * the review dashboard share. A review is due on `reviewBy` itself and
 * overdue from the day after.
 */
import { daysBetween } from './dates.ts';

/** Overdue after `reviewBy`, due soon within the warning window before it, else ok. */
export type ReviewDue = 'ok' | 'due-soon' | 'overdue';

/** Days from `today` until `reviewBy` (YYYY-MM-DD); negative when overdue. */
export function daysUntilReview(reviewBy: string, today: string): number {
	return daysBetween(today, reviewBy);
}

/** Days since `reviewBy` passed; 0 while it has not (the review is due on the day itself). */
export function daysOverdue(reviewBy: string, today: string): number {
	return Math.max(0, -daysUntilReview(reviewBy, today));
}

/** The review state on `today`, warning `warnDays` ahead of `reviewBy`. */
export function reviewDue(reviewBy: string, today: string, warnDays: number): ReviewDue {
	const left = daysUntilReview(reviewBy, today);
	if (left < 0) return 'overdue';
	return left <= warnDays ? 'due-soon' : 'ok';
}
