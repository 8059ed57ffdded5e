/**
 * UI strings. Every visible word of the site chrome and every label for an
 * enum value goes through `t(lang, key)`; the content itself is never
 * translated here.
 */
import type { Language } from '../../schemas/index.ts';
import { fillPlaceholders } from '../lib/util/placeholders.ts';
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

/** A translator bound to one language, for components that need many strings. */
export function translator(
	lang: Language,
): (key: UiKey, vars?: Record<string, string | number>) => string {
	return (key, vars) => t(lang, key, vars);
}

export type Translate = ReturnType<typeof translator>;
