/**
 * The review dashboard as a spreadsheet, written once at build time to
 * `/{lang}/review/documents.csv`: UTF-8 with BOM, CRLF, `;` in German and `,`
 * in English (what Excel expects in each locale; see dashboard.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { href, languagePaths, loadSite } from '../../../astro/site.ts';
import {
	CSV_SEPARATOR,
	csvLabels,
	dashboardCsv,
	siteDashboardRows,
} from '../../../lib/site/lists/dashboard.ts';
import type { Language } from '../../../lib/site/model/types.ts';

export const getStaticPaths: GetStaticPaths = languagePaths;

export const GET: APIRoute = async ({ props }) => {
	const lang = (props as { lang: Language }).lang;
	const site = await loadSite();
	const rows = siteDashboardRows(site, lang);
	const csv = dashboardCsv(rows, csvLabels(lang), CSV_SEPARATOR[lang], href);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
