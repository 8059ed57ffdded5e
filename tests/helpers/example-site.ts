/**
 * The example handbook as the shared test build sees it: its published documents and site
 * languages (read with the same validator the build uses), so browser suites derive their
 * expectations from the content instead of hard-coding it.
 */
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { validate } from '../../src/lib/validate.ts';
import type { Language, SiteDoc } from '../../src/lib/site/model/types.ts';

export interface ExampleHandbook {
	/** Every document that reaches the site (drafts left out), as the site models it. */
	docs: SiteDoc[];
	/** The default language first, then the other available ones. */
	languages: Language[];
	defaultLang: Language;
}

export async function loadExample(): Promise<ExampleHandbook> {
	const result = await validate(resolveContentDir().abs);
	const config = result.handbook.config?.data;
	const defaultLang = config?.locales.default ?? 'de';
	const languages = [...new Set([defaultLang, ...(config?.locales.available ?? [])])];
	const docs = result.handbook.docs
		.filter((d) => d.data && d.data.status !== 'draft')
		.map((d) => ({ type: d.type, id: d.data!.id, data: d.data }) as SiteDoc);
	return { docs, languages, defaultLang };
}

/** The longest word (4+ letters) of a title: what the search tests look a document up by. */
export function longestWord(title: string): string {
	return (
		title
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w.length >= 4)
			.sort((a, b) => b.length - a.length)[0] ?? title
	);
}
