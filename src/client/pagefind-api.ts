/**
 * The part of Pagefind's JavaScript API the search UI uses (the bundle the
 * build writes to `/pagefind/pagefind.js`). Types only: nothing of it ends up
 * in the page's JavaScript.
 */
import type { SectionHit } from '../lib/site/chrome/search-keys.ts';

/** What `result.data()` gives for one page. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[] | undefined>;
	sub_results?: SectionHit[];
}

/** A filter sent to Pagefind: any of these values (one per label language). */
export type FilterValue = { any: string[] };

export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void> | void;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, FilterValue> },
	): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}
