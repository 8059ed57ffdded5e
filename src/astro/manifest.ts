/** Writes `kodex-manifest.json` into the build output, from the same validated model the pages use. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
	buildManifest,
	collectManifestInput,
	manifestJson,
	MANIFEST_FILE,
} from '../lib/manifest.ts';
import type { Handbook } from '../lib/model/model.ts';
import { confidentialMode } from '../lib/domain/publication.ts';
import { getGitHistory } from './cache.ts';

export async function writeManifest(handbook: Handbook, distDir: string): Promise<number> {
	// The history the pages showed (read once per build), not a second git log.
	const { history } = await getGitHistory(handbook.contentDir);
	const input = await collectManifestInput(handbook, { history });
	const manifest = buildManifest({ ...input, confidential: confidentialMode() });
	await writeFile(path.join(distDir, MANIFEST_FILE), manifestJson(manifest));
	return manifest.documents.length;
}
