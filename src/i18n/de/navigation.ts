/** German UI strings for finding one's way around a page: table of contents, heading anchors, previous/next and the colour scheme. */
const deNavigation = {
	'toc.title': 'Auf dieser Seite',
	'anchor.label': 'Link zum Abschnitt „{heading}“',
	'pager.label': 'Weitere Dokumente in {section}',
	'pager.previous': 'Vorheriges',
	'pager.next': 'Nächstes',
	'theme.label': 'Farbschema',
	'theme.system': 'Wie das System',
	'theme.light': 'Hell',
	'theme.dark': 'Dunkel',
};

export default deNavigation;
