/**
 * Sorting and filtering for the review dashboard — loaded only on that page.
 * Without JavaScript the page is a plain, full table (and the filters are
 * hidden). Column headers become buttons; the sorted column carries
 * `aria-sort`. Filters apply at once and are kept in the address
 * (`?state=overdue&owner=…`), so the home page can link to a filtered view.
 * With a filter on, the CSV download holds only the rows shown, in the order
 * shown: their lines are copied from the built CSV (./documents.csv), whose
 * records follow the table's rows one to one (on a dashboard split into pages,
 * this page's rows from `data-csv-offset` on, out of `data-csv-total` records).
 */
import { csvRecords } from '../lib/util/csv.ts';
import {
	activeFilterCount,
	compareSortValues,
	nextDirection,
	rowMatches,
	type RowFilters,
	type SortDirection,
} from '../lib/site/chrome/table-sort.ts';

interface Strings {
	shown: string;
	sortedBy: string;
	ascending: string;
	descending: string;
}

/**
 * The `{name}` fill of src/lib/util/placeholders.ts, repeated on purpose: a module
 * shared by two page scripts becomes a chunk of its own, and the pre-publish page's
 * JavaScript then goes over its 5 KB budget (tests/integration/quality-gates.test.ts).
 */
const fill = (text: string, vars: Record<string, string | number>) =>
	text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));

function setUp(table: HTMLTableElement, panel: HTMLFieldSetElement | null): void {
	const body = table.tBodies[0];
	if (!body) return;
	const lang = table.dataset['lang'] ?? document.documentElement.lang;
	const strings = JSON.parse(table.dataset['strings'] ?? '{}') as Strings;
	const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-column]')];
	const rows = [...body.rows];
	const status = table.querySelector<HTMLElement>('[data-sort-status]');

	function sortBy(index: number, direction: SortDirection): void {
		const value = (row: HTMLTableRowElement) => row.cells[index]?.dataset['sort'] ?? '';
		const sorted = [...rows].sort(
			(a, b) =>
				compareSortValues(value(a), value(b), direction, lang) || rows.indexOf(a) - rows.indexOf(b),
		);
		body!.append(...sorted);
		headers.forEach((th, i) => {
			if (i === index) th.setAttribute('aria-sort', direction);
			else th.removeAttribute('aria-sort');
		});
		if (status)
			status.textContent = `, ${fill(strings.sortedBy, {
				column: headers[index]?.textContent?.trim() ?? '',
				direction: strings[direction],
			})}`;
	}

	headers.forEach((th, index) => {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort-button';
		button.append(...th.childNodes);
		const icon = document.createElement('span');
		icon.className = 'sort-icon';
		icon.setAttribute('aria-hidden', 'true');
		button.append(icon);
		th.append(button);
		button.addEventListener('click', () =>
			sortBy(index, nextDirection(th.getAttribute('aria-sort') as SortDirection | null)),
		);
	});

	if (!panel) return;
	const field = (name: string) =>
		panel.querySelector<HTMLInputElement & HTMLSelectElement>(`[name="${name}"]`);
	const shown = panel.querySelector<HTMLElement>('[data-review-shown]');
	const empty = document.querySelector<HTMLElement>('[data-review-empty]');

	function current(): RowFilters {
		return {
			type: field('type')?.value ?? '',
			state: field('state')?.value ?? '',
			owner: field('owner')?.value ?? '',
			overdueOnly: field('overdue')?.checked ?? false,
		};
	}

	function apply(updateAddress: boolean): void {
		const filters = current();
		let count = 0;
		for (const row of rows) {
			const match = rowMatches(
				{
					type: row.dataset['type'] ?? '',
					state: row.dataset['state'] ?? '',
					owner: row.dataset['owner'] ?? '',
				},
				filters,
			);
			row.hidden = !match;
			if (match) count++;
		}
		if (shown) shown.textContent = fill(strings.shown, { shown: count, total: rows.length });
		if (empty) empty.hidden = count > 0;
		if (updateAddress) {
			const params = new URLSearchParams();
			if (filters.type) params.set('type', filters.type);
			if (filters.state) params.set('state', filters.state);
			if (filters.owner) params.set('owner', filters.owner);
			if (filters.overdueOnly) params.set('overdue', '1');
			const query = params.toString();
			history.replaceState(null, '', query ? `?${query}` : location.pathname);
		}
	}

	// Start from the address: /review/?state=overdue (links from the home page).
	const params = new URLSearchParams(location.search);
	for (const name of ['type', 'state', 'owner']) {
		const select = field(name);
		const value = params.get(name);
		if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
	}
	const overdue = field('overdue');
	if (overdue) overdue.checked = params.get('overdue') === '1';

	panel.addEventListener('change', () => apply(true));
	panel.querySelector('[data-review-reset]')?.addEventListener('click', () => {
		for (const name of ['type', 'state', 'owner']) {
			const select = field(name);
			if (select) select.value = '';
		}
		if (overdue) overdue.checked = false;
		apply(true);
	});
	apply(false);

	const download = document.querySelector<HTMLAnchorElement>('a[data-review-csv]');
	download?.addEventListener('click', (event) => {
		if (activeFilterCount(current()) === 0) return; // the full file, as built
		event.preventDefault();
		const shownRows = [...body!.rows].filter((row) => !row.hidden);
		const offset = Number(table.dataset['csvOffset'] ?? 0);
		void filteredCsv(
			download.href,
			shownRows.map((row) => offset + rows.indexOf(row)),
			Number(table.dataset['csvTotal'] ?? rows.length),
		).then((text) => {
			const link = document.createElement('a');
			link.download = download.download;
			link.href = text
				? URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
				: download.href;
			link.click();
			if (text) setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
		});
	});
}

/**
 * The built CSV with only the records `indexes` (0 = first record),
 * heading and byte order mark kept; undefined when the file does not have one
 * record per dashboard row (`total`), so it cannot match.
 */
async function filteredCsv(
	url: string,
	indexes: readonly number[],
	total: number,
): Promise<string | undefined> {
	const response = await fetch(url);
	if (!response.ok) return undefined;
	// text() drops the byte order mark (CSV_BOM in dashboard-csv.ts); Excel needs it back.
	const text = (await response.text()).replace(/^\uFEFF/, '');
	const [heading, ...records] = csvRecords(text);
	if (heading === undefined || records.length !== total) return undefined;
	return `\uFEFF${[heading, ...indexes.map((i) => records[i])].join('\r\n')}\r\n`;
}

const table = document.querySelector<HTMLTableElement>('table[data-review-table]');
if (table) setUp(table, document.querySelector<HTMLFieldSetElement>('[data-review-filters]'));
