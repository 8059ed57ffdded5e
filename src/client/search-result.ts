/**
 * One search result as a list item: type and language badges, the link to the
 * section with the most hits (its title beside the page's), and Pagefind's
 * excerpt with the hits marked. Part of the search UI's lazily loaded script.
 */
import { bestSection, typeBadge, type TypeOption } from '../lib/site/chrome/search-keys.ts';
import type { PagefindResultData } from './pagefind-api.ts';

/** What a result needs to know about the page it is shown on. */
export interface ResultPage {
	/** The page's language as the language filter names it (`Deutsch`). */
	ownLanguage: string | undefined;
	/** The page's language code, for the badges of a result in another language. */
	lang: string | undefined;
	/** The type filter's options: the badge label of each document type. */
	types: readonly TypeOption[];
	/** The language filter's option for a value: its code and its label on this page. */
	languageOption(label: string): HTMLOptionElement | undefined;
}

/** The list item of one result. */
export function resultItem(data: PagefindResultData, page: ResultPage): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'search-result';
	const head = document.createElement('p');
	head.className = 'search-result-head';
	const language = data.filters?.['language']?.[0];
	const foreign = Boolean(language && language !== page.ownLanguage);
	const option = foreign && language ? page.languageOption(language) : undefined;
	const code = option?.dataset['lang'];
	// A result in another language: its title and excerpt carry that language, the badges the page's.
	if (code) li.lang = code;
	const badge = (text: string, className: string) => {
		const span = document.createElement('span');
		span.className = `badge ${className}`;
		span.textContent = text;
		if (code && page.lang) span.lang = page.lang;
		head.append(span);
	};
	const type = data.meta['type'];
	if (type) badge(typeBadge(type, page.types), 'badge-type');
	if (foreign && language) badge(option?.text ?? language, 'badge-lang');
	// The link leads to the section with the most hits (a Pagefind sub-result), its excerpt from there.
	const section = bestSection(data.sub_results);
	const link = document.createElement('a');
	link.href = section?.url ?? data.url;
	link.className = 'search-result-link search-result-title';
	link.textContent = data.meta['title'] ?? data.url;
	if (section?.anchor && section.title) {
		const name = document.createElement('span');
		name.className = 'search-result-section';
		name.textContent = section.title;
		link.append(' ', name);
	}
	head.append(link);
	const excerpt = document.createElement('p');
	excerpt.className = 'search-result-excerpt';
	// Pagefind escapes the page text and marks hits with <mark>.
	excerpt.innerHTML = section?.excerpt ?? data.excerpt;
	li.append(head, excerpt);
	return li;
}
