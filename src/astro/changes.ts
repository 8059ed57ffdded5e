/**
 * The "What changed" page and its Atom feed: the newest changes from git
 * (changesFor in history.ts), shaped once per page by src/lib/site/lists.
 */
import { changesFor } from './history.ts';
import { href, loadSite } from './site.ts';
import { changesFeed } from '../lib/site/lists/changes-feed.ts';
import {
	CHANGES_LIMIT,
	changesPath,
	feedPath,
	FEED_LIMIT,
} from '../lib/site/lists/changes-page.ts';
import { changesPage, type ChangesPage } from '../lib/site/lists/changes-view.ts';
import { siteUrl } from '../lib/site/lists/atom.ts';
import type { Language } from '../lib/site/model/types.ts';

/** The "What changed" page in `lang`, with the uncommitted changes. */
export async function loadChangesPage(lang: Language): Promise<ChangesPage> {
	const site = await loadSite();
	const { history, entries, now } = await changesFor(site, lang, CHANGES_LIMIT, {
		uncommitted: true,
	});
	return changesPage({
		lang,
		languages: site.languages,
		company: site.config.company.name,
		history,
		entries,
		now,
	});
}

/**
 * The Atom feed in `lang`: the newest FEED_LIMIT commits. Links are absolute when
 * `address` (astro.config.mjs `site`) is set, otherwise root-relative.
 */
export async function loadChangesFeed(lang: Language, address: URL | undefined): Promise<string> {
	const site = await loadSite();
	const { entries } = await changesFor(site, lang, FEED_LIMIT);
	return changesFeed({
		lang,
		company: site.config.company.name,
		entries,
		url: (path) => siteUrl(href(path), address),
		selfPath: feedPath(lang),
		pagePath: changesPath(lang),
		now: new Date().toISOString(),
	});
}
