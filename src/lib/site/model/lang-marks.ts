/**
 * Language marks for a document title in a list or a reference. A link may
 * lead to content in another language than the page (a fallback page shows
 * the original): the title then needs a `lang` attribute, so screen readers
 * pronounce it right, and a visible tag naming its language ("German"), so
 * readers know what they will get. Pure.
 */
import type { Language } from './types.ts';

export interface LangMarks {
	/** `lang` for the title: its language, when the text around it is in another one. */
	lang?: Language;
	/** The language to name in a visible tag: the title's, when the page is in another one. */
	tag?: Language;
	/** `lang` for the tag (written in the page's language), when the text around it is in another one. */
	tagLang?: Language;
}

/**
 * Marks for a title in `language` on a page in `page`. `around` is the
 * language of the surrounding text: the page's, except inside the content of
 * a fallback page (the document's language there). Unknown languages get no marks.
 */
export function langMarks(
	language: Language | undefined,
	page: Language,
	around: Language = page,
): LangMarks {
	const marks: LangMarks = {};
	if (!language) return marks;
	if (language !== around) marks.lang = language;
	if (language !== page) {
		marks.tag = language;
		if (page !== around) marks.tagLang = page;
	}
	return marks;
}
