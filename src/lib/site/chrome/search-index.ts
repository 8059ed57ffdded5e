/**
 * What the search index leaves out of a page's text, as CSS selectors for
 * Pagefind's `excludeSelectors` (src/astro/pagefind.ts). Pure.
 *
 * Three kinds:
 * - Labels and metadata. A fact list's label runs into its value in a snippet
 *   ("RechtsgebietUrheberrecht"), a badge into the sentence after it ("Gewicht:
 *   Blocker Ist jedes …"). They are left out of the text; what a reader filters
 *   by stays a Pagefind filter (type, legal area, channel, audience, language:
 *   src/lib/site/chrome/facets.ts), so nothing that narrows a search is lost.
 * - Text that has its own page (the pre-publish check's no-script form).
 * - Contact details (issue 13, personal data): names of people and deputies,
 *   mailboxes and phone numbers. Out of the index unless the handbook sets
 *   `search.indexContacts: true` in handbook.yaml. Role names stay searchable.
 *
 * Components mark contact details with `data-contact`; mailto: and tel: links
 * are contact details wherever they are, so new blocks are covered without a mark.
 * Selectors apply only inside `data-pagefind-body`, so they never touch the page itself.
 */

/** Labels and metadata, never part of the indexed text. */
export const LABEL_SELECTORS = [
	// Labels of fact lists (the values stay searchable).
	'dt',
	// Type, status, severity and category badges.
	'.badge',
	// Screen-reader-only prefixes such as "Gewicht: ".
	'.visually-hidden',
	// Interactive tools (progress, reset, print): they mean nothing in a snippet.
	'.js-only',
	// Counts of checklist items per severity.
	'.severity-summary',
	// Labels of a goal's figures (baseline, target, change).
	'.figure-label',
	// Decorative icons and arrows (✓, ✗, ⚖, →), hidden from screen readers too.
	'[aria-hidden="true"]',
	// Blocks a component marks as metadata.
	'[data-search-meta]',
] as const;

/**
 * Text that has its own page: the pre-publish check's no-script form repeats checklist
 * items and rules. Indexed, it outranked their own pages and led to sections that
 * scripts hide; the check itself is still found by its title and summary.
 */
export const DUPLICATE_SELECTORS = ['.pp-fallback'] as const;

/** Contact details: left out unless the handbook asks for them. */
export const CONTACT_SELECTORS = [
	'[data-contact]',
	'a[href^="mailto:"]',
	'a[href^="tel:"]',
	'.contact-people',
	'.cell-people',
] as const;

export interface SearchIndexSettings {
	/** handbook.yaml `search.indexContacts`; default false. */
	indexContacts?: boolean | undefined;
}

/** The selectors Pagefind leaves out of every page's indexed text. */
export function excludedSelectors(settings: SearchIndexSettings = {}): string[] {
	return [
		...LABEL_SELECTORS,
		...DUPLICATE_SELECTORS,
		...(settings.indexContacts ? [] : CONTACT_SELECTORS),
	];
}
