/**
 * One page of the review dashboard: the counts over every document, this
 * page's rows with their sort values and labels, the filter options, the
 * columns and the CSV download. Computed once per page from the site model.
 */
import { DOC_TYPE_NAMES } from '../../../../schemas/index.ts';
import { t } from '../../../i18n/index.ts';
import { formatDate } from '../../util/format.ts';
import { languageLinks, type LanguageLink } from '../model/languages.ts';
import type { Site } from '../model/site.ts';
import type { DocType, Language, RoleRef } from '../model/types.ts';
import { homePath, withBase } from '../model/urls.ts';
import { siteUrl } from './atom.ts';
import { csvFileName, csvLabels, csvSeparator, dashboardCsv } from './dashboard-csv.ts';
import {
	daysLeftLabel,
	ownerOptions,
	REVIEW_STATES,
	reviewSummary,
	siteDashboardRows,
	sortValue,
	typeOptions,
	type DashboardRow,
	type ReviewSummary,
	type SortColumn,
} from './dashboard.ts';
import { reviewCsvPath, reviewPath } from './home.ts';
import { pageParam, pageTitle, type ListPage } from './paging.ts';
import { reviewPages } from './review-pages.ts';

export interface ReviewRowView extends DashboardRow {
	typeLabel: string;
	/** `data-sort` of each column. */
	sort: Record<SortColumn, string>;
	/** `in 12 days`, `due today`, `5 days overdue`; undefined without a review date. */
	daysLeftLabel: string | undefined;
}

export interface ReviewPage {
	/** The dashboard's name. */
	list: string;
	/** The page title: the name, with "page n of m" on a paged dashboard. */
	title: string;
	intro: string;
	trail: { label: string; href: string }[];
	languages: LanguageLink[];
	/** The counts over every document, not only this page's. */
	summary: ReviewSummary;
	page: ListPage<DashboardRow>;
	rows: ReviewRowView[];
	/** Filter options: the types, states and owners on this page. */
	types: { type: DocType; label: string }[];
	states: DashboardRow['state'][];
	owners: RoleRef[];
	columns: { key: SortColumn; label: string }[];
	csvPath: string;
	csvFileName: string;
	/** Strings for src/client/review-table.ts. */
	strings: { shown: string; sortedBy: string; ascending: string; descending: string };
}

/** The routes of every dashboard page: `{lang}/review/` and `{lang}/review/page/{n}/`. */
export function reviewRoutes(site: Site) {
	return site.languages.flatMap((lang) =>
		reviewPages(site, lang).map((page) => ({
			params: { lang, page: pageParam(page.number) },
			props: { lang, number: page.number },
		})),
	);
}

const COLUMNS = [
	['title', 'review.col.title'],
	['type', 'review.col.type'],
	['state', 'review.col.status'],
	['owner', 'review.col.owner'],
	['approver', 'review.col.approver'],
	['reviewedOn', 'review.col.reviewedOn'],
	['reviewBy', 'review.col.reviewBy'],
	['daysLeft', 'review.col.daysLeft'],
] as const satisfies readonly (readonly [SortColumn, string])[];

/** Page `number` (from 1) of the review dashboard in `lang`. */
export function reviewPage(site: Site, lang: Language, number: number): ReviewPage {
	const page = reviewPages(site, lang)[number - 1];
	if (!page) throw new Error(`Kodex: the review dashboard has no page ${number} in ${lang}.`);
	const typeLabel = (type: DocType) => t(lang, `docType.${type}`);
	const rows = page.items;
	const list = t(lang, 'review.title');
	return {
		list,
		title: pageTitle(lang, list, page),
		intro: t(lang, 'review.intro', { date: formatDate(site.today, lang) }),
		trail: [{ label: t(lang, 'nav.home'), href: homePath(lang) }],
		languages: languageLinks(lang, site.languages, reviewPath),
		summary: reviewSummary(siteDashboardRows(site, lang)),
		page,
		rows: rows.map((row) => ({
			...row,
			typeLabel: typeLabel(row.type),
			sort: Object.fromEntries(
				COLUMNS.map(([key]) => [key, sortValue(row, key, typeLabel)]),
			) as Record<SortColumn, string>,
			daysLeftLabel: daysLeftLabel(row.daysLeft, lang),
		})),
		types: typeOptions(rows, DOC_TYPE_NAMES).map((type) => ({ type, label: typeLabel(type) })),
		states: REVIEW_STATES.filter((s) => rows.some((r) => r.state === s)),
		owners: ownerOptions(rows, lang),
		columns: COLUMNS.map(([key, label]) => ({ key, label: t(lang, label) })),
		csvPath: reviewCsvPath(lang),
		csvFileName: csvFileName(site.config.company.name, site.today, lang),
		strings: {
			shown: t(lang, 'review.shown'),
			sortedBy: t(lang, 'review.captionSortedBy'),
			ascending: t(lang, 'review.ascending'),
			descending: t(lang, 'review.descending'),
		},
	};
}

/**
 * The dashboard as a spreadsheet (every document, see dashboard.ts `dashboardCsv`). Addresses
 * are absolute when the site's `address` is known, else root-relative under `base`.
 */
export function reviewCsv(
	site: Site,
	lang: Language,
	base: string,
	address: URL | string | undefined,
): string {
	return dashboardCsv(siteDashboardRows(site, lang), csvLabels(lang), csvSeparator(lang), (path) =>
		siteUrl(withBase(path, base), address),
	);
}
