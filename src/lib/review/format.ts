/** The review plan as text, JSON or CSV. Pure. */
import { plural } from '../util/plural.ts';
import { csvLine } from '../util/csv.ts';
import type { ReviewPlan } from './due.ts';

function when(days: number): string {
	if (days === 0) return 'today';
	return days < 0 ? `${plural(-days, 'day')} overdue` : `in ${plural(days, 'day')}`;
}

export function formatReviewText(plan: ReviewPlan): string {
	const window = `within ${plural(plan.withinDays, 'day')} (by ${plan.until})`;
	if (plan.total === 0) return `No reviews are overdue or due ${window}.\n`;
	const lines = [
		`${plural(plan.total, 'review')} overdue or due ${window}, ${plan.overdue} overdue:`,
		'',
	];
	for (const g of plan.groups) {
		const name = g.owner.name
			? `${g.owner.name} (${g.owner.id})`
			: `${g.owner.id} (no team defines this role)`;
		lines.push(`${name}${g.owner.mailbox ? ` — ${g.owner.mailbox}` : ''}`);
		for (const r of g.reviews) {
			const mark = r.state === 'overdue' ? 'OVERDUE' : 'due    ';
			lines.push(
				`  ${mark}  ${r.reviewBy}  ${when(r.daysLeft).padEnd(17)}  ${r.type.padEnd(9)}  ${r.id} — ${r.title}`,
			);
			lines.push(`           ${r.file}`);
		}
		lines.push('');
	}
	return `${lines.join('\n')}`;
}

export function formatReviewJson(plan: ReviewPlan): string {
	return `${JSON.stringify(plan, null, 2)}\n`;
}

const CSV_COLUMNS = [
	'ownerRole',
	'ownerName',
	'mailbox',
	'state',
	'reviewBy',
	'daysLeft',
	'type',
	'id',
	'title',
	'file',
] as const;

export function formatReviewCsv(plan: ReviewPlan): string {
	const rows = [CSV_COLUMNS.join(',')];
	for (const g of plan.groups)
		for (const r of g.reviews)
			rows.push(
				csvLine([
					g.owner.id,
					g.owner.name,
					g.owner.mailbox,
					r.state,
					r.reviewBy,
					r.daysLeft,
					r.type,
					r.id,
					r.title,
					r.file,
				]),
			);
	return `${rows.join('\r\n')}\r\n`;
}
