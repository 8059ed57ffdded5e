/** German strings of the authoring tools: the dev server's problem panel and the questions of `npm run new`. */
const deAuthoring = {
	'devProblems.title': 'Kodex: {count} Inhaltsfehler (npm run check)',
	'devProblems.titleOne': 'Kodex: 1 Inhaltsfehler (npm run check)',
	'devProblems.hint':
		'Datei korrigieren und speichern; dieser Hinweis verschwindet dann von selbst. Dokumente mit Fehlern fehlen bis dahin auf der Website.',
	'new.askType': 'Dokumenttyp ({types}): ',
	'new.askId': 'Kennung, zugleich der Dateiname (z. B. fotos-auf-messen): ',
	'new.askTitle': 'Titel (Enter: später ausfüllen): ',
	'new.askLanguage': 'Sprache (Enter: {language}): ',
	'new.noAnswer': 'Keine Antwort erhalten; es wurde nichts angelegt.',
	'new.created': '{file} angelegt.',
	'new.placeholders':
		'Ersetze die {count} Platzhalter „TODO“ durch deinen Text; `npm run check` listet jeden, der noch übrig ist (TODO-001).',
	'new.placeholdersOne':
		'Ersetze den Platzhalter „TODO“ durch deinen Text; `npm run check` meldet ihn, solange er übrig ist (TODO-001).',
	'new.exists': '{file} gibt es schon; nichts wurde überschrieben. Wähle eine andere Kennung.',
} as const satisfies Record<string, string>;

export default deAuthoring;
