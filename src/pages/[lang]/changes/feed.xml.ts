/**
 * The "What changed" page as an Atom 1.0 feed, written once at build time to
 * `/{lang}/changes/feed.xml`: the newest FEED_LIMIT (50) commits. Links are
 * absolute when `site` is set in astro.config.mjs, otherwise root-relative
 * (feed readers resolve them against the feed's address).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { changesFor } from '../../../astro/history.ts';
import { href, languagePaths, loadSite } from '../../../astro/site.ts';
import { changesPath, feedPath, FEED_LIMIT } from '../../../lib/site/lists/changes-page.ts';
import { changesFeed } from '../../../lib/site/lists/changes-feed.ts';
import { siteUrl } from '../../../lib/site/lists/atom.ts';
import type { Language } from '../../../lib/site/model/types.ts';

export const getStaticPaths: GetStaticPaths = languagePaths;

export const GET: APIRoute = async ({ props, site: address }) => {
	const lang = (props as { lang: Language }).lang;
	const site = await loadSite();
	const { entries } = await changesFor(site, lang, FEED_LIMIT);
	const xml = changesFeed({
		lang,
		company: site.config.company.name,
		entries,
		url: (path) => siteUrl(href(path), address),
		selfPath: feedPath(lang),
		pagePath: changesPath(lang),
		now: new Date().toISOString(),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
