/**
 * The "What changed" page as an Atom 1.0 feed, written once at build time to
 * `/{lang}/changes/feed.xml`: the newest FEED_LIMIT (50) commits. Links are
 * absolute when `site` is set in astro.config.mjs, otherwise root-relative
 * (feed readers resolve them against the feed's address).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChangesFeed } from '../../../astro/changes.ts';
import { languagePaths } from '../../../astro/site.ts';
import type { Language } from '../../../lib/site/model/types.ts';

export const getStaticPaths: GetStaticPaths = languagePaths;

export const GET: APIRoute = async ({ props, site: address }) => {
	const xml = await loadChangesFeed((props as { lang: Language }).lang, address);
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
