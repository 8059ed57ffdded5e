/**
 * The status and review line at the top of every document page: who approved
 * which version when and when it is reviewed next — and a warning once the
 * review date has passed. Pure; `today` is the build date (or KODEX_TODAY).
 */
import { lifecycleState, type LifecycleState } from '../domain/lifecycle.ts';
import { daysBetween } from '../domain/dates.ts';
import { resolveContact, type Contact } from './contacts.ts';
import type { ViewContext } from './context.ts';
import { formatDate } from './format.ts';
import type { SiteDoc } from './types.ts';

export type ReviewState = 'ok' | 'due-soon' | 'overdue';

/** Days since `reviewBy` passed; 0 while it has not (the review is due on the day itself). */
export function daysOverdue(reviewBy: string, today: string): number {
	return Math.max(0, daysBetween(reviewBy, today));
}

/** Overdue after `reviewBy`, due soon within `warnDays` before it, else ok. */
export function reviewState(reviewBy: string, today: string, warnDays: number): ReviewState {
	const left = daysBetween(today, reviewBy);
	if (left < 0) return 'overdue';
	return left <= warnDays ? 'due-soon' : 'ok';
}

export interface ApprovalView {
	lifecycle: LifecycleState;
	version?: number;
	approvedBy?: Contact;
	/** Formatted dates. */
	reviewedOn?: string;
	reviewBy?: string;
	/** Only for approved documents with a review date. */
	review?: {
		state: ReviewState;
		/** Days overdue (overdue) or days left (otherwise). */
		days: number;
	};
	/** Role to ask while a review is overdue: the owner. */
	owner: Contact;
}

export function approvalView(
	doc: SiteDoc,
	ctx: ViewContext,
	today: string,
	warnDays: number,
): ApprovalView {
	const d = doc.data;
	const view: ApprovalView = {
		lifecycle: lifecycleState(d, today),
		owner: resolveContact(ctx.roles, d.owner, ctx.lang),
	};
	if (d.version !== undefined) view.version = d.version;
	if (d.approvedBy) view.approvedBy = resolveContact(ctx.roles, d.approvedBy, ctx.lang);
	if (d.reviewedOn) view.reviewedOn = formatDate(d.reviewedOn, ctx.lang);
	if (d.reviewBy) view.reviewBy = formatDate(d.reviewBy, ctx.lang);
	if (d.status === 'approved' && d.reviewBy) {
		const state = reviewState(d.reviewBy, today, warnDays);
		view.review = {
			state,
			days: state === 'overdue' ? daysOverdue(d.reviewBy, today) : daysBetween(today, d.reviewBy),
		};
	}
	return view;
}
