/**
 * The schemas' own reasons (the `error` texts of their format checks, e.g. "must be an IANA
 * time zone") in German, for the German wording of SCH-005. Keyed by the English text in
 * schemas/*.ts; tests/unit/diagnostics/schema-reasons.test.ts fails when a schema's reason has
 * no entry here. `expected` is the reason as a noun phrase ("eine IANA-Zeitzone"), used where
 * the English report derives it from "must be …".
 */

/** One reason in German: the predicate after the value, and what is expected. */
export interface ReasonDe {
	/** Follows the value in the message: `"Berlin" muss eine IANA-Zeitzone sein.` */
	reason: string;
	/** What is expected, as a noun phrase. */
	expected?: string;
}

export const SCHEMA_REASONS_DE: Record<string, ReasonDe> = {
	'must be a law abbreviation like UrhG': {
		reason: 'muss eine Gesetzesabkürzung wie UrhG sein',
		expected: 'eine Gesetzesabkürzung wie UrhG',
	},
	'must be a short abbreviation like EnWG': {
		reason: 'muss eine kurze Abkürzung wie EnWG sein',
		expected: 'eine kurze Abkürzung wie EnWG',
	},
	'must be a yes/no question ending with "?"': {
		reason: 'muss eine Ja/Nein-Frage sein, die mit „?“ endet',
		expected: 'eine Ja/Nein-Frage, die mit „?“ endet',
	},
	'must be lower-case words joined by hyphens': {
		reason: 'muss aus Wörtern in Kleinbuchstaben bestehen, die mit Bindestrichen verbunden sind',
	},
	'must be an ISO date (YYYY-MM-DD)': {
		reason: 'muss ein Datum in der Form JJJJ-MM-TT sein',
		expected: 'ein Datum in der Form JJJJ-MM-TT',
	},
	'is not a real calendar date': { reason: 'ist kein echtes Kalenderdatum' },
	'must be an ISO 8601 duration': { reason: 'muss eine Dauer nach ISO 8601 sein' },
	'must be a web address starting with https://': {
		reason: 'muss eine Webadresse sein, die mit https:// beginnt',
		expected: 'eine Webadresse, die mit https:// beginnt',
	},
	'must be a web address starting with https:// that contains {n}': {
		reason: 'muss eine Webadresse sein, die mit https:// beginnt und {n} enthält',
		expected: 'eine Webadresse, die mit https:// beginnt und {n} enthält',
	},
	'must be an e-mail address': {
		reason: 'muss eine E-Mail-Adresse sein',
		expected: 'eine E-Mail-Adresse',
	},
	'must be written as <checklist-id>#<item-id>': {
		reason: 'muss in der Form <checklist-id>#<item-id> geschrieben sein',
		expected: 'die Form <checklist-id>#<item-id>',
	},
	'must be written as <guideline-id>#<rule-id>': {
		reason: 'muss in der Form <guideline-id>#<rule-id> geschrieben sein',
		expected: 'die Form <guideline-id>#<rule-id>',
	},
	'must start with a letter and contain only letters, digits and _': {
		reason: 'muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und _ enthalten',
		expected: 'ein Name aus Buchstaben, Ziffern und _, der mit einem Buchstaben beginnt',
	},
	'must be a path to an .svg or .png file inside the content folder': {
		reason: 'muss der Pfad einer .svg- oder .png-Datei im Inhaltsordner sein',
		expected: 'der Pfad einer .svg- oder .png-Datei im Inhaltsordner',
	},
	'must be a domain name like example.com': {
		reason: 'muss ein Domainname wie example.com sein',
		expected: 'ein Domainname wie example.com',
	},
	'must be a hex colour like #0b5c8a': {
		reason: 'muss eine Hex-Farbe wie #0b5c8a sein',
		expected: 'eine Hex-Farbe wie #0b5c8a',
	},
	'must be a time of day written HH:MM on the 24-hour clock, e.g. 08:00 or 17:30': {
		reason: 'muss eine Uhrzeit in der Form HH:MM (24 Stunden) sein, z. B. 08:00 oder 17:30',
		expected: 'eine Uhrzeit in der Form HH:MM (24 Stunden), z. B. 08:00 oder 17:30',
	},
	'must be an IANA time zone': {
		reason: 'muss eine IANA-Zeitzone sein',
		expected: 'eine IANA-Zeitzone wie Europe/Berlin',
	},
	'must be a phone number such as +49 30 1234 5670': {
		reason: 'muss eine Telefonnummer wie +49 30 1234 5670 sein',
		expected: 'eine Telefonnummer wie +49 30 1234 5670',
	},
	'must be a git host account or team such as @org/team or @user': {
		reason: 'muss ein Konto oder Team beim Git-Host sein, z. B. @org/team oder @user',
		expected: 'ein Konto oder Team beim Git-Host, z. B. @org/team oder @user',
	},
};
