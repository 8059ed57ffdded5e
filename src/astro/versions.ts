/**
 * The versions of a document that can be compared: the current file and the
 * commits that have comparison pages (newest first, published versions only), each read once from git
 * (src/astro/cache.ts). Used by the comparison pages' version pickers and by
 * the versions file, so both list the same versions.
 */
import { publicationOptions } from './cache.ts';
import { commitSnapshot, loadSiteHistory, publishedDiffCommits } from './history.ts';
import { loadSite } from './site.ts';
import {
	CURRENT,
	publishedVersions,
	type VersionInput,
} from '../lib/site/document/versions-file.ts';
import type { DocType } from '../lib/site/model/types.ts';

/** The published versions of a document, newest first; [] without history. */
export async function comparableVersions(type: DocType, id: string): Promise<VersionInput[]> {
	const [site, history] = await Promise.all([loadSite(), loadSiteHistory()]);
	const doc = site.find(type, id);
	const git = history.doc(type, id);
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
