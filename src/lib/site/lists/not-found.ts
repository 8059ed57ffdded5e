/** The "page not found" page of one language: where its language switch leads (the home pages). */
import { languageLinks, type LanguageLink } from '../model/languages.ts';
import type { Site } from '../model/site.ts';
import type { Language } from '../model/types.ts';
import { homePath } from '../model/urls.ts';

export interface NotFoundPage {
	lang: Language;
	/** The home page of the page's language. */
	home: string;
	/** The other languages' home pages: a missing page has no translation to link. */
	languages: LanguageLink[];
}

export function notFoundPage(site: Site, lang: Language): NotFoundPage {
	return {
		lang,
		home: homePath(lang),
		languages: languageLinks(lang, site.languages, () => undefined),
	};
}

/** The not-found pages at /{lang}/404.html: every site language but the default one (/404.html). */
export function notFoundRoutes(site: Site) {
	return site.languages
		.filter((lang) => lang !== site.defaultLanguage)
		.map((lang) => ({ params: { lang }, props: { lang } }));
}
