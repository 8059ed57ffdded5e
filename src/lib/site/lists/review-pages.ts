/**
 * The review dashboard's pages: the rows in urgency order (most urgent on the
 * first page), {@link REVIEW_PAGE_SIZE} per page, so that the dashboard stays
 * small at any handbook size. The CSV keeps every row in one file.
 */
import type { Site } from '../model/site.ts';
import type { Language } from '../model/types.ts';
import { siteDashboardRows, type DashboardRow } from './dashboard.ts';
import { reviewPath } from './home.ts';
import { memoPages, paginate, REVIEW_PAGE_SIZE, type ListPage } from './paging.ts';

const cache = new WeakMap<Site, Map<string, ListPage<DashboardRow>[]>>();

/** Every page of the dashboard in `lang`, computed once per site model. */
export function reviewPages(site: Site, lang: Language): ListPage<DashboardRow>[] {
	return memoPages(cache, site, lang, () =>
		paginate(siteDashboardRows(site, lang), REVIEW_PAGE_SIZE, reviewPath(lang)),
	);
}
