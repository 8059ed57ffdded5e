/** Builds the Pagefind search index for the finished site with Pagefind's Node API. */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { excludedSelectors, type SearchIndexSettings } from '../lib/site/chrome/search-index.ts';

/**
 * Pagefind's ready-made UIs, which `writeFiles` always emits. Kodex has its own
 * search UI (src/client/search-ui.ts) on Pagefind's JavaScript API, so these are
 * removed: nothing links them. `pagefind.js`, its worker, the wasm and the index stay.
 */
export const UNUSED_UI_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
] as const;

export class SearchIndexError extends Error {}

export interface SearchIndexStats {
	pageCount: number;
	outputPath: string;
}

function check(step: string, errors: readonly string[]): void {
	if (errors.length > 0) {
		throw new SearchIndexError(
			`Building the search index failed while ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`,
		);
	}
}

/**
 * Indexes every HTML page in `distDir` and writes the index to `distDir/pagefind`.
 * Labels, metadata and (unless `settings.indexContacts`) contact details stay out
 * of the indexed text (src/lib/site/chrome/search-index.ts).
 */
export async function buildSearchIndex(
	distDir: string,
	settings: SearchIndexSettings = {},
): Promise<SearchIndexStats> {
	try {
		const created = await pagefind.createIndex({ excludeSelectors: excludedSelectors(settings) });
		check('starting Pagefind', created.errors);
		const index = created.index;
		if (!index)
			throw new SearchIndexError('Building the search index failed: Pagefind returned no index.');
		const added = await index.addDirectory({ path: distDir });
		check(`reading the pages in ${distDir}`, added.errors);
		const outputPath = path.join(distDir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		check(`writing ${outputPath}`, written.errors);
		await Promise.all(UNUSED_UI_FILES.map((f) => rm(path.join(outputPath, f), { force: true })));
		return { pageCount: added.page_count, outputPath };
	} finally {
		await pagefind.close();
	}
}
