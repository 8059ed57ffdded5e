/**
 * The legal review dashboard: every published document with its review facts,
 * the review state (overdue, due soon …), sort keys for the table, the summary
 * counts for the home page. The CSV download is in dashboard-csv.ts. Pure: the
 * pages pass the documents, the view context and the build date.
 */
import { t, tn } from '../../../i18n/index.ts';
import { daysUntilReview, reviewDue } from '../../domain/review.ts';
import type { ViewContext } from '../model/context.ts';
import { toLinkVia, type PathOf } from '../model/docs.ts';
import { createPageOf } from '../model/languages.ts';
import { resolveRole, roleDefinition, type PersonRef } from '../model/roles.ts';
import type { Site } from '../model/site.ts';
import type { DocLink, DocType, Language, RoleRef, SiteDoc, Status } from '../model/types.ts';

/**
 * Where a document stands with its review:
 * - `overdue`: approved, and `reviewBy` has passed;
 * - `due-soon`: approved, `reviewBy` within `review.warnDays` (today included);
 * - `current`: approved, review further ahead;
 * - `in-review`: a new version waits for approval;
 * - `superseded`, `deprecated`: kept for the record, no review planned.
 * Drafts never appear on the dashboard.
 */
export type DashboardState =
	'overdue' | 'due-soon' | 'current' | 'in-review' | 'superseded' | 'deprecated';

/** Order of urgency: the dashboard lists overdue documents first. */
export const REVIEW_STATES: readonly DashboardState[] = [
	'overdue',
	'due-soon',
	'in-review',
	'current',
	'superseded',
	'deprecated',
];

export interface ReviewFields {
	status: Status;
	reviewBy?: string | undefined;
}

/**
 * Where a (non-draft) document stands on the review dashboard on `today`
 * (YYYY-MM-DD): for approved ones, how their review is due; else their status.
 */
export function dashboardState(
	data: ReviewFields,
	today: string,
	warnDays: number,
): DashboardState {
	switch (data.status) {
		case 'approved': {
			if (data.reviewBy === undefined) return 'current';
			const due = reviewDue(data.reviewBy, today, warnDays);
			return due === 'ok' ? 'current' : due;
		}
		case 'superseded':
		case 'deprecated':
			return data.status;
		default:
			// Drafts never reach the dashboard; in the dev preview they count as waiting.
			return 'in-review';
	}
}

/** Days from `today` until `reviewBy`; negative when overdue, undefined without a date. */
export function daysLeft(today: string, reviewBy: string | undefined): number | undefined {
	return reviewBy === undefined ? undefined : daysUntilReview(reviewBy, today);
}

export interface DashboardRow {
	type: DocType;
	id: string;
	title: string;
	language: Language;
	href: string;
	status: Status;
	state: DashboardState;
	owner: RoleRef;
	approver?: RoleRef;
	/** The people who hold the approving role (its team file's members), by name. */
	approverPeople?: PersonRef[];
	/** ISO dates as written in the document. */
	reviewedOn?: string;
	reviewBy?: string;
	/** Only for approved documents with a review date: negative when overdue. */
	daysLeft?: number;
}

const siteRows = new WeakMap<Site, Map<Language, readonly DashboardRow[]>>();

/**
 * The rows of a whole site for readers of `lang`: the dashboard's pages, its CSV
 * and the home page's summary share them, computed once per site model.
 */
export function siteDashboardRows(site: Site, lang: Language): readonly DashboardRow[] {
	let byLang = siteRows.get(site);
	if (!byLang) siteRows.set(site, (byLang = new Map()));
	let rows = byLang.get(lang);
	if (!rows) {
		rows = dashboardRows(
			site.docs,
			site.context(lang),
			site.today,
			site.config.review.warnDays,
			createPageOf(site.docs, site.languages, lang),
		);
		byLang.set(lang, rows);
	}
	return rows;
}

/**
 * One row per published document (drafts left out), most urgent first. Each
 * row links its own document; `pageOf` may lead to its page in the reader's
 * language (`createPageOf`: the fallback page of an untranslated document).
 */
export function dashboardRows(
	docs: readonly SiteDoc[],
	ctx: ViewContext,
	today: string,
	warnDays: number,
	pageOf?: PathOf,
): DashboardRow[] {
	const rows: DashboardRow[] = [];
	for (const doc of docs) {
		const d = doc.data;
		if (d.status === 'draft') continue;
		const link: DocLink = toLinkVia(doc, pageOf);
		const row: DashboardRow = {
			type: doc.type,
			id: doc.id,
			title: d.title,
			language: d.language,
			href: link.href,
			status: d.status,
			state: dashboardState(d, today, warnDays),
			owner: resolveRole(ctx.roles, d.owner, ctx.lang),
		};
		if (d.approvedBy) {
			row.approver = resolveRole(ctx.roles, d.approvedBy, ctx.lang);
			const people = roleDefinition(ctx.roles, d.approvedBy, ctx.lang)?.people ?? [];
			if (people.length > 0) row.approverPeople = people;
		}
		if (d.reviewedOn) row.reviewedOn = d.reviewedOn;
		if (d.reviewBy) row.reviewBy = d.reviewBy;
		if (d.status === 'approved' && d.reviewBy) row.daysLeft = daysUntilReview(d.reviewBy, today);
		rows.push(row);
	}
	return rows.sort((a, b) => compareRows(a, b, ctx.lang));
}

/** Default order: by urgency, then the earliest review date, then title. */
export function compareRows(a: DashboardRow, b: DashboardRow, lang: Language): number {
	return (
		REVIEW_STATES.indexOf(a.state) - REVIEW_STATES.indexOf(b.state) ||
		(a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) ||
		a.title.localeCompare(b.title, lang) ||
		a.id.localeCompare(b.id)
	);
}

/** Sortable columns of the dashboard table, in display order. */
const SORT_COLUMNS = [
	'title',
	'type',
	'state',
	'owner',
	'approver',
	'reviewedOn',
	'reviewBy',
	'daysLeft',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/**
 * The value a table cell sorts by (written to `data-sort`). Numbers sort as
 * numbers, text as text in the page's language; '' means "no value" and always
 * sorts last (see table-sort.ts). `typeLabel` names a type in the page language.
 */
export function sortValue(
	row: DashboardRow,
	column: SortColumn,
	typeLabel: (type: DocType) => string,
): string {
	switch (column) {
		case 'title':
			return row.title;
		case 'type':
			return typeLabel(row.type);
		case 'state':
			// Urgency order, not alphabetical: overdue < due soon < … < retired.
			return String(REVIEW_STATES.indexOf(row.state));
		case 'owner':
			return row.owner.name;
		case 'approver':
			return row.approver?.name ?? '';
		case 'reviewedOn':
			return row.reviewedOn ?? '';
		case 'reviewBy':
			return row.reviewBy ?? '';
		case 'daysLeft':
			return row.daysLeft === undefined ? '' : String(row.daysLeft);
	}
}

export interface ReviewSummary {
	current: number;
	dueSoon: number;
	overdue: number;
	inReview: number;
	/** Superseded or deprecated. */
	retired: number;
	/** Every published document counted (drafts are never included). */
	total: number;
}

/** Counts per review state for the home page. */
export function reviewSummary(rows: readonly Pick<DashboardRow, 'state'>[]): ReviewSummary {
	const s: ReviewSummary = {
		current: 0,
		dueSoon: 0,
		overdue: 0,
		inReview: 0,
		retired: 0,
		total: rows.length,
	};
	for (const row of rows) {
		if (row.state === 'current') s.current++;
		else if (row.state === 'due-soon') s.dueSoon++;
		else if (row.state === 'overdue') s.overdue++;
		else if (row.state === 'in-review') s.inReview++;
		else s.retired++;
	}
	return s;
}

/** Distinct owners of the rows, by display name: the options of the owner filter. */
export function ownerOptions(rows: readonly DashboardRow[], lang: Language): RoleRef[] {
	const byId = new Map<string, RoleRef>();
	for (const row of rows) if (!byId.has(row.owner.id)) byId.set(row.owner.id, row.owner);
	return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** Distinct types of the rows, in the fixed type order given by `order`. */
export function typeOptions(rows: readonly DashboardRow[], order: readonly DocType[]): DocType[] {
	const present = new Set(rows.map((r) => r.type));
	return order.filter((type) => present.has(type));
}

/** The "days" cell: `in 12 days`, `due today`, `5 days overdue`; undefined without a date. */
export function daysLeftLabel(days: number | undefined, lang: Language): string | undefined {
	if (days === undefined) return undefined;
	if (days === 0) return t(lang, 'review.dueToday');
	if (days < 0) return tn(lang, 'review.overdueBy', -days);
	return tn(lang, 'review.daysLeft', days);
}
