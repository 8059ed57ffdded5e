/**
 * What every page of one language shares, computed once per site model and
 * language instead of once per page: the search dialog's filter groups and
 * the header's crisis link, the brand colours and the logo. Also the search filters of one document page,
 * from the channel platforms worked out once per site model.
 */
import type { CrisisLink } from '../by-type/crisis.ts';
import {
	channelPlatforms,
	docFacets,
	facetFilters,
	facetLabel,
	searchFilterGroups,
	type FilterGroup,
	type Platform,
} from './facets.ts';
import { glossaryPath, hasGlossary } from '../../domain/glossary.ts';
import { brandStyle } from './brand.ts';
import { logoPath, type Site } from '../model/site.ts';
import type { Language, SiteDoc } from '../model/types.ts';

export interface LanguageChrome {
	/** The search dialog's filter groups; a group shows only when it offers a choice. */
	searchFilters: FilterGroup[];
	/** The page language as the language filter names it. */
	ownLanguage: string;
	/** The header's link to the main crisis playbook, if one is in force. */
	crisis: CrisisLink | undefined;
	/** The footer's link to the glossary page, if the handbook defines terms in this language. */
	glossary: string | undefined;
	/** The brand colour adjusted for AA contrast, as custom properties on `<html>` (brand.ts). */
	brand: string | undefined;
	/** The logo's path, for the icon; undefined without a logo. */
	logo: string | undefined;
}

const chromes = new WeakMap<Site, Map<Language, LanguageChrome>>();
const platforms = new WeakMap<Site, Map<string, Platform>>();

/** The shared parts of every page in `lang` of `site`. */
export function languageChrome(site: Site, lang: Language): LanguageChrome {
	let byLang = chromes.get(site);
	if (!byLang) chromes.set(site, (byLang = new Map()));
	let chrome = byLang.get(lang);
	if (!chrome) {
		chrome = {
			searchFilters: searchFilterGroups(site.docs, site.languages, lang, site.vocabulary).filter(
				(g) => g.options.length > (g.key === 'type' ? 0 : 1),
			),
			ownLanguage: facetLabel('language', lang, lang, site.vocabulary),
			crisis: site.crisisLink(lang),
			glossary: hasGlossary(site.config, lang) ? glossaryPath(lang) : undefined,
			brand: brandStyle(site.config.company.primaryColor),
			logo: logoPath(site.config),
		};
		byLang.set(lang, chrome);
	}
	return chrome;
}

/** Pagefind filters (legal area, channel, audience) of a document shown on its own page. */
export function docSearchFilters(site: Site, doc: SiteDoc): string[] {
	let byId = platforms.get(site);
	if (!byId) platforms.set(site, (byId = channelPlatforms(site.docs)));
	return facetFilters(docFacets(doc, byId, site.vocabulary), doc.data.language, site.vocabulary);
}
