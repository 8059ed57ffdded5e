/**
 * Which site language the root address (/) opens: the reader's explicit choice
 * (remembered when they used the language switch) or else the first of the
 * browser's preferred languages (navigator.languages) the site has. Pure and
 * self-contained: src/pages/choose-language.js.ts ships it to the browser as is.
 */

/** Where the language switch remembers the reader's choice (localStorage). */
export const LANGUAGE_CHOICE_KEY = 'kodex-language';

/**
 * The first of `wanted` (BCP 47 tags, most preferred first) that the site has:
 * an exact match (case-insensitive), else a site language with the same primary
 * language (`en-US` → `en`, `pt` → `pt-BR`). Undefined when none fits.
 */
export function preferredLanguage(
	wanted: readonly string[],
	available: readonly string[],
): string | undefined {
	const lower = available.map((tag) => tag.toLowerCase());
	const primary = (tag: string) => tag.split('-')[0];
	for (const tag of wanted) {
		if (!tag) continue;
		const want = tag.toLowerCase();
		const exact = lower.indexOf(want);
		if (exact >= 0) return available[exact];
		const near = lower.findIndex((l) => primary(l) === primary(want));
		if (near >= 0) return available[near];
	}
	return undefined;
}
