/**
 * Which documents a build publishes, and which of them search may index: one predicate for
 * the content loaders (pages, lists, feeds, CSV, "What changed") and the manifest.
 *
 * - Drafts only in previews (dev, or KODEX_DRAFTS=1).
 * - Confidential documents only when KODEX_CONFIDENTIAL is `1` (pages with a banner, left out
 *   of search) or `search` (indexed too).
 */
import type { Classification, Status } from '../../../schemas/index.ts';

export type ConfidentialMode = 'exclude' | 'include' | 'search';

export interface PublicationOptions {
	includeDrafts: boolean;
	confidential: ConfidentialMode;
}

/** The fields that decide; `classification` left out means internal. */
export interface Publishable {
	status: Status;
	classification?: Classification | undefined;
}

/** KODEX_CONFIDENTIAL: unset or empty excludes, `1` includes, `search` includes and indexes. */
export function confidentialMode(env: NodeJS.ProcessEnv = process.env): ConfidentialMode {
	const value = env['KODEX_CONFIDENTIAL']?.trim();
	if (value === 'search') return 'search';
	if (value === '1') return 'include';
	return 'exclude';
}

export function isPublished(doc: Publishable, options: PublicationOptions): boolean {
	if (doc.status === 'draft' && !options.includeDrafts) return false;
	if (doc.classification === 'confidential' && options.confidential === 'exclude') return false;
	return true;
}

/** Whether a published document's page goes into the search index. */
export function isSearchable(
	doc: Publishable,
	options: Pick<PublicationOptions, 'confidential'>,
): boolean {
	return doc.classification !== 'confidential' || options.confidential === 'search';
}
