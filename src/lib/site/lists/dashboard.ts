/**
 * The legal review dashboard: every published document with its review facts,
 * the review state (overdue, due soon …), sort keys for the table, the summary
 * counts for the home page and the CSV download. Pure: the pages pass the
 * documents, the view context and the build date.
 */
import { t, tn } from '../../../i18n/index.ts';
import { daysUntilReview, reviewDue } from '../../domain/review.ts';
import { csvLine } from '../../util/csv.ts';
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

// ---------- CSV ----------

/**
 * The CSV download opens in Excel with a double click: UTF-8 with a byte order
 * mark (so umlauts survive), CRLF line ends (RFC 4180), and the list separator
 * Excel expects in the reader's locale — `;` for German (where `,` is the
 * decimal comma), `,` for English.
 */
export const CSV_SEPARATOR: Readonly<Record<string, ';' | ','>> = { de: ';', en: ',' };

/** The list separator for `lang`: `;` where the decimal separator is a comma (Excel's rule), else `,`. */
export function csvSeparator(lang: Language): ';' | ',' {
	const known = CSV_SEPARATOR[lang];
	if (known) return known;
	const decimal = new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal');
	return decimal?.value === ',' ? ';' : ',';
}
export const CSV_BOM = '\uFEFF';

export interface CsvLabels {
	/** Column headings, in the order of {@link CSV_COLUMNS}. */
	headings: Record<(typeof CSV_COLUMNS)[number], string>;
	type(type: DocType): string;
	status(status: Status): string;
	state(state: DashboardState): string;
	language(language: Language): string;
}

const CSV_COLUMNS = [
	'type',
	'id',
	'title',
	'language',
	'status',
	'state',
	'owner',
	'approver',
	'approverPeople',
	'reviewedOn',
	'reviewBy',
	'daysLeft',
	'url',
] as const;

/**
 * The dashboard as CSV text, BOM included. `origin` turns the root-relative
 * document paths into the addresses readers open (the site base included).
 */
export function dashboardCsv(
	rows: readonly DashboardRow[],
	labels: CsvLabels,
	separator: string,
	pathFor: (href: string) => string = (href) => href,
): string {
	const lines = [
		csvLine(
			CSV_COLUMNS.map((c) => labels.headings[c]),
			separator,
		),
	];
	for (const row of rows) {
		lines.push(
			csvLine(
				[
					labels.type(row.type),
					row.id,
					row.title,
					labels.language(row.language),
					labels.status(row.status),
					labels.state(row.state),
					row.owner.name,
					row.approver?.name,
					row.approverPeople?.map((p) => p.name).join(', '),
					row.reviewedOn,
					row.reviewBy,
					row.daysLeft,
					pathFor(row.href),
				],
				separator,
			),
		);
	}
	return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** A name as a file-name part: `Beispiel Rohrwerk GmbH` → `beispiel-rohrwerk-gmbh`. */
export function fileNamePart(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/ß/g, 'ss')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug || 'handbook';
}

/**
 * The file name the CSV download is saved under: the handbook's company and the
 * build date, `beispiel-rohrwerk-gmbh-review-2026-12-04.csv` (localised word).
 */
export function csvFileName(company: string, today: string, lang: Language): string {
	return t(lang, 'review.csvFile', { handbook: fileNamePart(company), date: today });
}

/** The "days" cell: `in 12 days`, `due today`, `5 days overdue`; undefined without a date. */
export function daysLeftLabel(days: number | undefined, lang: Language): string | undefined {
	if (days === undefined) return undefined;
	if (days === 0) return t(lang, 'review.dueToday');
	if (days < 0) return tn(lang, 'review.overdueBy', -days);
	return tn(lang, 'review.daysLeft', days);
}

/** The CSV's headings and value labels in `lang`. */
export function csvLabels(lang: Language): CsvLabels {
	return {
		headings: {
			type: t(lang, 'review.col.type'),
			id: t(lang, 'review.col.id'),
			title: t(lang, 'review.col.title'),
			language: t(lang, 'review.col.language'),
			status: t(lang, 'review.col.status'),
			state: t(lang, 'review.col.state'),
			owner: t(lang, 'review.col.owner'),
			approver: t(lang, 'review.col.approver'),
			approverPeople: t(lang, 'review.col.approverPeople'),
			reviewedOn: t(lang, 'review.col.reviewedOn'),
			reviewBy: t(lang, 'review.col.reviewBy'),
			daysLeft: t(lang, 'review.col.days'),
			url: t(lang, 'review.col.url'),
		},
		type: (type) => t(lang, `docType.${type}`),
		status: (status) => t(lang, `status.${status}`),
		state: (state) => t(lang, `reviewState.${state}`),
		language: (language) => t(lang, `language.${language}`),
	};
}
