/**
 * Sorting and filtering of the review dashboard table. Pure and tiny: the
 * page's script (src/client/review-table.ts) imports it, and the unit tests
 * check it without a browser. Cells carry their sort value in `data-sort`
 * (see dashboard.ts `sortValue`).
 */

export type SortDirection = 'ascending' | 'descending';

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Compares two sort values. Numbers compare as numbers, everything else as
 * text in `lang` (case-insensitive, digits by value). An empty value means "not
 * set" and goes last in both directions, so sorting by review date never puts
 * documents without a date on top.
 */
export function compareSortValues(
	a: string,
	b: string,
	direction: SortDirection,
	lang: string,
): number {
	if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
	const sign = direction === 'ascending' ? 1 : -1;
	if (NUMBER.test(a) && NUMBER.test(b)) return sign * (Number(a) - Number(b));
	return sign * a.localeCompare(b, lang, { numeric: true, sensitivity: 'base' });
}

/** The direction after a click on a column header: ascending first, then toggling. */
export function nextDirection(current: SortDirection | 'none' | null | undefined): SortDirection {
	return current === 'ascending' ? 'descending' : 'ascending';
}

export interface RowFacts {
	type: string;
	state: string;
	owner: string;
}

export interface RowFilters {
	/** '' matches every value. */
	type: string;
	state: string;
	owner: string;
	overdueOnly: boolean;
}

export const NO_FILTERS: RowFilters = { type: '', state: '', owner: '', overdueOnly: false };

/** Whether a row passes every filter. */
export function rowMatches(row: RowFacts, filters: RowFilters): boolean {
	return (
		(filters.type === '' || row.type === filters.type) &&
		(filters.state === '' || row.state === filters.state) &&
		(filters.owner === '' || row.owner === filters.owner) &&
		(!filters.overdueOnly || row.state === 'overdue')
	);
}

/** Number of filters that narrow the table (for "2 filters active"). */
export function activeFilterCount(filters: RowFilters): number {
	return (
		Number(filters.type !== '') +
		Number(filters.state !== '') +
		Number(filters.owner !== '') +
		Number(filters.overdueOnly)
	);
}
