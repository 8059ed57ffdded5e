/**
 * The view context of a reader page: the indexes of the site with every link
 * pointing where a reader of the page's language should go (the translation,
 * else the fallback page in that language) and showing the version it leads to.
 */
import type { ViewContext } from './context.ts';
import { createPathOf, createVersionOf } from './languages.ts';
import { localizeRoleIndex } from './roles.ts';
import type { Language, SiteDoc } from './types.ts';

export interface ReaderSite {
	docs: readonly SiteDoc[];
	languages: readonly Language[];
	context(lang: Language): ViewContext;
}

const cache = new WeakMap<ReaderSite, Map<Language, ViewContext>>();

/** The localised view context for pages in `lang`; computed once per site and language. */
export function readerContext(site: ReaderSite, lang: Language): ViewContext {
	let byLang = cache.get(site);
	if (!byLang) cache.set(site, (byLang = new Map()));
	const cached = byLang.get(lang);
	if (cached) return cached;
	const base = site.context(lang);
	const pathOf = createPathOf(site.docs, site.languages, lang);
	const ctx: ViewContext = {
		...base,
		pathOf,
		versionOf: createVersionOf(site.docs, lang),
		roles: localizeRoleIndex(base.roles, pathOf),
	};
	byLang.set(lang, ctx);
	return ctx;
}
