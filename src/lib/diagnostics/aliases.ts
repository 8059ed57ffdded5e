/**
 * German (and a few common English) words authors write for allowed values.
 * Spelling distance cannot connect "urheberrecht" with "copyright", so these
 * give the "did you mean" for values written in the author's own language.
 */
const ALIASES: Record<string, string> = {
	// legal areas
	urheberrecht: 'copyright',
	markenrecht: 'trademark',
	marke: 'trademark',
	wettbewerbsrecht: 'competition',
	wettbewerb: 'competition',
	uwg: 'competition',
	persoenlichkeitsrecht: 'personality',
	persönlichkeitsrecht: 'personality',
	bildrecht: 'personality',
	datenschutz: 'data-protection',
	dsgvo: 'data-protection',
	gdpr: 'data-protection',
	impressum: 'imprint',
	arbeitsrecht: 'employment',
	betriebsrat: 'employment',
	ki: 'ai-transparency',
	// document status
	entwurf: 'draft',
	'in-pruefung': 'in-review',
	'in-prüfung': 'in-review',
	pruefung: 'in-review',
	review: 'in-review',
	freigegeben: 'approved',
	genehmigt: 'approved',
	veraltet: 'deprecated',
	archiviert: 'deprecated',
	// scope, binding, rule kind
	privat: 'private-accounts',
	'private-konten': 'private-accounts',
	unternehmen: 'corporate-accounts',
	unternehmenskonten: 'corporate-accounts',
	beide: 'both',
	richtlinie: 'policy',
	pflicht: 'policy',
	empfehlung: 'recommendation',
	tun: 'do',
	lassen: 'dont',
	"don't": 'dont',
	// severity
	kritisch: 'blocker',
	hoch: 'major',
	mittel: 'major',
	niedrig: 'minor',
	gering: 'minor',
	// languages
	deutsch: 'de',
	german: 'de',
	englisch: 'en',
	english: 'en',
	// audiences
	mitarbeitende: 'all-employees',
	alle: 'all-employees',
	rechtsabteilung: 'legal',
	geschaeftsfuehrung: 'management',
	geschäftsführung: 'management',
	// employment
	praktikant: 'intern',
	praktikantin: 'intern',
	werkstudent: 'working-student',
	werkstudentin: 'working-student',
	angestellt: 'employee',
	freiberuflich: 'freelancer',
	agentur: 'agency',
};

/** The allowed value an author most likely meant by `input`, if the alias table knows it. */
export function aliasFor(input: string, allowed: readonly string[]): string | undefined {
	const hit = ALIASES[input.trim().toLowerCase()];
	return hit !== undefined && allowed.includes(hit) ? hit : undefined;
}
