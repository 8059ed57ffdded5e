/** The glossary page of one language: its terms, sorted, and where the other languages' glossaries are. */
import { t } from '../../../i18n/index.ts';
import { buildGlossary, glossaryPath, type GlossaryEntry } from '../../domain/glossary.ts';
import { languageLinks, type LanguageLink } from '../model/languages.ts';
import type { Site } from '../model/site.ts';
import type { Language } from '../model/types.ts';
import { homePath } from '../model/urls.ts';

export interface GlossaryPage {
	title: string;
	intro: string;
	trail: { label: string; href: string }[];
	/** The glossary in the other site languages (their home page where they have no terms). */
	languages: LanguageLink[];
	entries: GlossaryEntry[];
}

/** The languages that have terms, each with a glossary page. */
export function glossaryRoutes(site: Site) {
	const glossary = buildGlossary(site.config.glossary);
	return site.languages
		.filter((lang) => glossary.entries(lang).length > 0)
		.map((lang) => ({ params: { lang }, props: { lang } }));
}

export function glossaryPage(site: Site, lang: Language): GlossaryPage {
	const glossary = buildGlossary(site.config.glossary);
	const withGlossary = site.languages.filter((l) => glossary.entries(l).length > 0);
	return {
		title: t(lang, 'glossary.title'),
		intro: t(lang, 'glossary.intro'),
		trail: [{ label: t(lang, 'nav.home'), href: homePath(lang) }],
		languages: languageLinks(lang, site.languages, (l) =>
			withGlossary.includes(l) ? glossaryPath(l) : undefined,
		),
		entries: glossary.entries(lang),
	};
}
