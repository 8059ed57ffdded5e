/**
 * Plurals: English nouns for the messages of `npm run check` and `npm run review`
 * (regular nouns only), and the plural category of a count in any language for
 * the site's strings (`tn` in src/i18n/index.ts).
 */

/** `noun` for one, `nouns` for any other count. */
export function pluralNoun(noun: string, n: number): string {
	return n === 1 ? noun : `${noun}s`;
}

/** "1 day" / "3 days". */
export function plural(n: number, word: string): string {
	return `${n} ${pluralNoun(word, n)}`;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The CLDR plural category of `n` in `locale` (`one`, `other`, and in other
 * languages `few`, `many` …), from Intl.PluralRules made once per locale.
 */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
	return rules.select(n);
}
