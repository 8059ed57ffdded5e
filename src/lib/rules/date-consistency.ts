/**
 * DATE-002: review intervals stay within review.maxIntervalMonths, reviews do
 * not lie in the future, and a goal's period ends after it starts.
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { addMonths } from '../domain/dates.ts';
import { allValidDocs } from './handbook-index.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';
import { typeDe } from './wording-de.ts';

const report = reporter('DATE-002', 'error');

export const datesConsistent: Rule = {
	id: 'DATE-002',
	severity: 'error',
	title:
		'reviewBy is at most review.maxIntervalMonths after reviewedOn, reviewedOn is not in the future, and goal periods end after they start.',
	check({ handbook, index, today }) {
		const out: Diagnostic[] = [];
		for (const doc of allValidDocs(handbook)) {
			const { reviewedOn: on, reviewBy: by } = doc.data;
			if (on !== undefined && on > today)
				out.push(
					report(doc, ['reviewedOn'], {
						message: `reviewedOn is ${on}, a date in the future; it must record a review that already happened.`,
						value: on,
						expected: `today (${today}) or earlier`,
						fix: 'Set reviewedOn to the date the review actually took place.',
						de: {
							message: `reviewedOn ist ${on}, ein Datum in der Zukunft; es muss eine Prüfung festhalten, die schon stattgefunden hat.`,
							expected: `heute (${today}) oder früher`,
							fix: 'reviewedOn auf das Datum setzen, an dem die Prüfung tatsächlich stattfand.',
						},
					}),
				);
			if (on === undefined || by === undefined) continue;
			const months = index.settings.maxIntervalMonths[doc.type];
			const latest = addMonths(on, months);
			if (by > latest)
				out.push(
					report(doc, ['reviewBy'], {
						message: `reviewBy (${by}) is more than ${months} months after reviewedOn (${on}); a ${doc.type} must be reviewed at least every ${months} months.`,
						value: by,
						expected: `${latest} or earlier`,
						fix: `Set reviewBy to ${latest} or earlier.`,
						de: {
							message: `reviewBy (${by}) liegt mehr als ${months} Monate nach reviewedOn (${on}); ein Dokument vom Typ ${typeDe(doc.type)} muss mindestens alle ${months} Monate geprüft werden.`,
							expected: `${latest} oder früher`,
							fix: `reviewBy auf ${latest} oder früher setzen.`,
						},
					}),
				);
		}
		for (const doc of validDocs(handbook, 'goal')) {
			const { start, end } = doc.data.period;
			if (end > start) continue;
			out.push(
				report(doc, ['period', 'end'], {
					message: `The goal period ends on ${end}, which is not after its start on ${start}.`,
					value: end,
					expected: `a date after ${start}, e.g. ${addMonths(start, 12)}`,
					fix: 'Swap start and end, or correct the end date.',
					de: {
						message: `Der Zielzeitraum endet am ${end} und damit nicht nach seinem Beginn am ${start}.`,
						expected: `ein Datum nach ${start}, z. B. ${addMonths(start, 12)}`,
						fix: 'start und end vertauschen oder das Enddatum korrigieren.',
					},
				}),
			);
		}
		return out;
	},
};
