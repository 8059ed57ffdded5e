/**
 * The versions of a document that can be compared, and the comparison pages'
 * data: the current file and the commits that have comparison pages (newest
 * first, published versions only), each read once from git (src/astro/cache.ts).
 * Used by the comparison pages and by the versions file, so both list the same
 * versions; worked out once per document and git read (and site model).
 */
import { publicationOptions, type GitHistory } from './cache.ts';
import { commitSnapshot, loadSiteHistory, publishedDiffCommits } from './history.ts';
import { loadSite } from './site.ts';
import type { FileCommit } from '../lib/history/types.ts';
import { comparisonPage, type ComparisonPage } from '../lib/site/document/comparison-page.ts';
import { idNames } from '../lib/site/document/diff-labels.ts';
import {
	CURRENT,
	publishedVersions,
	versionsFile,
	type VersionInput,
} from '../lib/site/document/versions-file.ts';
import type { VersionsFile } from '../lib/site/document/compare.ts';
import type { Site } from '../lib/site/model/site.ts';
import { folderOf } from '../lib/site/model/site.ts';
import type { DocType, Language } from '../lib/site/model/types.ts';

const versionsByRead = new WeakMap<
	GitHistory,
	WeakMap<Site, Map<string, Promise<VersionInput[]>>>
>();

/** The published versions of a document, newest first; [] without history. */
async function comparableVersions(type: DocType, id: string): Promise<VersionInput[]> {
	const [site, history] = await Promise.all([loadSite(), loadSiteHistory()]);
	let bySite = versionsByRead.get(history.git);
	if (!bySite) versionsByRead.set(history.git, (bySite = new WeakMap()));
	let byDoc = bySite.get(site);
	if (!byDoc) bySite.set(site, (byDoc = new Map()));
	const key = `${type}/${id}`;
	let found = byDoc.get(key);
	if (!found) byDoc.set(key, (found = readVersions(site, type, id)));
	return found;
}

async function readVersions(site: Site, type: DocType, id: string): Promise<VersionInput[]> {
	const doc = site.find(type, id);
	const git = (await loadSiteHistory()).doc(type, id);
	if (!doc || !git) return [];
	const newest = git.state.file?.commits[0];
	const versions: VersionInput[] = [
		{
			key: CURRENT,
			version: doc.data.version,
			date: git.state.uncommitted ? undefined : newest?.date,
			snapshot: git.current,
		},
	];
	for (const commit of await publishedDiffCommits(type, id)) {
		const snapshot = await commitSnapshot(commit);
		if (snapshot)
			versions.push({
				key: commit.shortHash,
				version: git.state.versions.get(commit.hash),
				date: commit.date,
				snapshot,
			});
	}
	return publishedVersions(versions, publicationOptions());
}

/** One comparison page's route: the document and the earlier commit. */
export interface ComparisonRoute {
	params: { lang: Language; section: string; id: string; commit: string };
	props: { type: DocType; id: string; commit: FileCommit };
}

/** Every comparison page: one per document and published earlier version, in the document's language. */
export async function comparisonRoutes(): Promise<ComparisonRoute[]> {
	const site = await loadSite();
	const pages = await Promise.all(
		site.docs.map(async (doc) => ({ doc, commits: await publishedDiffCommits(doc.type, doc.id) })),
	);
	return pages.flatMap(({ doc, commits }) =>
		commits.map((commit) => ({
			params: {
				lang: doc.data.language,
				section: folderOf(doc.type),
				id: doc.id,
				commit: commit.shortHash,
			},
			props: { type: doc.type, id: doc.id, commit },
		})),
	);
}

/** A comparison page's data (see comparison-page.ts). */
export async function loadComparisonPage(
	type: DocType,
	id: string,
	commit: FileCommit,
): Promise<ComparisonPage> {
	const [site, history] = await Promise.all([loadSite(), loadSiteHistory()]);
	const doc = site.find(type, id);
	const git = history.doc(type, id);
	if (!doc || !git) throw new Error(`Kodex: document ${type}/${id} vanished while rendering.`);
	const [before, versions] = await Promise.all([
		commitSnapshot(commit),
		comparableVersions(type, id),
	]);
	return comparisonPage({ site, doc, git, commit, before, versions });
}

/** One versions file's route: a document that has comparison pages. */
export interface VersionsRoute {
	params: { lang: Language; section: string; id: string };
	props: { type: DocType; id: string };
}

/** The versions files: beside the comparison pages, for documents that have some. */
export async function versionsRoutes(): Promise<VersionsRoute[]> {
	const site = await loadSite();
	const pages = await Promise.all(
		site.docs.map(async (doc) => ({ doc, commits: await publishedDiffCommits(doc.type, doc.id) })),
	);
	return pages
		.filter(({ commits }) => commits.length > 0)
		.map(({ doc }) => ({
			params: { lang: doc.data.language, section: folderOf(doc.type), id: doc.id },
			props: { type: doc.type, id: doc.id },
		}));
}

/** A document's versions file (see versions-file.ts). */
export async function loadVersionsFile(type: DocType, id: string): Promise<VersionsFile> {
	const site = await loadSite();
	const doc = site.find(type, id);
	if (!doc) throw new Error(`Kodex: document ${type}/${id} vanished while rendering.`);
	const lang = doc.data.language;
	const roles = site.context(lang).roles;
	return versionsFile(await comparableVersions(type, id), {
		lang,
		roles,
		names: idNames(roles, lang),
		publication: publicationOptions(),
	});
}
