/** German UI strings for long lists split into numbered pages (review dashboard, section indexes). */
const deLists = {
	'listPager.label': 'Seiten: {list}',
	'listPager.previous': 'Vorherige Seite',
	'listPager.next': 'Nächste Seite',
	'listPager.page': 'Seite {number}',
	'listPager.toPages': 'Zu allen Seiten',
	'listPager.status': 'Seite {number} von {count}: Einträge {first} bis {last} von {total}',
	'listPager.title': '{title}, Seite {number} von {count}',
	'review.pagedNote':
		'Die {total} Dokumente stehen auf {count} Seiten, die dringendsten zuerst. Sortieren und Filtern wirken auf die Zeilen dieser Seite; die CSV-Datei enthält alle Dokumente.',
} as const satisfies Record<string, string>;

export default deLists;
