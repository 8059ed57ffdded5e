/** German UI strings for the browser editor. */
const deEditor = {
	'editor.title': 'Kodex-Editor',
	'editor.invalidFormat': 'Hat nicht die erwartete Form.',
	'editor.invalidFormatExample': 'Hat nicht die erwartete Form, z. B. {example}.',
	'editor.invalidLength': '{min} bis {max} Zeichen.',
	'editor.invalidMinLength': 'Mindestens {min} Zeichen.',
	'editor.handbook': 'Handbuch-Einstellungen',
	'editor.emptyMeans': 'Leer lassen für „{value}“.',
	'editor.checkRunning': '{file} wird geprüft …',
	'editor.checkOk': '{file} besteht die Prüfung.',
	'editor.checkProblems': '{file}: {errors} Fehler und {warnings} Warnungen aus der Prüfung.',
	'editor.checkFailed': 'Die Prüfung konnte nicht laufen: {reason}',
	'editor.checkExpected': 'Erwartet:',
	'editor.checkFix': 'So geht’s:',
	'editor.close': 'Schließen',
	'editor.noscript': 'Der Editor braucht JavaScript.',
} as const satisfies Record<string, string>;

export default deEditor;
