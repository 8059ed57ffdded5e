/**
 * The review dashboard as a CSV download that opens in Excel with a double
 * click: the columns and their labels in the reader's language, the separator
 * of the reader's locale and the file name. Pure; the rows come from
 * dashboard.ts.
 */
import { t } from '../../../i18n/index.ts';
import { csvLine } from '../../util/csv.ts';
import { slugify } from '../../util/slug.ts';
import type { DashboardRow, DashboardState } from './dashboard.ts';
import type { DocType, Language, Status } from '../model/types.ts';

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
	return slugify(name) || 'handbook';
}

/**
 * The file name the CSV download is saved under: the handbook's company and the
 * build date, `beispiel-rohrwerk-gmbh-review-2026-12-04.csv` (localised word).
 */
export function csvFileName(company: string, today: string, lang: Language): string {
	return t(lang, 'review.csvFile', { handbook: fileNamePart(company), date: today });
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
