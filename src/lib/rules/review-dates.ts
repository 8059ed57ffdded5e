/**
 * DATE-001: approved documents past their reviewBy date (warning; `--strict`
 * turns it into a failure). DATE-003: reviews due within review.warnDays (a notice: it never fails a check).
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import type { ValidDoc } from '../model/model.ts';
import { addMonths } from '../domain/dates.ts';
import { plural } from '../util/plural.ts';
import { daysUntilReview, reviewDue, type ReviewDue } from '../domain/review.ts';
import { allValidDocs, type HandbookIndex } from './handbook-index.ts';
import { reporter } from './report.ts';
import type { Rule, RuleContext } from './types.ts';
import { daysDe } from './wording-de.ts';

const overdue = reporter('DATE-001', 'warning');
const dueSoon = reporter('DATE-003', 'notice');

function ownerLabel(index: HandbookIndex, owner: string): string {
	const name = index.roles.get(owner)?.name;
	return name ? `"${owner}" (${name})` : `"${owner}"`;
}

/** Approved documents with their reviewBy date, the days left until it (negative when overdue) and its state. */
function reviews(
	ctx: RuleContext,
): { doc: ValidDoc; reviewBy: string; days: number; due: ReviewDue }[] {
	const warnDays = ctx.index.settings.warnDays;
	return allValidDocs(ctx.handbook).flatMap((doc) => {
		const reviewBy = doc.data.reviewBy;
		if (doc.data.status !== 'approved' || reviewBy === undefined) return [];
		const days = daysUntilReview(reviewBy, ctx.today);
		return [{ doc, reviewBy, days, due: reviewDue(reviewBy, ctx.today, warnDays) }];
	});
}

export const reviewOverdue: Rule = {
	id: 'DATE-001',
	severity: 'warning',
	title: 'Approved documents whose reviewBy date has passed.',
	check(ctx) {
		const out: Diagnostic[] = [];
		for (const { doc, reviewBy, days, due } of reviews(ctx)) {
			if (due !== 'overdue') continue;
			const months = ctx.index.settings.maxIntervalMonths[doc.type];
			out.push(
				overdue(doc, ['reviewBy'], {
					message: `The review was due on ${reviewBy}, ${plural(-days, 'day')} ago; the owner role ${ownerLabel(ctx.index, doc.data.owner)} has to review it.`,
					value: reviewBy,
					expected: `a reviewBy date in the future after a fresh review, e.g. reviewBy: ${addMonths(ctx.today, months)}`,
					fix: `Review the content, then set reviewedOn to today and reviewBy to a date at most ${months} months later.`,
					de: {
						message: `Die Prüfung war am ${reviewBy} fällig, vor ${daysDe(-days)}; die zuständige Rolle ${ownerLabel(ctx.index, doc.data.owner)} muss das Dokument prüfen.`,
						expected: `ein künftiges Datum reviewBy nach einer neuen Prüfung, z. B. reviewBy: ${addMonths(ctx.today, months)}`,
						fix: `Den Inhalt prüfen, dann reviewedOn auf heute und reviewBy auf ein Datum höchstens ${months} Monate später setzen.`,
					},
				}),
			);
		}
		return out;
	},
};

export const reviewDueSoon: Rule = {
	id: 'DATE-003',
	severity: 'notice',
	title: 'Approved documents whose review is due within review.warnDays (default 30).',
	check(ctx) {
		const out: Diagnostic[] = [];
		const warnDays = ctx.index.settings.warnDays;
		for (const { doc, reviewBy, days, due } of reviews(ctx)) {
			if (due !== 'due-soon') continue;
			const when = days === 0 ? 'today' : `in ${plural(days, 'day')}`;
			const whenDe = days === 0 ? 'heute' : `in ${daysDe(days)}`;
			out.push(
				dueSoon(doc, ['reviewBy'], {
					message: `The review is due ${when} (${reviewBy}); the owner role ${ownerLabel(ctx.index, doc.data.owner)} should plan it now.`,
					value: reviewBy,
					expected: `a reviewBy date more than ${plural(warnDays, 'day')} ahead, or a fresh review`,
					fix: 'Review the content, then set reviewedOn to the review date and move reviewBy forward.',
					de: {
						message: `Die Prüfung ist ${whenDe} fällig (${reviewBy}); die zuständige Rolle ${ownerLabel(ctx.index, doc.data.owner)} sollte sie jetzt planen.`,
						expected: `ein Datum reviewBy mehr als ${warnDays === 1 ? '1 Tag' : `${warnDays} Tage`} in der Zukunft oder eine neue Prüfung`,
						fix: 'Den Inhalt prüfen, dann reviewedOn auf das Datum der Prüfung setzen und reviewBy nach hinten verschieben.',
					},
				}),
			);
		}
		return out;
	},
};
