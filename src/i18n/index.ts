/**
 * UI strings. Every visible word of the site chrome and every label for an
 * enum value goes through `t(lang, key)`; the content itself is never
 * translated here.
 */
import type { Language } from '../../schemas/index.ts';
import { fillPlaceholders } from '../lib/util/placeholders.ts';
import { pluralCategory } from '../lib/util/plural.ts';
import de from './de.ts';
import en from './en.ts';

export type UiKey = keyof typeof de;
export type Dictionary = Record<UiKey, string>;

export const dictionaries: Record<Language, Dictionary> = { de, en };

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Language, key: UiKey, vars?: Record<string, string | number>): string {
	const text = dictionaries[lang][key];
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
	const dictionary = dictionaries[lang] as Record<string, string>;
	const text = dictionary[`${key}.${pluralCategory(count, lang)}`] ?? dictionary[`${key}.other`]!;
	let format = numberFormats.get(lang);
	if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
	return fillPlaceholders(text, { ...vars, count: format.format(count) });
}

/** A translator bound to one language, for components that need many strings. */
export function translator(
	lang: Language,
): (key: UiKey, vars?: Record<string, string | number>) => string {
	return (key, vars) => t(lang, key, vars);
}

export type Translate = ReturnType<typeof translator>;
