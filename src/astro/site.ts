/**
 * The site model for the pages: built from the validated handbook in the
 * process cache (src/astro/cache.ts), once per validation result and day, so
 * every page rendered from the same result shares it. Content collections
 * are used only to compile MDX bodies (`renderBody`).
 */
import { getEntry, render } from 'astro:content';
import type { DocType } from '../../schemas/index.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { publishedDocs } from '../lib/site/model/docs.ts';
import { buildSite, type Site } from '../lib/site/model/site.ts';
import type { SiteDoc } from '../lib/site/model/types.ts';
import { withBase } from '../lib/site/model/urls.ts';
import { today } from '../lib/domain/today.ts';
import type { ValidationResult } from '../lib/validate.ts';
import { getValidation, publicationOptions } from './cache.ts';
import { isBodyType } from './loader.ts';

let cached: { result: ValidationResult; today: string; site: Site } | undefined;

/** The site model of the current validation result (a new one after an edit in dev). */
export async function loadSite(): Promise<Site> {
	const result = await getValidation(resolveContentDir().abs);
	const day = today();
	if (cached?.result !== result || cached.today !== day) {
		const publication = publicationOptions();
		const docs = publishedDocs(result.handbook, publication).map(
			(doc) => ({ type: doc.type, id: doc.data.id, data: doc.data }) as SiteDoc,
		);
		const config = result.handbook.config?.data;
		cached = {
			result,
			today: day,
			site: buildSite(config, docs, day, publication.confidential),
		};
	}
	return cached.site;
}

/**
 * The compiled MDX body of a document, and whether it marks glossary terms (the
 * page then loads the term script); undefined for a YAML document.
 */
export async function renderBody(type: DocType, id: string) {
	if (!isBodyType(type)) return undefined;
	const entry = await getEntry(type, id);
	if (!entry) throw new Error(`Kodex: the body of ${type}/${id} is missing from its collection.`);
	const { Content } = await render(entry);
	return { Content, marksTerms: entry.body?.includes(':term[') ?? false };
}

/** A root-relative path with the configured base. */
export function href(path: string): string {
	return withBase(path, import.meta.env.BASE_URL);
}

/** `getStaticPaths` of a page that exists once per site language, e.g. `/de/review/`. */
export async function languagePaths() {
	const site = await loadSite();
	return site.languages.map((lang) => ({ params: { lang }, props: { lang } }));
}
