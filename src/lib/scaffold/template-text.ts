/**
 * The words of the starting documents (templates.ts) in the languages Kodex
 * explains itself in: comments and `TODO:` hints follow the new document's
 * language, German for `de` and its regional tags, English for every other. The
 * German authoring guide shows the same German starting documents.
 */
import type { DocType } from '../../../schemas/index.ts';

export interface TemplateText {
	oneOf: string;
	oneOrMoreOf: string;
	/** The first comment line, after the type's heading (`newDoc`). */
	replaceTodos: string;
	fieldDocs: string;
	idStays: string;
	titleHint: string;
	summaryHint: string;
	onceApproved: string;
	roleIdList: (ids: string) => string;
	roleIdFromTeams: string;
	/** The body's placeholder of an MDX document. */
	writeBody: Record<'guideline' | 'checklist' | 'playbook', string>;
	/** The heading comment of a new document of each type. */
	newDoc: Record<DocType, string>;
	guideline: {
		appliesTo: string;
		rules: string;
		ruleId: string;
		ruleText: string;
		rationale: string;
		checklistItems: string;
		legalAreas: string;
		contacts: string;
	};
	checklist: {
		itemId: string;
		question: string;
		ref: string;
		guidance: string;
		legalReviewer: string;
		items: string;
	};
	playbook: {
		levelName: (n: number) => string;
		criteria: string;
		acknowledgeWithin: string;
		backupApprover: string;
		actions: string;
		scenario: string;
		signal: string;
		minLevel: string;
		levels: string;
		escalationChain: string;
		firstHour: string;
		firstStep: string;
		duties: string;
		channels: string;
		lastExercised: string;
	};
	team: {
		roles: string;
		roleName: string;
		responsibilities: string;
		mailbox: string;
		members: string;
		personName: string;
		timezone: string;
		officeHours: string;
	};
	channel: {
		handle: string;
		url: string;
		stateNeeds: string;
		purpose: string;
		targetGroups: string;
		deputy: string;
		commercial: string;
	};
	template: {
		scenario: string;
		tone: string;
		text: string;
		variableExample: string;
	};
	goal: {
		objective: string;
		metric: string;
		unit: string;
		baseline: string;
		target: string;
		channelIds: (ids: string) => string;
		dataSource: string;
	};
	prepublish: {
		questions: string;
		question: string;
		help: string;
		mappings: string;
		label: string;
	};
}

const EN: TemplateText = {
	oneOf: 'one of',
	oneOrMoreOf: 'one or more of',
	replaceTodos: 'Replace every "TODO: …" text; `npm run check` lists the ones left (TODO-001).',
	fieldDocs: 'Field descriptions: docs/authoring.en.md (Deutsch: docs/authoring.de.md).',
	idStays: 'must stay equal to the file name',
	titleHint: 'the title readers see (3 to 120 characters)',
	summaryHint: 'one or two sentences for lists and search results',
	onceApproved:
		'Once approved, add approvedBy (a role that may approve), reviewedOn and reviewBy (dates).',
	roleIdList: (ids) => `a role id: ${ids}`,
	roleIdFromTeams: 'a role id from teams/*.yaml',
	writeBody: {
		guideline: 'write the text of the guideline for readers here, in Markdown.',
		checklist: 'write the text of the checklist for readers here, in Markdown.',
		playbook: 'write the text of the playbook for readers here, in Markdown.',
	},
	newDoc: {
		guideline: 'A new guideline',
		checklist: 'A new legal checklist',
		playbook: 'A new crisis playbook',
		team: 'A new team',
		channel: 'A new channel',
		template: 'A new response template',
		goal: 'A new goal',
		prepublish: 'A new pre-publish check',
	},
	guideline: {
		appliesTo: 'or a list of channel ids, e.g. [instagram, linkedin]',
		rules: "the do and don't rules; at least one",
		ruleId: 'unique within this guideline; keep it when you reword the rule',
		ruleText: 'the rule as one short imperative sentence',
		rationale: 'why the rule exists, in one or two sentences',
		checklistItems: 'checklist items the rule relies on',
		legalAreas: 'legal areas the guideline touches; each needs one of `checklists`',
		contacts: 'roles to ask when in doubt',
	},
	checklist: {
		itemId: 'unique within this checklist; keep it when you reword the question',
		question: 'a yes/no question; "yes" is the safe answer?',
		ref: 'the provision, e.g. § 31',
		guidance: 'what to do or how to check, in plain language',
		legalReviewer: 'the role that reviews the checklist legally',
		items: 'at least five',
	},
	playbook: {
		levelName: (n) => `name of level ${n}`,
		criteria: 'what the situation looks like at this level',
		acknowledgeWithin: 'ISO 8601 duration; must not grow as the level rises',
		backupApprover: 'must differ from approver; both may approve',
		actions: 'what to do at this level',
		scenario: 'the situation the playbook is for, in one sentence',
		signal: 'what the signal looks like in practice',
		minLevel: 'a level defined below',
		levels: 'at least two',
		escalationChain: 'in order, without repeats',
		firstHour: 'in order, each at most PT1H after detection',
		firstStep: 'first step',
		duties: 'what the post-mortem covers',
		channels: 'or a list of channel ids',
		lastExercised: 'date of the last drill (PB-006 warns without one)',
	},
	team: {
		roles: 'role ids are unique across all team files',
		roleName: 'name of the role',
		responsibilities: 'what the role is responsible for',
		mailbox: 'role mailboxes only, never private addresses',
		members: 'member ids are unique across all team files',
		personName: 'name of the person',
		timezone: 'an IANA time zone',
		officeHours: 'when the channels are watched; add blocks for other days',
	},
	channel: {
		handle: 'account name on the platform',
		url: 'address of the channel',
		stateNeeds: '(active needs monitoringHours, responseTarget, privacyNoticeUrl)',
		purpose: 'why the channel exists, in one or two sentences',
		targetGroups: 'who the channel is for',
		deputy: 'stands in for the owner; must differ from owner',
		commercial: 'true needs imprintUrl',
	},
	template: {
		scenario: 'when to use the template, in one sentence',
		tone: 'intended tone, e.g. calm, factual',
		text: 'the text; write a variable in double curly braces and declare it below',
		variableExample: '{ name: datum, description: Date of the next update, example: 14 March }',
	},
	goal: {
		objective: 'what the goal achieves, in one sentence',
		metric: 'what is measured, e.g. engagement rate',
		unit: 'unit, e.g. %',
		baseline: 'value at the start of the period; replace with the real number',
		target: 'value to reach; must differ from baseline',
		channelIds: (ids) => `channel ids: ${ids}`,
		dataSource: 'where the numbers come from',
	},
	prepublish: {
		questions: 'asked in this order; ids are also the deep-link parameters',
		question: 'a short question about the post',
		help: 'what the question means, with an example',
		mappings: 'which answers bring in which checklist items and guideline rules',
		label: 'reason shown next to the items',
	},
};

const DE: TemplateText = {
	oneOf: 'eins von',
	oneOrMoreOf: 'eins oder mehrere von',
	replaceTodos: 'Ersetze jeden Text „TODO: …“; `npm run check` listet die übrigen (TODO-001).',
	fieldDocs: 'Feldbeschreibungen: docs/authoring.de.md (English: docs/authoring.en.md).',
	idStays: 'muss dem Dateinamen gleich bleiben',
	titleHint: 'der Titel, den Lesende sehen (3 bis 120 Zeichen)',
	summaryHint: 'ein oder zwei Sätze für Listen und Suchergebnisse',
	onceApproved:
		'Nach der Freigabe ergänzen: approvedBy (eine Rolle, die freigeben darf), reviewedOn und reviewBy (Daten).',
	roleIdList: (ids) => `eine Rollen-ID: ${ids}`,
	roleIdFromTeams: 'eine Rollen-ID aus teams/*.yaml',
	writeBody: {
		guideline: 'hier den Text der Richtlinie für die Lesenden schreiben, in Markdown.',
		checklist: 'hier den Text der Checkliste für die Lesenden schreiben, in Markdown.',
		playbook: 'hier den Text des Playbooks für die Lesenden schreiben, in Markdown.',
	},
	newDoc: {
		guideline: 'Neue Richtlinie',
		checklist: 'Neue rechtliche Checkliste',
		playbook: 'Neues Krisen-Playbook',
		team: 'Neues Team',
		channel: 'Neuer Kanal',
		template: 'Neue Antwortvorlage',
		goal: 'Neues Ziel',
		prepublish: 'Neuer Vorab-Check',
	},
	guideline: {
		appliesTo: 'oder eine Liste von Kanal-IDs, z. B. [instagram, linkedin]',
		rules: 'die Do- und Don’t-Regeln; mindestens eine',
		ruleId: 'eindeutig in dieser Richtlinie; beim Umformulieren der Regel beibehalten',
		ruleText: 'die Regel als ein kurzer Satz in der Befehlsform',
		rationale: 'warum es die Regel gibt, in ein oder zwei Sätzen',
		checklistItems: 'Checklistenpunkte, auf die sich die Regel stützt',
		legalAreas: 'Rechtsgebiete der Richtlinie; jedes braucht eine der `checklists`',
		contacts: 'Rollen, die man im Zweifel fragt',
	},
	checklist: {
		itemId: 'eindeutig in dieser Checkliste; beim Umformulieren der Frage beibehalten',
		question: 'eine Ja/Nein-Frage; ist „ja“ die sichere Antwort?',
		ref: 'die Vorschrift, z. B. § 31',
		guidance: 'was zu tun oder zu prüfen ist, in einfacher Sprache',
		legalReviewer: 'die Rolle, die die Checkliste rechtlich prüft',
		items: 'mindestens fünf',
	},
	playbook: {
		levelName: (n) => `Name der Stufe ${n}`,
		criteria: 'wie die Lage auf dieser Stufe aussieht',
		acknowledgeWithin: 'Dauer nach ISO 8601; darf mit steigender Stufe nicht wachsen',
		backupApprover: 'muss sich von approver unterscheiden; beide dürfen freigeben',
		actions: 'was auf dieser Stufe zu tun ist',
		scenario: 'die Lage, für die das Playbook gilt, in einem Satz',
		signal: 'wie das Signal in der Praxis aussieht',
		minLevel: 'eine unten festgelegte Stufe',
		levels: 'mindestens zwei',
		escalationChain: 'der Reihe nach, ohne Wiederholungen',
		firstHour: 'der Reihe nach, jeder Schritt höchstens PT1H nach dem Erkennen',
		firstStep: 'erster Schritt',
		duties: 'was die Nachbesprechung abdeckt',
		channels: 'oder eine Liste von Kanal-IDs',
		lastExercised: 'Datum der letzten Übung (PB-006 warnt ohne eines)',
	},
	team: {
		roles: 'Rollen-IDs sind über alle Team-Dateien eindeutig',
		roleName: 'Name der Rolle',
		responsibilities: 'wofür die Rolle verantwortlich ist',
		mailbox: 'nur Rollenpostfächer, nie private Adressen',
		members: 'Mitglieder-IDs sind über alle Team-Dateien eindeutig',
		personName: 'Name der Person',
		timezone: 'eine IANA-Zeitzone',
		officeHours: 'wann die Kanäle betreut werden; Blöcke für weitere Tage ergänzen',
	},
	channel: {
		handle: 'Kontoname auf der Plattform',
		url: 'Adresse des Kanals',
		stateNeeds: '(active braucht monitoringHours, responseTarget, privacyNoticeUrl)',
		purpose: 'warum es den Kanal gibt, in ein oder zwei Sätzen',
		targetGroups: 'für wen der Kanal ist',
		deputy: 'vertritt die verantwortliche Rolle; muss sich von owner unterscheiden',
		commercial: 'true braucht imprintUrl',
	},
	template: {
		scenario: 'wann die Vorlage passt, in einem Satz',
		tone: 'beabsichtigter Ton, z. B. ruhig, sachlich',
		text: 'der Text; eine Variable in doppelten geschweiften Klammern schreiben und unten angeben',
		variableExample: '{ name: datum, description: Datum des nächsten Updates, example: 14. März }',
	},
	goal: {
		objective: 'was das Ziel erreicht, in einem Satz',
		metric: 'was gemessen wird, z. B. Interaktionsrate',
		unit: 'Einheit, z. B. %',
		baseline: 'Wert zu Beginn des Zeitraums; durch die echte Zahl ersetzen',
		target: 'Zielwert; muss sich von baseline unterscheiden',
		channelIds: (ids) => `Kanal-IDs: ${ids}`,
		dataSource: 'woher die Zahlen kommen',
	},
	prepublish: {
		questions: 'in dieser Reihenfolge gefragt; die IDs sind auch die Deep-Link-Parameter',
		question: 'eine kurze Frage zum Beitrag',
		help: 'was die Frage meint, mit einem Beispiel',
		mappings: 'welche Antworten welche Checklistenpunkte und Richtlinien-Regeln einbeziehen',
		label: 'Grund, der neben den Punkten steht',
	},
};

/** The words for a document in `language` (a BCP 47 tag): German for de and de-*, else English. */
export function templateText(language: string): TemplateText {
	return /^de(?:-|$)/i.test(language) ? DE : EN;
}
