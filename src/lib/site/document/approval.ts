/**
 * The status and review line at the top of every document page: who approved
 * which version when and when it is reviewed next — and a warning once the
 * review date has passed. Pure; `today` is the build date (or KODEX_TODAY).
 */
import { lifecycleState, type LifecycleState } from '../../domain/lifecycle.ts';
import { daysOverdue, daysUntilReview, reviewDue, type ReviewDue } from '../../domain/review.ts';
import { resolveContact, type Contact } from '../by-type/contacts.ts';
import type { ViewContext } from '../model/context.ts';
import { formatDate } from '../../util/format.ts';
import type { SiteDoc } from '../model/types.ts';

export interface ApprovalView {
	lifecycle: LifecycleState;
	version?: number;
	approvedBy?: Contact;
	/** Formatted dates. */
	reviewedOn?: string;
	reviewBy?: string;
	/** Only for approved documents with a review date. */
	review?: {
		state: ReviewDue;
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
		const state = reviewDue(d.reviewBy, today, warnDays);
		view.review = {
			state,
			days:
				state === 'overdue' ? daysOverdue(d.reviewBy, today) : daysUntilReview(d.reviewBy, today),
		};
	}
	return view;
}
