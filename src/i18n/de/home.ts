/** German UI strings for the home page. */
const deHome = {
	'home.intro': 'Richtlinien, Checklisten und Abläufe für unsere Social-Media-Arbeit.',
	'home.sections': 'Bereiche des Handbuchs',
	'home.documentCount.one': '{count} Dokument',
	'home.documentCount.other': '{count} Dokumente',
	'home.tasks': 'Was möchten Sie tun?',
	'home.task.prepublish': 'Darf ich das posten?',
	'home.task.prepublishText': 'Die Prüfung vor dem Veröffentlichen, Schritt für Schritt.',
	'home.task.crisis': 'Krise? Jetzt handeln',
	'home.task.crisisText': 'Das Krisen-Playbook: die erste Stunde, die Stufen, wer entscheidet.',
	'home.task.crisisAll': 'Alle Krisen-Playbooks',
	'home.task.contacts': 'Wer ist zuständig?',
	'home.task.contactsText': 'Rollen, Vertretungen und Postfächer des Teams.',
	'home.recent': 'Zuletzt geprüft',
	'home.recentNote': 'Nach dem Datum der letzten Prüfung, das die Verantwortlichen eintragen.',
	'home.recentOn': 'geprüft am',
	'home.changes': 'Letzte Änderungen',
	'home.changesNote':
		'Aus der git-Historie des Handbuchs: wann ein Dokument zuletzt geändert wurde.',
	'home.changedOn': 'geändert am',
	'home.changedNow': 'jetzt geändert, noch nicht in git gespeichert',
	'home.allChanges': 'Alle Änderungen',
	'home.reviewStatus': 'Stand der Prüfungen',
	'home.reviewLink': 'Zum Prüf-Dashboard',
	'home.draftsExcluded': 'Entwürfe sind nicht mitgezählt.',
} as const satisfies Record<string, string>;

export default deHome;
