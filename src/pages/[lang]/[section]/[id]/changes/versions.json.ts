/**
 * `/{lang}/{folder}/{id}/changes/versions.json`: every published version of a
 * document that has comparison pages (the current one and the commits those
 * pages compare), with data, date and approval — for comparing any two versions
 * in the browser (src/client/compare-run.ts), which fetches it on first use.
 * Written once per document at build time; see versions-file.ts for what goes in.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadVersionsFile, versionsRoutes } from '../../../../../astro/versions.ts';
import type { DocType } from '../../../../../lib/site/model/types.ts';

export const getStaticPaths: GetStaticPaths = versionsRoutes;

export const GET: APIRoute = async ({ props }) => {
	const { type, id } = props as { type: DocType; id: string };
	const file = await loadVersionsFile(type, id);
	return new Response(JSON.stringify(file), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
