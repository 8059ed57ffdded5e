/** German UI strings for guidelines. */
const deGuideline = {
	'guideline.rules': 'Regeln',
	'guideline.do': 'Das tun wir',
	'guideline.dont': 'Das lassen wir',
	'guideline.rationale': 'Warum',
	'guideline.basedOn': 'Gestützt auf',
	'guideline.contacts': 'Ansprechpersonen bei Fragen',
	'guideline.scope': 'Geltungsbereich',
	'guideline.binding': 'Verbindlichkeit',
	'guideline.appliesTo': 'Gilt für Kanäle',
	'guideline.allChannels': 'alle Kanäle',
	'guideline.legalAreas': 'Rechtsgebiete',
	'guideline.checklists': 'Zugehörige Checklisten',
	'guideline.disclaimer': 'Hinweistext zum Kopieren',
	'guideline.acknowledgement': 'Bitte bestätigen Sie, dass Sie diese Richtlinie gelesen haben.',
	'guideline.worksCouncil': 'Betriebsrat',
	'guideline.worksCouncilInvolved': 'beteiligt',
	'guideline.worksCouncilNotInvolved': 'nicht beteiligt',
	'guideline.agreement': 'Betriebsvereinbarung',
	'guideline.disclaimerHint':
		'Diesen Hinweis können Sie in Ihr Profil oder unter einen Beitrag setzen.',
	'guideline.copyDisclaimer': 'Hinweistext kopieren',
} as const satisfies Record<string, string>;

export default deGuideline;
