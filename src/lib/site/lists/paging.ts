/**
 * Numbered pages for lists that grow with the handbook (the review dashboard,
 * the section indexes): the first page at the list's own address, the others
 * at `<list>page/<n>/`. Every page links every other one, so each entry is
 * reachable without JavaScript, and the pages stay small at any size.
 * Pure: the pages pass the entries and the list's address.
 */
import { t } from '../../../i18n/index.ts';
import type { Language } from '../model/types.ts';

/** Review dashboard rows per page (about 1 KB of HTML each). */
export const REVIEW_PAGE_SIZE = 100;
/** Section index entries per page (about 0.4 KB of HTML each). */
export const SECTION_PAGE_SIZE = 200;

export interface PageLink {
	/** 1 for the first page. */
	number: number;
	href: string;
}

export interface ListPage<T> {
	/** The entries on this page. */
	items: T[];
	/** 1 for the first page. */
	number: number;
	/** How many pages the list has (at least 1). */
	count: number;
	/** Position of the first and last entry of this page in the whole list, from 1. */
	first: number;
	last: number;
	/** Entries in the whole list. */
	total: number;
	/** Index of this page's first entry in the whole list (0 on the first page). */
	offset: number;
	href: string;
	previous: PageLink | undefined;
	next: PageLink | undefined;
	/** Every page of the list, this one included (for the numbered links). */
	pages: PageLink[];
}

/** `/de/review/` for page 1, `/de/review/page/3/` for page 3. */
export function listPagePath(listPath: string, number: number): string {
	return number <= 1 ? listPath : `${listPath}page/${number}/`;
}

/**
 * `items` cut into pages of `size`, in their order; one (empty) page for an
 * empty list, so the list's own address always exists.
 */
export function paginate<T>(items: readonly T[], size: number, listPath: string): ListPage<T>[] {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`Page size ${size} is not ≥ 1.`);
	const count = Math.max(1, Math.ceil(items.length / size));
	const pages: PageLink[] = Array.from({ length: count }, (_, i) => ({
		number: i + 1,
		href: listPagePath(listPath, i + 1),
	}));
	return pages.map((link, i) => {
		const offset = i * size;
		const slice = items.slice(offset, offset + size);
		return {
			items: slice,
			number: link.number,
			count,
			first: slice.length === 0 ? 0 : offset + 1,
			last: offset + slice.length,
			total: items.length,
			offset,
			href: link.href,
			previous: pages[i - 1],
			next: pages[i + 1],
			pages,
		};
	});
}

/**
 * The `getStaticPaths` parameter of a page: undefined for the first (the list's
 * own address, via a rest parameter), `page/<n>` for the others.
 */
export function pageParam(number: number): string | undefined {
	return number <= 1 ? undefined : `page/${number}`;
}

/** A page's title: the list's own on its only page, else `Richtlinien, Seite 2 von 3`. */
export function pageTitle(
	lang: Language,
	list: string,
	page: Pick<ListPage<unknown>, 'number' | 'count'>,
): string {
	return page.count > 1
		? t(lang, 'listPager.title', { title: list, number: page.number, count: page.count })
		: list;
}

/**
 * `compute()` once per key object and name: a list's pages are computed once
 * per site model, not once for each of its pages.
 */
export function memoPages<K extends object, T>(
	cache: WeakMap<K, Map<string, T>>,
	key: K,
	name: string,
	compute: () => T,
): T {
	let byName = cache.get(key);
	if (!byName) cache.set(key, (byName = new Map()));
	let value = byName.get(name);
	if (value === undefined) byName.set(name, (value = compute()));
	return value;
}
