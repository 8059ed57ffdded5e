/** German UI strings for legal checklists. */
const deChecklist = {
	'checklist.notLegalAdvice':
		'Keine Rechtsberatung: Diese Checkliste hilft bei der Selbstprüfung. In Zweifelsfällen fragen Sie die genannte Ansprechperson.',
	'checklist.items': 'Prüffragen',
	'checklist.howTo':
		'Jede Frage sollte mit „Ja“ beantwortet werden können. Bei „Nein“ oder „Unklar“: nicht veröffentlichen und nachfragen.',
	'checklist.severity': 'Gewicht',
	'checklist.legalBasis': 'Rechtsgrundlage',
	'checklist.guidance': 'So prüfen Sie',
	'checklist.escalateTo': 'Bei „Nein“ fragen',
	'checklist.uncertain': 'Rechtslage ungeklärt',
	'checklist.legalArea': 'Rechtsgebiet',
	'checklist.jurisdiction': 'Rechtsraum',
	'checklist.appliesTo': 'Gilt für',
	'checklist.legalReviewer': 'Rechtliche Prüfung',
	'checklist.general': 'Allgemein',
	'checklist.uncertainShort': 'Rechtslage ungeklärt',
	'checklist.answer.yes': 'Ja',
	'checklist.answer.no': 'Nein',
	'checklist.answer.unsure': 'Unsicher',
	'checklist.progress':
		'{done} von {total} beantwortet: {yes} × Ja, {no} × Nein, {unsure} × Unsicher',
	'checklist.progressNone': 'Noch keine Frage beantwortet.',
	'checklist.reset': 'Antworten zurücksetzen',
	'checklist.print': 'Drucken',
	'checklist.savedLocally':
		'Ihre Antworten bleiben nur in diesem Browser gespeichert. Eine neue Version der Checkliste beginnt leer.',
	'checklist.record': 'Prüfprotokoll',
	'checklist.recordHint':
		'Für die Freigabe: Vorhaben, Name und Datum eintragen, dann drucken oder als PDF speichern.',
	'checklist.recordSubject': 'Geprüfter Beitrag oder Vorhaben',
	'checklist.recordName': 'Geprüft von (Name)',
	'checklist.recordDate': 'Datum',
	'checklist.recordSignature': 'Unterschrift: ______________________________',
	'checklist.topic': 'Thema',
} as const satisfies Record<string, string>;

export default deChecklist;
