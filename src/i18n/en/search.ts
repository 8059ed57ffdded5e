/** English UI strings for the search dialog and its filters: exactly the keys of `../de/search.ts`. */
import type de from '../de/search.ts';

const enSearch: Record<keyof typeof de, string> = {
	'search.open': 'Search',
	'search.shortcut': 'Ctrl K',
	'search.openLong': 'Search the handbook',
	'search.dialog': 'Search the handbook',
	'search.label': 'Search term',
	'search.placeholder': 'e.g. copyright, crisis, imprint …',
	'search.close': 'Close',
	'search.noResults': 'No results for “{query}”.',
	'search.loading': 'Loading search …',
	'search.resultCount': '{count} results',
	'search.unavailable':
		'Search is not available right now. Every document can be reached through the sections.',
	'search.hint':
		'Tip: ↓ and ↑ move through the results, Enter opens one, Esc closes. Ctrl+K or ⌘+K opens search on every page.',
	'search.results': 'Search results',
	'search.filters': 'Filters',
	'search.filtersActive': 'Filters ({count} active)',
	'search.filter.type': 'Document type',
	'search.filter.legal': 'Area of law',
	'search.filter.channel': 'Channel',
	'search.filter.audience': 'Audience',
	'search.filter.language': 'Language',
	'search.any.type': 'All types',
	'search.any.legal': 'All areas of law',
	'search.any.channel': 'All channels',
	'search.any.audience': 'All audiences',
	'search.any.language': 'All languages',
	'search.resetFilters': 'Reset filters',
};

export default enSearch;
