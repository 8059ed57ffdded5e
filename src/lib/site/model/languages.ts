/**
 * Languages: the language switch, translations and fallback pages.
 *
 * Every document has a page in its own language. For every other site
 * language it has either a translation (a document with `translationOf`) or a
 * fallback page at the same id: the original content under that language's
 * interface, with a notice that the document exists only in the original
 * language. Links between documents lead readers to the version in the
 * language of the page they are on.
 */
import { toLink, translationRoot } from './docs.ts';
import type { DocLink, Language, SiteDoc } from './types.ts';
import { docPath, homePath } from './urls.ts';

export interface LanguageLink {
	lang: Language;
	href: string;
	/** True when the target is this page's counterpart (emitted as `<link rel="alternate">`); false for a fallback to that language's home. */
	translated: boolean;
	/** True when the target is a fallback page: the same document, not translated. */
	fallback?: boolean;
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

/** Translation root → language → the document in that language (the original wins a tie). */
export type TranslationTable = ReadonlyMap<string, ReadonlyMap<Language, SiteDoc>>;

const tables = new WeakMap<readonly SiteDoc[], TranslationTable>();

function translationTable(docs: readonly SiteDoc[]): TranslationTable {
	const cached = tables.get(docs);
	if (cached) return cached;
	const table = new Map<string, Map<Language, SiteDoc>>();
	for (const doc of docs) {
		const root = translationRoot(doc);
		const byLang = table.get(root) ?? new Map<Language, SiteDoc>();
		const current = byLang.get(doc.data.language);
		if (!current || (doc.id === root && current.id !== root)) byLang.set(doc.data.language, doc);
		table.set(root, byLang);
	}
	tables.set(docs, table);
	return table;
}

/**
 * The other language versions of `doc`: the original it translates, its
 * translations and their siblings — one per language other than its own.
 */
export function translationsOf(doc: SiteDoc, docs: readonly SiteDoc[]): DocLink[] {
	const byLang = translationTable(docs).get(translationRoot(doc));
	return [...(byLang?.values() ?? [])]
		.filter((other) => other !== doc && other.data.language !== doc.data.language)
		.map(toLink)
		.sort((a, b) => a.language.localeCompare(b.language));
}

/** `doc` itself when it is written in `lang`, else its translation into `lang`, if any. */
export function counterpart(
	doc: SiteDoc,
	lang: Language,
	docs: readonly SiteDoc[],
): SiteDoc | undefined {
	if (doc.data.language === lang) return doc;
	const other = translationTable(docs).get(translationRoot(doc))?.get(lang);
	return other && other.type === doc.type ? other : undefined;
}

export interface FallbackPage {
	/** Interface language of the fallback page. */
	lang: Language;
	/** The document shown, in its own language. */
	doc: SiteDoc;
}

/** Fallback pages: one per document and site language that has no version of it. */
export function fallbackPages(
	docs: readonly SiteDoc[],
	languages: readonly Language[],
): FallbackPage[] {
	const out: FallbackPage[] = [];
	for (const doc of docs) {
		if (!languages.includes(doc.data.language)) continue;
		for (const lang of languages) {
			if (lang === doc.data.language || counterpart(doc, lang, docs)) continue;
			out.push({ lang, doc });
		}
	}
	return out;
}

/**
 * Where a link to `doc` goes from a page in `lang`: the document itself when
 * it is in `lang`, else its translation, else its fallback page in `lang`.
 * Pages in a language the site does not offer link the original.
 */
export function createPathOf(
	docs: readonly SiteDoc[],
	languages: readonly Language[],
	lang: Language,
): (doc: SiteDoc) => string {
	return (doc) => {
		const target = counterpart(doc, lang, docs);
		if (target) return docPath(target.type, target.id, target.data.language);
		if (languages.includes(lang) && languages.includes(doc.data.language))
			return docPath(doc.type, doc.id, lang);
		return docPath(doc.type, doc.id, doc.data.language);
	};
}

/**
 * Where a page in `lang` opens exactly `doc`, not its translation (for lists
 * of particular files: changes, reviews): its fallback page in `lang` when it
 * has one (no version in `lang`), else its own page.
 */
export function createPageOf(
	docs: readonly SiteDoc[],
	languages: readonly Language[],
	lang: Language,
): (doc: SiteDoc) => string {
	return (doc) => {
		const fallback =
			doc.data.language !== lang &&
			languages.includes(lang) &&
			languages.includes(doc.data.language) &&
			!counterpart(doc, lang, docs);
		return docPath(doc.type, doc.id, fallback ? lang : doc.data.language);
	};
}

/** The version of a document a reader of `lang` is shown: its translation into `lang`, else itself. */
export function createVersionOf(
	docs: readonly SiteDoc[],
	lang: Language,
): (doc: SiteDoc) => SiteDoc {
	return (doc) => counterpart(doc, lang, docs) ?? doc;
}

/**
 * The language switch of a document page. `pageLang` is the interface
 * language: the document's own language, or another one on a fallback page.
 * Each other site language links the translation (an hreflang alternate), or
 * else the document's page in that language: the original or a fallback page.
 */
export function documentLanguageLinks(
	doc: SiteDoc,
	pageLang: Language,
	docs: readonly SiteDoc[],
	languages: readonly Language[],
): LanguageLink[] {
	const onFallback = pageLang !== doc.data.language;
	return languages
		.filter((lang) => lang !== pageLang)
		.map((lang) => {
			const target = counterpart(doc, lang, docs);
			if (target && target.data.language === lang && target !== doc)
				return {
					lang,
					href: docPath(target.type, target.id, lang),
					translated: !onFallback,
				};
			if (target === doc) return { lang, href: docPath(doc.type, doc.id, lang), translated: false };
			if (!languages.includes(doc.data.language))
				return { lang, href: homePath(lang), translated: false };
			return {
				lang,
				href: docPath(doc.type, doc.id, lang),
				translated: false,
				fallback: true,
			};
		});
}

/** A translation whose version is behind its original's: the page says so and links the original. */
export interface TranslationLag {
	/** The translation's version; undefined when it has none. */
	version: number | undefined;
	originalVersion: number;
	originalLanguage: Language;
	/** The original's own page. */
	originalHref: string;
}

/**
 * Whether `doc` is a translation that lags behind its original (the same condition as
 * I18N-004): the original carries a version and the translation a lower one or none.
 */
export function translationLag(doc: SiteDoc, docs: readonly SiteDoc[]): TranslationLag | undefined {
	const originalId = doc.data.translationOf;
	if (!originalId) return undefined;
	const original = [...(translationTable(docs).get(originalId)?.values() ?? [])].find(
		(d) => d.id === originalId && d.type === doc.type && d.data.language !== doc.data.language,
	);
	const theirs = original?.data.version;
	if (!original || theirs === undefined) return undefined;
	const mine = doc.data.version;
	if (mine !== undefined && mine >= theirs) return undefined;
	return {
		version: mine,
		originalVersion: theirs,
		originalLanguage: original.data.language,
		originalHref: docPath(original.type, original.id, original.data.language),
	};
}
