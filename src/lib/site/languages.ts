/** The language switch: the same page in the site's other languages. */
import type { DocLink, Language } from './types.ts';
import { homePath } from './urls.ts';

export interface LanguageLink {
	lang: Language;
	href: string;
	/** True when the target is this page's counterpart (emitted as `<link rel="alternate">`); false for a fallback to that language's home. */
	translated: boolean;
}

/**
 * One link per other site language: to `pathFor(lang)` when the page exists
 * in that language, else to that language's home page.
 */
export function languageLinks(
	current: Language,
	languages: readonly Language[],
	pathFor: (lang: Language) => string | undefined,
): LanguageLink[] {
	return languages
		.filter((lang) => lang !== current)
		.map((lang) => {
			const path = pathFor(lang);
			return path
				? { lang, href: path, translated: true }
				: { lang, href: homePath(lang), translated: false };
		});
}

/** `pathFor` for a document page: its translations. */
export function translationPaths(
	translations: readonly DocLink[],
): (lang: Language) => string | undefined {
	return (lang) => translations.find((t) => t.language === lang)?.href;
}
