/** German UI strings for the search dialog and its filters. */
const deSearch = {
	'search.open': 'Suchen',
	'search.shortcut': 'Strg K',
	'search.openLong': 'Handbuch durchsuchen',
	'search.dialog': 'Suche im Handbuch',
	'search.label': 'Suchbegriff',
	'search.placeholder': 'z. B. Urheberrecht, Shitstorm, Impressum …',
	'search.close': 'Schließen',
	'search.noResults': 'Keine Treffer für „{query}“.',
	'search.loading': 'Suche wird geladen …',
	'search.resultCount': '{count} Treffer',
	'search.unavailable':
		'Die Suche ist gerade nicht verfügbar. Über die Bereiche erreichen Sie alle Dokumente.',
	'search.hint':
		'Tipp: Mit ↓ und ↑ durch die Treffer, Enter öffnet, Esc schließt. Strg+K oder ⌘+K öffnet die Suche auf jeder Seite.',
	'search.results': 'Suchergebnisse',
	'search.filters': 'Filter',
	'search.filtersActive': 'Filter ({count} aktiv)',
	'search.filter.type': 'Dokumenttyp',
	'search.filter.legal': 'Rechtsgebiet',
	'search.filter.channel': 'Kanal',
	'search.filter.audience': 'Zielgruppe',
	'search.filter.language': 'Sprache',
	'search.any.type': 'Alle Typen',
	'search.any.legal': 'Alle Rechtsgebiete',
	'search.any.channel': 'Alle Kanäle',
	'search.any.audience': 'Alle Zielgruppen',
	'search.any.language': 'Alle Sprachen',
	'search.resetFilters': 'Filter zurücksetzen',
} as const satisfies Record<string, string>;

export default deSearch;
