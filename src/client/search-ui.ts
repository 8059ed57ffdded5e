/**
 * The search UI: a small custom element around Pagefind's JavaScript API.
 * Loaded only when search is first opened; it then loads the Pagefind bundle
 * that the build wrote next to the pages (`/pagefind/pagefind.js`) — no
 * network beyond the site itself.
 *
 * Keyboard: ArrowDown in the search field moves focus to the first result
 * link, ArrowUp/ArrowDown (Home/End) move between the links and back to the
 * field; Enter follows the focused link, or in the field opens the first
 * result (once the search for what was typed has finished); typing on a
 * result goes back to the field; Escape closes the dialog in one press.
 * Focus moves to real links, so screen readers announce each result as a
 * link in a list and no ARIA widget has to be emulated.
 *
 * Pagefind keeps one index per language and loads the one of the page
 * (`<html lang>`). When the reader picks another language (or all), that
 * language's index is merged in on demand. Pagefind searches merged indexes
 * with the page language's word stemming, so inflected words in the other
 * language can be missed (a known Pagefind limitation, see the README). Filter
 * options carry their label in every language (`a|b`), sent as `{ any: [...] }`.
 *
 * One custom element whose methods share its state (query, filters, results,
 * focus); a result's markup is built in search-result.ts, and Pagefind's API
 * types are in pagefind-api.ts. Both are imported only from here, so the three
 * load as one script on first use.
 */

import { moveInResults, type TypeOption } from '../lib/site/chrome/search-keys.ts';
import type { FilterValue, PagefindApi } from './pagefind-api.ts';
import { resultItem, type ResultPage } from './search-result.ts';

interface Strings {
	noResults: string;
	loading: string;
	resultCount: string;
	unavailable: string;
	filters: string;
	filtersActive: string;
}

const MAX_RESULTS = 12;

/**
 * The `{name}` fill of src/lib/util/placeholders.ts, repeated on purpose: importing that
 * module (shared with the pre-publish check and the dashboard) would make every page's
 * search loader carry a preload list and push the pre-publish page over its 5 KB budget.
 */
function fill(template: string, vars: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole,
	);
}

/** A filter's starting value: the option marked `selected` in the markup, else the first ("all"). */
function defaultValue(select: HTMLSelectElement): string {
	return ([...select.options].find((o) => o.defaultSelected) ?? select.options[0])?.value ?? '';
}

export class KodexSearch extends HTMLElement {
	#pagefind: Promise<PagefindApi | undefined> | undefined;
	#merged = new Map<string, Promise<void>>();
	#strings!: Strings;
	#input!: HTMLInputElement;
	#selects: HTMLSelectElement[] = [];
	#status!: HTMLElement;
	#list!: HTMLElement;
	#summary: HTMLElement | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	#ready = false;
	/** The shown results belong to the current query and filters. */
	#settled = false;
	/** Enter was pressed in the field before the results were settled: open the first one then. */
	#openFirst = false;
	#types: TypeOption[] = [];

	connectedCallback(): void {
		const input = this.querySelector<HTMLInputElement>('input[type="search"]');
		const status = this.querySelector<HTMLElement>('.search-status');
		const list = this.querySelector<HTMLElement>('.search-results');
		if (!input || !status || !list) return;
		this.#input = input;
		this.#status = status;
		this.#list = list;
		this.#selects = [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
		this.#summary = this.querySelector('.search-filters-label');
		this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
		const typeSelect = this.#selects.find((s) => s.dataset['filter'] === 'type');
		this.#types = [...(typeSelect?.options ?? [])]
			.filter((o) => o.value)
			.map((o) => ({ label: o.text, value: o.value }));
		this.addEventListener('keydown', (event) => this.#keydown(event));
		// The filter panel starts open where there is room, folded on phones.
		const details = this.querySelector('details');
		if (details && matchMedia('(min-width: 40rem)').matches) details.open = true;
		this.#pagefind = this.#load();
		input.addEventListener('input', () => this.#schedule());
		for (const select of this.#selects) select.addEventListener('change', () => this.#changed());
		this.querySelector('[data-search-reset]')?.addEventListener('click', () => {
			for (const select of this.#selects) select.value = defaultValue(select);
			this.#changed();
		});
		this.#changed();
	}

	async #load(): Promise<PagefindApi | undefined> {
		const bundle = this.dataset['bundle'] ?? '/pagefind/';
		try {
			const api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
			// Result addresses carry the terms, so the page marks them (src/client/search-highlight.ts).
			await api.options({ excerptLength: 22, highlightParam: 'pagefind-highlight' });
			await api.init();
			this.#ready = true;
			return api;
		} catch {
			this.#status.textContent = this.#strings.unavailable;
			return undefined;
		}
	}

	/** Merges the index of `lang` once. Pagefind skips a path equal to its own, hence `./`. */
	#merge(api: PagefindApi, lang: string): Promise<void> {
		let merging = this.#merged.get(lang);
		if (!merging) {
			const bundle = this.dataset['bundle'] ?? '/pagefind/';
			merging = api
				.mergeIndex(`${bundle}./`, { language: lang, baseUrl: this.dataset['base'] ?? '/' })
				.catch(() => undefined);
			this.#merged.set(lang, merging);
		}
		return merging;
	}

	#changed(): void {
		const active = this.#selects.filter((s) => s.value !== defaultValue(s)).length;
		if (this.#summary)
			this.#summary.textContent = active
				? fill(this.#strings.filtersActive, { count: active })
				: this.#strings.filters;
		this.#schedule(0);
	}

	#schedule(delay = 150): void {
		this.#settled = false;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#search(), delay);
	}

	/** The chosen filters, and the languages whose indexes the search needs. */
	#filters(): { filters: Record<string, FilterValue>; languages: string[] } {
		const filters: Record<string, FilterValue> = {};
		let languages: string[] = [];
		for (const select of this.#selects) {
			const key = select.dataset['filter']!;
			if (key === 'language') {
				const options = [...select.options].filter((o) => o.value !== '');
				const chosen = select.selectedOptions[0];
				languages = (chosen?.value ? [chosen] : options).map((o) => o.dataset['lang'] ?? '');
			}
			if (select.value) filters[key] = { any: select.value.split('|') };
		}
		return { filters, languages };
	}

	async #search(): Promise<void> {
		const run = ++this.#run;
		const query = this.#input.value.trim();
		const { filters, languages } = this.#filters();
		const filtered = Object.keys(filters).some(
			(key) => key !== 'language' || filters[key]!.any[0] !== this.dataset['ownLanguage'],
		);
		if (!query && !filtered) {
			this.#list.replaceChildren();
			this.#status.textContent = '';
			this.removeAttribute('data-state');
			this.#settled = true;
			this.#openFirst = false;
			return;
		}
		this.setAttribute('data-state', 'loading');
		if (!this.#ready) this.#status.textContent = this.#strings.loading;
		const api = await this.#pagefind;
		if (!api) return;
		const own = this.dataset['lang'];
		await Promise.all(languages.filter((l) => l && l !== own).map((l) => this.#merge(api, l)));
		if (run !== this.#run) return;
		const search = await api.search(query || null, { filters });
		if (run !== this.#run || !search) return;
		const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
		if (run !== this.#run) return;
		// A result that had focus is replaced: focus stays at its place in the list, not on the page.
		const focused = this.#links().indexOf(document.activeElement as HTMLAnchorElement);
		const page = this.#resultPage();
		this.#list.replaceChildren(...data.map((d) => resultItem(d, page)));
		if (focused >= 0) {
			const same = this.#links()[focused];
			if (same) same.focus();
			else this.#toField();
		}
		this.#status.textContent =
			search.results.length === 0
				? fill(this.#strings.noResults, { query })
				: fill(this.#strings.resultCount, { count: search.results.length });
		this.setAttribute('data-state', 'done');
		this.#settled = true;
		if (this.#openFirst) {
			this.#openFirst = false;
			this.#links()[0]?.click();
		}
	}

	#links(): HTMLAnchorElement[] {
		return [...this.#list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
	}

	#keydown(event: KeyboardEvent): void {
		if (
			event.defaultPrevented ||
			event.isComposing ||
			event.altKey ||
			event.ctrlKey ||
			event.metaKey
		)
			return;
		if (event.key === 'Escape') {
			// One press closes, also with text in the field (Chromium would only clear it).
			const dialog = this.closest('dialog');
			if (dialog?.open) {
				event.preventDefault();
				dialog.close();
			}
			return;
		}
		const links = this.#links();
		const inField = event.target === this.#input;
		const current = inField ? -1 : links.indexOf(event.target as HTMLAnchorElement);
		if (!inField && current < 0) return; // filters, buttons: their own keys
		if (inField && event.key === 'Enter') {
			event.preventDefault();
			if (this.#settled) links[0]?.click();
			else this.#openFirst = true;
			return;
		}
		if (!inField && (event.key.length === 1 || event.key === 'Backspace')) {
			// Typing on a result edits the search: the key lands at the end of the field.
			this.#toField();
			return;
		}
		const next = moveInResults(current, event.key, links.length);
		if (next === undefined) return;
		event.preventDefault();
		if (next < 0) this.#toField();
		else links[next]?.focus();
	}

	#toField(): void {
		const end = this.#input.value.length;
		this.#input.focus();
		this.#input.setSelectionRange(end, end);
	}

	/** What each result needs from this page: its language, the type and language filters. */
	#resultPage(): ResultPage {
		const select = this.#selects.find((s) => s.dataset['filter'] === 'language');
		return {
			ownLanguage: this.dataset['ownLanguage'],
			lang: this.dataset['lang'],
			types: this.#types,
			languageOption: (label) => [...(select?.options ?? [])].find((o) => o.value === label),
		};
	}
}

if (!customElements.get('kodex-search')) customElements.define('kodex-search', KodexSearch);
