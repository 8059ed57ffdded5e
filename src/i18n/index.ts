/**
 * UI strings. Every visible word of the site chrome and every label for an
 * enum value goes through `t(lang, key)`; the content itself is never
 * translated here.
 *
 * Content languages are any BCP 47 tags; the interface is built in for the
 * languages in {@link dictionaries}. A page in another language (`tr`, `pt-BR` …)
 * shows the interface of {@link uiLanguage}: the dictionary of its primary
 * language (`de` for `de-AT`), else English. Language names (`language.<tag>`)
 * come from Intl for tags without their own key. README.md in this folder
 * explains how to add a dictionary.
 */
import type { Language, UiLanguage } from '../../schemas/index.ts';
import { fillPlaceholders } from '../lib/util/placeholders.ts';
import { pluralCategory } from '../lib/util/plural.ts';
import de from './de.ts';
import en from './en.ts';

export type DictionaryKey = keyof typeof de;
/** A key of the dictionaries, or the name of any language (`language.tr`) or its fallback notice. */
export type UiKey = DictionaryKey | `language.${string}` | `fallback.only.${string}`;
export type Dictionary = Record<DictionaryKey, string>;

/** The built-in interface languages and their dictionaries; each has every key of `de`. */
export const dictionaries: Record<UiLanguage, Dictionary> = { de, en };

/** Interface language for pages whose language has no dictionary. */
const FALLBACK_UI_LANGUAGE: UiLanguage = 'en';

function hasDictionary(tag: string): tag is UiLanguage {
	return Object.hasOwn(dictionaries, tag);
}

/** The interface language of pages in `lang`: its own dictionary, its primary language's, else English. */
export function uiLanguage(lang: Language): UiLanguage {
	if (hasDictionary(lang)) return lang;
	const primary = lang.split('-')[0]!.toLowerCase();
	return hasDictionary(primary) ? primary : FALLBACK_UI_LANGUAGE;
}

/** Keys of `reference` that `dictionary` lacks or leaves empty: what a new translation still needs. */
export function missingKeys(
	dictionary: Readonly<Record<string, unknown>>,
	reference: Readonly<Record<string, string>> = en,
): string[] {
	return Object.keys(reference).filter((key) => {
		const value = dictionary[key];
		return typeof value !== 'string' || value.trim() === '';
	});
}

const displayNames = new Map<UiLanguage, Intl.DisplayNames>();

/** The name of language `tag` in interface language `ui`, e.g. `Türkisch` for `tr` in `de`. */
function languageName(ui: UiLanguage, tag: string): string {
	let names = displayNames.get(ui);
	if (!names) displayNames.set(ui, (names = new Intl.DisplayNames(ui, { type: 'language' })));
	let name: string | undefined;
	try {
		name = names.of(tag);
	} catch {
		name = undefined;
	}
	if (!name) return tag;
	return name.charAt(0).toLocaleUpperCase(ui) + name.slice(1);
}

function lookup(ui: UiLanguage, key: UiKey): string {
	const dictionary: Readonly<Record<string, string>> = dictionaries[ui];
	const text = dictionary[key];
	if (text !== undefined) return text;
	if (key.startsWith('language.')) return languageName(ui, key.slice('language.'.length));
	if (key.startsWith('fallback.only.'))
		return fillPlaceholders(dictionary['fallback.onlyIn']!, {
			language: languageName(ui, key.slice('fallback.only.'.length)),
		});
	throw new Error(`Unknown UI string "${key}"`);
}

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Language, key: UiKey, vars?: Record<string, string | number>): string {
	const text = lookup(uiLanguage(lang), key);
	if (!vars) return text;
	return fillPlaceholders(text, vars);
}

/** Keys with plural forms: `home.documentCount` for `home.documentCount.one` / `.other` (… `.few`, `.many`). */
export type PluralKey = {
	[K in UiKey]: K extends `${infer Base}.other` ? Base : never;
}[UiKey];

const numberFormats = new Map<Language, Intl.NumberFormat>();

/**
 * The plural form of `key` for `count` in `lang`, chosen by Intl.PluralRules
 * (`.one`, `.other`, and whatever other categories the language's strings
 * define; `.other` when one is missing), with `{count}` formatted for the language.
 */
export function tn(
	lang: Language,
	key: PluralKey,
	count: number,
	vars: Record<string, string | number> = {},
): string {
	// The words are the interface language's, so its plural rules and digits apply.
	const ui = uiLanguage(lang);
	const dictionary = dictionaries[ui] as Record<string, string>;
	const text = dictionary[`${key}.${pluralCategory(count, ui)}`] ?? dictionary[`${key}.other`]!;
	let format = numberFormats.get(ui);
	if (!format) numberFormats.set(ui, (format = new Intl.NumberFormat(ui)));
	return fillPlaceholders(text, { ...vars, count: format.format(count) });
}

/** A translator bound to one language, for components that need many strings. */
export function translator(
	lang: Language,
): (key: UiKey, vars?: Record<string, string | number>) => string {
	return (key, vars) => t(lang, key, vars);
}
