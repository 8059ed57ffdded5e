/**
 * Pagefind markup: which filters and metadata each document page carries.
 * Pagefind reads one `key:value` pair per attribute, so each filter goes on
 * its own element inside the `data-pagefind-body` region.
 */
import { t } from '../../../i18n/index.ts';
import type { DocType, Language } from '../model/types.ts';

/** The localised type label used for the search filter, the result badge and the filter menu. */
export function typeLabel(type: DocType, lang: Language): string {
	return t(lang, `docType.${type}`);
}

/** `data-pagefind-filter` value for the document type, e.g. `type:Checkliste`. */
export function typeFilter(type: DocType, lang: Language): string {
	return `type:${typeLabel(type, lang)}`;
}

/** `data-pagefind-filter` value for the language, e.g. `language:Deutsch`. */
export function languageFilter(lang: Language): string {
	return `language:${t(lang, `language.${lang}`)}`;
}

/** `data-pagefind-meta` value for the type badge in results, e.g. `type:Checkliste`. */
export function typeMeta(type: DocType, lang: Language): string {
	return `type:${typeLabel(type, lang)}`;
}
