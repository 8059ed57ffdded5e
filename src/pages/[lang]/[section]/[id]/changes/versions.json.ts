/**
 * `/{lang}/{folder}/{id}/changes/versions.json`: every published version of a
 * document that has comparison pages (the current one and the commits those
 * pages compare), with data, date and approval — for comparing any two versions
 * in the browser (src/client/compare-run.ts), which fetches it on first use.
 * Written once per document at build time; see versions-file.ts for what goes in.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publicationOptions } from '../../../../../astro/cache.ts';
import { publishedDiffCommits } from '../../../../../astro/history.ts';
import { comparableVersions } from '../../../../../astro/versions.ts';
import { loadSite } from '../../../../../astro/site.ts';
import { idNames } from '../../../../../lib/site/document/diff-labels.ts';
import { versionsFile } from '../../../../../lib/site/document/versions-file.ts';
import { folderOf } from '../../../../../lib/site/model/site.ts';
import type { DocType } from '../../../../../lib/site/model/types.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	const site = await loadSite();
	const pages = await Promise.all(
		site.docs.map(async (doc) => ({ doc, commits: await publishedDiffCommits(doc.type, doc.id) })),
	);
	// Beside the comparison pages: only documents that have some.
	return pages
		.filter(({ commits }) => commits.length > 0)
		.map(({ doc }) => ({
			params: { lang: doc.data.language, section: folderOf(doc.type), id: doc.id },
			props: { type: doc.type, id: doc.id },
		}));
};

export const GET: APIRoute = async ({ props }) => {
	const { type, id } = props as { type: DocType; id: string };
	const site = await loadSite();
	const doc = site.find(type, id);
	if (!doc) throw new Error(`Kodex: document ${type}/${id} vanished while rendering.`);
	const lang = doc.data.language;
	const roles = site.context(lang).roles;
	const file = versionsFile(await comparableVersions(type, id), {
		lang,
		roles,
		names: idNames(roles, lang),
		publication: publicationOptions(),
	});
	return new Response(JSON.stringify(file), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
