/**
 * The review dashboard as a spreadsheet, written once at build time to
 * `/{lang}/review/documents.csv`: UTF-8 with BOM, CRLF, `;` in German and `,`
 * in English (what Excel expects in each locale; see dashboard.ts). Addresses are
 * absolute when `site` is set in astro.config.mjs, else root-relative. The
 * dashboard's script copies the rows it shows from this file when filters are on.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languagePaths, loadSite } from '../../../astro/site.ts';
import { reviewCsv } from '../../../lib/site/lists/review-view.ts';
import type { Language } from '../../../lib/site/model/types.ts';

export const getStaticPaths: GetStaticPaths = languagePaths;

export const GET: APIRoute = async ({ props, site: address }) => {
	const lang = (props as { lang: Language }).lang;
	const csv = reviewCsv(await loadSite(), lang, import.meta.env.BASE_URL, address);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
