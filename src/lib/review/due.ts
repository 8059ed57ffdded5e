/**
 * Which approved documents are due for review or overdue, grouped by the
 * owner role that has to do it. Pure: the CLI and the site call it with a
 * validated handbook and today's date.
 */
import type { DocType } from '../../../schemas/index.ts';
import type { Handbook } from '../model/model.ts';
import { daysUntilReview, reviewDue } from '../domain/review.ts';
import { allValidDocs, type HandbookIndex } from '../rules/handbook-index.ts';
import { roleInfo, type RoleInfo } from './roles.ts';

export interface DueReview {
	type: DocType;
	id: string;
	title: string;
	/** File as shown to authors, e.g. `content/checklists/urheberrecht.mdx`. */
	file: string;
	reviewBy: string;
	reviewedOn: string | null;
	/** Days from today until reviewBy; negative when overdue. */
	daysLeft: number;
	state: 'overdue' | 'due';
}

export interface ReviewGroup {
	owner: RoleInfo;
	/** Sorted by reviewBy, then id. */
	reviews: DueReview[];
}

export interface ReviewPlan {
	today: string;
	/** Documents due within this many days are listed (overdue ones always). */
	withinDays: number;
	/** today + withinDays. */
	until: string;
	/** Groups ordered by their earliest reviewBy, then role id. */
	groups: ReviewGroup[];
	total: number;
	overdue: number;
}

/** Approved documents whose review is overdue or due within `withinDays` of `today`. */
export function dueReviews(
	handbook: Handbook,
	index: HandbookIndex,
	today: string,
	withinDays: number,
): ReviewPlan {
	const byOwner = new Map<string, ReviewGroup>();
	let total = 0;
	let overdue = 0;
	for (const doc of allValidDocs(handbook)) {
		const { status, reviewBy, owner } = doc.data;
		if (status !== 'approved' || reviewBy === undefined) continue;
		const due = reviewDue(reviewBy, today, withinDays);
		if (due === 'ok') continue;
		const daysLeft = daysUntilReview(reviewBy, today);
		let group = byOwner.get(owner);
		if (!group) byOwner.set(owner, (group = { owner: roleInfo(index, owner), reviews: [] }));
		group.reviews.push({
			type: doc.type,
			id: doc.data.id,
			title: doc.data.title,
			file: doc.file,
			reviewBy,
			reviewedOn: doc.data.reviewedOn ?? null,
			daysLeft,
			state: due === 'overdue' ? 'overdue' : 'due',
		});
		total++;
		if (due === 'overdue') overdue++;
	}
	const groups = [...byOwner.values()];
	for (const g of groups)
		g.reviews.sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.id.localeCompare(b.id));
	groups.sort(
		(a, b) =>
			a.reviews[0]!.reviewBy.localeCompare(b.reviews[0]!.reviewBy) ||
			a.owner.id.localeCompare(b.owner.id),
	);
	return { today, withinDays, until: addDays(today, withinDays), groups, total, overdue };
}

function addDays(date: string, days: number): string {
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Parses `--within`: `30d`, `6w`, `3m` (30-day months) or a plain number of days.
 * Undefined when it cannot be read.
 */
export function parseWithin(text: string): number | undefined {
	const m = /^\s*(\d{1,4})\s*(d|days?|w|weeks?|m|months?)?\s*$/i.exec(text);
	if (!m) return undefined;
	const n = Number(m[1]);
	const unit = (m[2] ?? 'd')[0]!.toLowerCase();
	return unit === 'w' ? n * 7 : unit === 'm' ? n * 30 : n;
}
