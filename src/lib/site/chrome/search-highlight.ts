/**
 * Marking the search terms on the page a search result led to. The search
 * dialog asks Pagefind to add each term to the result's address as
 * `?pagefind-highlight=term` (one parameter per word); src/client/search-highlight.ts
 * marks them on the page. Pure and without imports, so that script stays small.
 */

/** The address parameter that carries a search term to the page. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** The terms in an address's query string: trimmed, lower case, each once, longest first. */
export function highlightTerms(search: string): string[] {
	const terms = new URLSearchParams(search)
		.getAll(HIGHLIGHT_PARAM)
		.flatMap((value) => value.split(/\s+/))
		.map((term) => term.trim().toLowerCase())
		.filter((term) => term.length > 0);
	return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/**
 * Words that start with one of the terms, as Pagefind matches them: `lizenz`
 * marks "Lizenz", "Lizenzen" and "Creative-Commons-Lizenz" (a word after a hyphen),
 * not "Unterlizenz". Case does not matter. Undefined without terms.
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
	const words = terms.filter((t) => /[\p{L}\p{N}]/u.test(t));
	if (words.length === 0) return undefined;
	const escaped = words.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** A text cut into the parts that match (`hit`) and the parts around them. */
export function splitHits(text: string, pattern: RegExp): { text: string; hit: boolean }[] {
	const parts: { text: string; hit: boolean }[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const start = match.index;
		if (start > last) parts.push({ text: text.slice(last, start), hit: false });
		parts.push({ text: match[0], hit: true });
		last = start + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), hit: false });
	return parts;
}
