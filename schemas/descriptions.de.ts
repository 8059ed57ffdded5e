/**
 * German descriptions of every document field, beside the English JSDoc of the schema files:
 * the German authoring guide (docs/authoring.de.md) shows these instead of the English text.
 * Keyed by the field path as authors write it (`items[].legalBasis[].law`), per document type;
 * fields every type shares are under `common`. tests/unit/authoring-docs.test.ts fails when a
 * field has no German description here, or when an entry names a field that no longer exists —
 * so a new schema field needs its German line in the same change.
 *
 * Why one file: it is one table (a section per document type, in the order of the guide), the
 * German counterpart of the schemas' JSDoc; a translator reviews and completes it in one place.
 */
import type { DocType } from './index.ts';

/** What each document type is, in German (the guide adds where its files live). */
export const TYPE_DESCRIPTIONS_DE: Record<DocType, string> = {
	guideline:
		'Richtlinie: was Mitarbeitende veröffentlichen dürfen, als Do-/Don’t-Regeln. Geschrieben als MDX; der Fließtext ist der Textteil.',
	checklist:
		'Rechtliche Checkliste: Ja/Nein-Fragen mit ihrer Rechtsgrundlage. Geschrieben als MDX; der Fließtext ist der Textteil.',
	playbook:
		'Krisen-Playbook (Reaktion auf einen „Shitstorm“). Geschrieben als MDX; der Fließtext ist der Textteil.',
	team: 'Team: Rollen, Mitglieder, Erreichbarkeit, Zeitbudgets und RACI. Geschrieben als YAML.',
	channel: 'Kanalsteckbrief: ein Social-Media-Auftritt des Unternehmens. Geschrieben als YAML.',
	template:
		'Antwortvorlage oder Holding Statement, mit deklarierten `{{variablen}}`. Geschrieben als YAML.',
	goal: 'Messbares Ziel: Kennzahl, Ausgangswert, Zielwert und Zeitraum. Geschrieben als YAML.',
	prepublish:
		'Vorab-Check („Darf ich das posten?“): kurze Fragen zu einem geplanten Beitrag und welche Checklistenpunkte und Richtlinienregeln jede Antwort relevant macht. Geschrieben als YAML. Die Texte der Punkte und Regeln bleiben in ihren Checklisten und Richtlinien; diese Datei verweist nur auf sie, damit der Check nie vom Handbuch abweicht.',
};

/** Fields every document type has. */
const common: Record<string, string> = {
	id: 'Eindeutige Kennung des Dokuments. Gleich dem Dateinamen ohne Endung, z. B. `urheberrecht` für `urheberrecht.mdx`.',
	title: 'Titel, gezeigt als Seitenüberschrift und in Suchergebnissen (3 bis 120 Zeichen).',
	summary: 'Ein oder zwei Sätze für Listen und Suchauszüge (höchstens 280 Zeichen).',
	language: 'Sprache, in der das Dokument geschrieben ist.',
	translationOf: 'Kennung des Dokuments, das dieses übersetzt, wenn es eine Übersetzung ist.',
	classification:
		'Wer das Dokument lesen darf: `public`, `internal` (ohne Angabe) oder `confidential`. Vertrauliche Dokumente fehlen auf der Website, in Suche, Manifest, Feeds und Listen, außer der Build setzt KODEX_CONFIDENTIAL=1 (dann mit Hinweisbanner und ohne Suche, außer KODEX_CONFIDENTIAL=search).',
	status:
		'Stand im Lebenszyklus. Entwürfe erscheinen nie auf der Website; freigegebene Dokumente brauchen `approvedBy`, `reviewedOn` und `reviewBy`; abgelöste brauchen `supersededBy`.',
	version:
		'Versionsnummer des Inhalts, eine ganze Zahl ab 1. Bei jeder Änderung, die Lesende bemerken müssen, um eins erhöhen; sie darf in der git-Historie nie sinken (HIST-001). Hat ein Dokument eine Version, sollte jedes freigegebene eine haben (DOC-004).',
	effectiveFrom:
		'Datum, ab dem das Dokument gilt, z. B. `2027-01-01`. Bis dahin zeigt die Website es als kommend, mit Hinweis, und nicht als geltende Regel.',
	supersededBy:
		'Kennung des Dokuments, das dieses ablöst. Pflicht bei `status: superseded` und nur dann erlaubt; es muss ein Dokument desselben Typs sein.',
	owner: 'Rolle, die für den Inhalt verantwortlich ist (eine Rollen-Kennung aus einer Team-Datei).',
	approvedBy: 'Rolle, die die aktuelle Fassung freigegeben hat. Pflicht bei `status: approved`.',
	reviewedOn: 'Datum der letzten Prüfung oder Freigabe. Pflicht bei `status: approved`.',
	reviewBy:
		'Datum, bis zu dem das Dokument wieder geprüft sein muss. Pflicht bei `status: approved`.',
	audience:
		'Für wen das Dokument geschrieben ist; mindestens eine Zielgruppe, z. B. `all-employees` (eingebaut oder unter `vocabulary.audiences` in handbook.yaml ergänzt).',
	tags: 'Freie Stichwörter, die der Suche helfen.',
	related: 'Kennungen anderer Dokumente, die Lesende dieses Dokuments auch sehen sollten.',
};

const guideline: Record<string, string> = {
	scope:
		'Für welche Konten die Richtlinie gilt: die Konten des Unternehmens, private Konten der Mitarbeitenden oder beide.',
	binding: '`policy`-Regeln sind verbindlich; `recommendation`-Regeln sind gute Praxis.',
	appliesTo: 'Kanäle, für die die Richtlinie gilt: `all` oder eine Liste von Kanal-Kennungen.',
	rules: 'Die Do- und Don’t-Regeln; mindestens eine.',
	'rules[].id': 'Kennung der Regel, eindeutig in dieser Richtlinie, z. B. `offenlegen`.',
	'rules[].kind': 'Ob es etwas zu tun oder etwas zu lassen ist.',
	'rules[].text': 'Die Regel als ein kurzer Satz in Befehlsform (höchstens 200 Zeichen).',
	'rules[].rationale': 'Warum es die Regel gibt, in ein oder zwei Sätzen.',
	'rules[].checklistItems':
		'Checklistenpunkte, auf die sich die Regel stützt, geschrieben als `<checklisten-id>#<punkt-id>`.',
	'rules[].blocks':
		'Was die Regel im Vorab-Check bedeutet, wenn ein Beitrag unter sie fällt: `fix` stoppt den Beitrag („erst korrigieren“), `ask` heißt „vor dem Posten fragen“. Ohne Angabe erscheint die Regel als Rat, und das Ergebnis kann trotzdem „los“ sein.',
	'rules[].askRole':
		'Rolle, die zu einem Beitrag unter dieser Regel gefragt wird, z. B. `pressestelle`; erscheint beim Ergebnis wie `escalateTo` eines Checklistenpunkts.',
	legalAreas:
		'Rechtsgebiete, die die Richtlinie berührt. Jedes muss von einer der `checklists` abgedeckt sein.',
	checklists: 'Kennungen der rechtlichen Checklisten, auf die sich die Richtlinie stützt.',
	contacts: 'Rollen, die man im Zweifel fragt; mindestens eine.',
	disclaimer:
		'Ein Hinweistext zum Kopieren, z. B. „Hier äußere ich meine private Meinung“ für private Profile.',
	requiresAcknowledgement:
		'Ob Lesende bestätigen müssen, dass sie die Richtlinie gelesen haben (auf der Seite gezeigt; erfasst wird es anderswo).',
	worksCouncil:
		'Beteiligung des Betriebsrats; erwartet bei Richtlinien, die private Konten betreffen.',
	'worksCouncil.involved':
		'Ob der Betriebsrat beim Schreiben oder Vereinbaren der Richtlinie beteiligt war.',
	'worksCouncil.agreement':
		'Name oder Nummer der Betriebsvereinbarung, die sie abdeckt, falls es eine gibt.',
};

const checklist: Record<string, string> = {
	legalArea:
		'Das Rechtsgebiet der Checkliste, z. B. `copyright` (eingebaut oder unter `vocabulary.legalAreas` in handbook.yaml ergänzt). Eine Checkliste hat entweder `legalArea` oder `topic`.',
	topic:
		'Für eine Prüfung, bei der es nicht um Recht geht (Barrierefreiheit, Sicherheit kritischer Infrastruktur): ihr Thema, z. B. `accessibility` (eingebaut oder unter `vocabulary.checklistTopics` ergänzt). Sie zählt für kein Rechtsgebiet.',
	jurisdiction: 'Rechtsordnung, für die die Checkliste geschrieben ist.',
	appliesTo: 'Arten von Veröffentlichungen, für die die Checkliste gilt.',
	legalReviewer:
		'Rolle, die die Checkliste rechtlich prüft und Rückfragen beantwortet, z. B. `legal-counsel`.',
	items: 'Die Prüffragen; mindestens fünf.',
	'items[].id': 'Kennung des Punkts, eindeutig in dieser Checkliste, z. B. `lizenz-vorhanden`.',
	'items[].question':
		'Die Frage, so gestellt, dass „Ja“ die sichere Antwort ist. Endet mit einem Fragezeichen.',
	'items[].group':
		'Optionale Zwischenüberschrift, die Punkte auf der Seite gruppiert, z. B. `Fotos und Videos`.',
	'items[].severity':
		'Wie schlimm ein „Nein“ ist: `blocker` stoppt die Veröffentlichung, `major` braucht eine Korrektur, `minor` ist ein Rat.',
	'items[].legalBasis': 'Rechtsgrundlage des Punkts; mindestens eine Quelle.',
	'items[].legalBasis[].law':
		'Das Gesetz oder die Art der Quelle, z. B. `UrhG`, `DSGVO` oder `case-law` für ein Urteil. Gesetze, die der Katalog nicht kennt, werden unter `vocabulary.laws` in handbook.yaml ergänzt.',
	'items[].legalBasis[].ref':
		'Die Vorschrift oder Fundstelle darin, z. B. `§ 51a`, `Art. 6 Abs. 1` oder `BGH I ZR 90/20`.',
	'items[].legalBasis[].url':
		'Link zum amtlichen Text. Optional: Für Gesetze im Katalog wird der Link aus seinem Muster gebildet.',
	'items[].guidance': 'Was zu tun ist oder wie man es prüft, in einfachen Worten.',
	'items[].escalateTo':
		'Rolle, die man fragt, wenn die Antwort „Nein“ oder unklar ist. Ohne Angabe der `legalReviewer` der Checkliste.',
	'items[].uncertain':
		'Gesetzt, wenn die Rechtslage ungeklärt ist; der Punkt wird auf der Seite markiert.',
	'items[].uncertainNote': 'Warum der Punkt unsicher ist, z. B. ein laufendes Gerichtsverfahren.',
};

const playbook: Record<string, string> = {
	scenario: 'Die Lage, für die das Playbook gedacht ist, in einem Satz.',
	scale:
		'Welche Skala die Stufen nutzen. `shitstorm-0-6` und `custom-ascending`: höhere Zahl = ernster. `tiers-4-1`: niedrigere Zahl = ernster.',
	triggers: 'Signale, die das Playbook auslösen; mindestens eines.',
	'triggers[].id': 'Kennung des Auslösers, eindeutig in diesem Playbook.',
	'triggers[].signal':
		'Art des Signals, z. B. `volume-spike` (eingebaut oder unter `vocabulary.signals` in handbook.yaml ergänzt).',
	'triggers[].description': 'Wie das Signal in der Praxis aussieht.',
	'triggers[].minLevel': 'Stufe, die die Lage mindestens hat, wenn dieser Auslöser greift.',
	levels: 'Die Eskalationsstufen; mindestens zwei.',
	'levels[].level': 'Nummer der Stufe auf der Skala des Playbooks, z. B. `3`.',
	'levels[].name': 'Kurzer Name der Stufe, z. B. `Frische Brise`.',
	'levels[].criteria': 'Wie die Lage auf dieser Stufe aussieht.',
	'levels[].acknowledgeWithin':
		'Zeit, in der das Team die Lage öffentlich oder intern bestätigt, z. B. `PT1H`. Darf mit steigendem Ernst nicht länger werden.',
	'levels[].updateEvery':
		'Wie oft während der Stufe Zwischenstände veröffentlicht werden, z. B. `PT2H`.',
	'levels[].notify': 'Rollen, die auf dieser Stufe benachrichtigt werden.',
	'levels[].notifyExternal':
		'Externe Stellen (aus `externalParties` einer Team-Datei), die auf dieser Stufe benachrichtigt werden, z. B. `gesundheitsamt`.',
	'levels[].approver': 'Rolle, die auf dieser Stufe öffentliche Stellungnahmen freigibt.',
	'levels[].backupApprover':
		'Rolle, die freigibt, wenn die freigebende Rolle nicht erreichbar ist; muss sich von `approver` unterscheiden.',
	'levels[].holdingStatements':
		'Kennungen freigegebener Holding-Statement-Vorlagen für diese Stufe.',
	'levels[].actions': 'Was auf dieser Stufe zu tun ist, der Reihe nach.',
	escalationChain: 'Rollen, an die der Reihe nach eskaliert wird, ohne Wiederholung.',
	firstHour: 'Schritte der ersten Stunde nach dem Erkennen.',
	'firstHour[].at': 'Minuten nach dem Erkennen, als Dauer, z. B. `PT15M`. Höchstens `PT1H`.',
	'firstHour[].action': 'Was geschieht.',
	'firstHour[].owner': 'Rolle, die es tut.',
	pauseScheduledPosts:
		'Ob geplante Beiträge und Anzeigen angehalten werden, sobald das Playbook startet.',
	postMortem: 'Pflichten nach der Krise.',
	'postMortem.fromLevel': 'Niedrigste Stufe, ab der eine Nachbesprechung Pflicht ist.',
	'postMortem.dueWithin': 'Zeit nach dem Ende der Krise, in der sie stattfindet, z. B. `P5D`.',
	'postMortem.owner': 'Rolle, die sie organisiert.',
	'postMortem.duties': 'Punkte, die die Nachbesprechung abdecken muss.',
	lastExercised: 'Datum der letzten Übung mit diesem Playbook.',
	channels: 'Kanäle, für die das Playbook gilt: `all` oder eine Liste von Kanal-Kennungen.',
};

/** The parts of `coverage` that team and channel files share. */
const coverage: Record<string, string> = {
	'coverage.timezone': 'IANA-Zeitzone aller Zeiten darunter, z. B. `Europe/Berlin`.',
	'coverage.officeHours':
		"Wann die Kanäle beobachtet und beantwortet werden, als Blöcke mit Tagen und Uhrzeiten, z. B. `[{ days: [mon, tue, wed, thu, fri], from: '08:00', to: '18:00' }]`.",
	'coverage.officeHours[].days': 'Tage, für die der Block gilt, z. B. `[mon, tue, wed, thu, fri]`.',
	'coverage.officeHours[].from': 'Beginn im 24-Stunden-Format, z. B. `08:00`.',
	'coverage.officeHours[].to':
		'Ende, später als `from` am selben Tag, z. B. `18:00`; `24:00` für Mitternacht.',
	'coverage.outOfHours':
		'Was außerhalb der Beobachtungszeiten geschieht, in Worten: wie eine Krise bemerkt wird und wen Mitarbeitende erreichen.',
	'coverage.onCall': 'Rufbereitschaften je Rolle, z. B. die Social-Media-Leitung am Wochenende.',
	'coverage.onCall[].role':
		'Rolle in Bereitschaft, z. B. `social-media-manager`; wer sie in der Woche innehat, hat Dienst.',
	'coverage.onCall[].schedule':
		'Wann die Rolle Bereitschaft hat, als Blöcke mit Tagen und Uhrzeiten.',
	'coverage.onCall[].schedule[].days': 'Tage, für die der Block gilt, z. B. `[sat, sun]`.',
	'coverage.onCall[].schedule[].from': 'Beginn im 24-Stunden-Format, z. B. `09:00`.',
	'coverage.onCall[].schedule[].to':
		'Ende, später als `from` am selben Tag, z. B. `18:00`; `24:00` für Mitternacht.',
	'coverage.onCall[].covers': 'Wofür die Bereitschaft da ist, z. B. `Krisen ab Stufe 3`.',
	'coverage.roster':
		'Wo der Bereitschaftsplan steht, z. B. der Name eines Schichtplan-Werkzeugs. Nie Telefonnummern hier eintragen.',
};

const team: Record<string, string> = {
	roles: 'Rollen, die dieses Team festlegt.',
	'roles[].id':
		'Kennung der Rolle, eindeutig über alle Team-Dateien, z. B. `social-media-manager`.',
	'roles[].name': 'Anzeigename der Rolle, z. B. `Social-Media-Managerin`.',
	'roles[].category': 'Art der Rolle.',
	'roles[].responsibilities': 'Wofür die Rolle zuständig ist; mindestens ein Punkt.',
	'roles[].mailbox':
		'Gemeinsames Rollenpostfach auf einer Domain des Unternehmens (`company.mailDomains` in handbook.yaml), nie eine persönliche oder private Adresse (TEAM-006).',
	'roles[].businessPhone':
		'Dienstliche Telefonnummer der Rolle (Teamleitung oder Zentrale, nie eine private oder Mobilnummer einer Person), z. B. `+49 30 1234 5670`. Die einzige Stelle, an der eine Telefonnummer in einer Team-Datei stehen darf (TEAM-006).',
	'roles[].deputy':
		'Rolle, die jede Inhaberin dieser Rolle vertritt, z. B. `community-manager`: eine Vertretung je Rolle, statt oder neben `deputyOf` bei Mitgliedern.',
	'roles[].canApprove': 'Ob die Rolle Dokumente und Krisen-Stellungnahmen freigeben darf.',
	'roles[].timeBudget': 'Zeit, die die Rolle je Tätigkeit aufwendet.',
	'roles[].timeBudget[].activity':
		'Die Tätigkeit, z. B. `monitoring`, `distribution`, `dialogue`, `content-creation`, `networking` (eingebaut) oder eine unter `vocabulary.activities` in handbook.yaml ergänzte.',
	'roles[].timeBudget[].minutes': 'Minuten je Zeitraum `per`, z. B. `15`.',
	'roles[].timeBudget[].per': 'Ob `minutes` je Arbeitstag oder je Woche gelten.',
	members: 'Personen in diesem Team.',
	'members[].id': 'Kennung der Person, eindeutig über alle Team-Dateien, z. B. `anna-berger`.',
	'members[].name': 'Name, wie er im Handbuch erscheint.',
	'members[].roles': 'Kennungen der Rollen, die diese Person innehat.',
	'members[].employment': 'Art der Beschäftigung.',
	'members[].deputyOf':
		'Kennung des Mitglieds, das diese Person bei Urlaub und Krankheit vertritt.',
	'members[].weeklyHours': 'Wochenstunden, die diese Person für Social Media hat.',
	...coverage,
	coverage: 'Beobachtungszeiten, was außerhalb gilt, und wer wann Rufbereitschaft hat.',
	externalParties:
		'Behörden und externe Kontakte, mit denen dieses Team in einer Krise arbeitet; Playbooks benachrichtigen sie, sie geben nie frei.',
	'externalParties[].id':
		'Kennung, die Playbooks in `notifyExternal` nutzen, eindeutig über alle Team-Dateien und verschieden von jeder Rollen-Kennung, z. B. `gesundheitsamt`.',
	'externalParties[].name': 'Name der Behörde oder Firma, z. B. `Gesundheitsamt der Stadt`.',
	'externalParties[].function':
		'Was sie für uns tut, z. B. `Aufsicht über die Trinkwasserqualität`.',
	'externalParties[].reach':
		'Wie sie erreichbar ist: eine offizielle Hotline, ein Postfach oder Portal, z. B. `Lagezentrum, 0800 123 456 (rund um die Uhr)`. Nie private Nummern.',
	'externalParties[].phone':
		'Offizielle Telefonnummer der Stelle (Hotline, Lagezentrum), z. B. `+49 30 1234 5670`; Krisenseiten zeigen sie zum Antippen. Nie private Nummern.',
	'externalParties[].when':
		'Wann sie kontaktiert wird, z. B. `sobald eine Trinkwasserwarnung erwogen wird`.',
	raci: 'Wer macht was: eine Zeile je Tätigkeit.',
	'raci[].activity': 'Die Tätigkeit, z. B. `Kampagnenfreigabe`.',
	'raci[].roles':
		'Rollen-Kennungen mit R (durchführend), A (verantwortlich), C (beratend), I (informiert) oder AR (A und R). Genau ein A je Zeile.',
	codeOwners:
		'Konten beim git-Anbieter, die Änderungen an den Dokumenten der Rollen dieses Teams prüfen, z. B. `@beispiel-rohrwerk/kommunikation` oder `@anna-berger`. `npm run codeowners` schreibt sie in CODEOWNERS.',
};

const channel: Record<string, string> = {
	platform:
		'Die Plattform, z. B. `instagram` (eingebaut oder unter `vocabulary.platforms` in handbook.yaml ergänzt).',
	handle: 'Kontoname auf der Plattform, z. B. `@beispiel-rohrwerk`.',
	url: 'Adresse des Kanals.',
	state: 'Ob der Kanal läuft: geplant, aktiv, pausiert oder archiviert.',
	purpose: 'Wozu es den Kanal gibt, in ein oder zwei Sätzen.',
	targetGroups: 'Für wen der Kanal ist, z. B. `Planungsbüros`, `Auszubildende`.',
	tone: 'Wie der Kanal klingt, z. B. `fachlich, freundlich, per Sie`.',
	cadence: 'Rhythmus der Beiträge.',
	'cadence.postsPerWeek': 'Geplante Beiträge pro Woche.',
	'cadence.notes': 'Anmerkungen zum Rhythmus, z. B. exklusive Formate.',
	deputy: 'Rolle, die die verantwortliche Rolle vertritt; muss sich von `owner` unterscheiden.',
	monitoringHours:
		'Wann der Kanal beobachtet wird, z. B. `Mo–Fr 8–18 Uhr`. Pflicht für aktive Kanäle.',
	replies:
		'`false` für einen Kanal, der nur sendet (z. B. ein Messenger-Kanal ohne Antwortmöglichkeit): Er braucht keine `responseTarget`, und seine Seite sagt, dass er keine Antworten annimmt. Ohne Angabe `true`.',
	responseTarget:
		'Zeit, in der Kommentare und Nachrichten eine erste Antwort bekommen, z. B. `PT4H`. Pflicht für aktive Kanäle, die Antworten annehmen.',
	commercial:
		'Ob der Kanal geschäftsmäßig betrieben wird. Geschäftsmäßige Kanäle brauchen `imprintUrl`.',
	imprintUrl:
		'Link zur Anbieterkennzeichnung (Impressum, § 5 DDG). Pflicht, wenn `commercial` wahr ist.',
	privacyNoticeUrl:
		'Link zur Datenschutzerklärung für diesen Kanal (Art. 13 DSGVO). Pflicht für aktive Kanäle.',
	houseRules: 'Kennung der Richtlinie mit der Netiquette für Kommentare auf diesem Kanal.',
	twoFactor: 'Ob die Zwei-Faktor-Anmeldung für jedes Konto mit Zugang eingeschaltet ist.',
	goals: 'Kennungen der Ziele, denen dieser Kanal dient.',
	...coverage,
	coverage:
		'Eigene Beobachtungszeiten dieses Kanals, wenn sie von denen des Teams abweichen: jeder Teil der Team-Angabe.',
};

const template: Record<string, string> = {
	kind: 'Art der Vorlage, z. B. `holding-statement` (eingebaut oder unter `vocabulary.templateKinds` in handbook.yaml ergänzt). Krisen-Playbooks nutzen Vorlagen der Art `holding-statement` oder einer Art, die dort mit `holdingStatement: true` gekennzeichnet ist.',
	scenario: 'Wann sie genutzt wird, in einem Satz.',
	tone: 'Beabsichtigter Ton, z. B. `ruhig, sachlich, empathisch`.',
	text: 'Der Text, mit Platzhaltern in der Form `{{name}}`. Jeder Platzhalter muss in `variables` deklariert sein.',
	variables: 'Platzhalter, die der Text nutzt.',
	'variables[].name': 'Name, im Text als `{{name}}` geschrieben, z. B. `datum`.',
	'variables[].description': 'Was einzusetzen ist.',
	'variables[].example': 'Ein Beispielwert, der auf der Seite gezeigt wird, z. B. `14. März`.',
	'variables[].optional':
		'Ob der Text kopiert werden darf, während dieses Feld leer ist, z. B. ein optionaler Gruß. Sonst muss jeder Platzhalter ausgefüllt sein, bevor die Seite den Text kopiert.',
	platforms: 'Plattformen, auf die der Text passt.',
	maxLength: 'Höchstlänge in Zeichen nach dem Ausfüllen, wenn eine Plattform sie begrenzt.',
	playbooks: 'Kennungen der Playbooks, die diese Vorlage nutzen.',
};

const goal: Record<string, string> = {
	objective: 'Was das Ziel erreichen soll, in einem Satz.',
	metric: 'Was gemessen wird, z. B. `Engagement-Rate` oder `Median der Antwortzeit`.',
	unit: 'Einheit der Kennzahl, z. B. `%`, `Follower`, `Stunden`.',
	baseline: 'Wert zu Beginn des Zeitraums.',
	target:
		'Wert, der bis zum Ende des Zeitraums erreicht werden soll; muss sich von `baseline` unterscheiden.',
	period: 'Der Zeitraum, für den das Ziel gilt.',
	'period.start': 'Erster Tag, z. B. `2026-01-01`.',
	'period.end': 'Letzter Tag; nach `start`.',
	channels: 'Kennungen der Kanäle, auf denen das Ziel gemessen wird.',
	dataSource: 'Woher die Zahlen kommen, z. B. `LinkedIn Analytics, monatlicher Export`.',
	reviewEvery: 'Wie oft der Fortschritt geprüft wird, z. B. `P30D`.',
};

const prepublish: Record<string, string> = {
	questions: 'Die Fragen zum geplanten Beitrag, in der Reihenfolge, in der sie gestellt werden.',
	'questions[].id':
		'Kennung der Frage, eindeutig in diesem Check, z. B. `people`. Bedingungen nutzen sie, und sie ist der Parametername in Direktlinks (`?people=yes`).',
	'questions[].text': 'Die Frage, kurz und einfach, z. B. `Sind Personen zu erkennen?`',
	'questions[].askIf':
		'Die Frage nur stellen, wenn die Bedingung gilt, z. B. `{ topics: people }`: eine Nachfrage zu einer früheren Frage. Sie darf nur Fragen nennen, die vorher kommen; solange die Bedingung nicht gilt, bleibt die Frage verborgen.',
	'questions[].help':
		'Was die Frage meint, in einfachen Worten mit einem Beispiel. Erscheint unter der Frage.',
	'questions[].kind':
		'`single`: genau eine Antwort; `multiple`: beliebig viele Antworten, keine heißt „nichts davon“; `yesno`: die Antworten `yes` und `no`.',
	'questions[].options':
		'Die Antworten einer `single`- oder `multiple`-Frage. Bei `yesno`-Fragen nicht genutzt.',
	'questions[].options[].id':
		'Kennung der Antwort, eindeutig in ihrer Frage, z. B. `corporate`. Bedingungen (`when`) und Direktlinks (`?account=corporate`) nutzen sie.',
	'questions[].options[].label':
		'Die Antwort, wie Mitarbeitende sie lesen, z. B. `Unternehmenskanal von Rohrwerk`.',
	'questions[].options[].help': 'Optionale Erklärung in einfachen Worten unter der Antwort.',
	'questions[].optionsFrom':
		'`channels`: eine Antwort je aktivem Kanal des Handbuchs (Antwort-Kennung = Kanal-Kennung), vor den `options` aufgeführt.',
	always: 'Punkte und Regeln, die jeder Check enthält, unabhängig von den Antworten.',
	'always.checklistItems':
		'Checklistenpunkte, die Mitarbeitende beantworten, geschrieben als `<checklisten-id>#<punkt-id>`.',
	'always.guidelineRules':
		'Richtlinienregeln, die mit ihrer Begründung gezeigt werden, geschrieben als `<richtlinien-id>#<regel-id>`.',
	mappings:
		'Welche Antworten welche Punkte und Regeln hinzufügen. Jede Zuordnung, deren Bedingungen erfüllt sind, trägt bei.',
	'mappings[].id': 'Kennung der Zuordnung, eindeutig in diesem Check, z. B. `personen-erkennbar`.',
	'mappings[].label':
		'Kurzer Grund neben den Punkten, die sie hinzufügt, z. B. `Personen im Bild`.',
	'mappings[].when':
		'Bedingungen, die alle erfüllt sein müssen: Fragen-Kennung → Antwort-Kennung, oder eine Liste von Antwort-Kennungen, von denen eine gegeben sein muss.',
	'mappings[].whenAny':
		'Alternativen: mindestens eine dieser Bedingungen muss erfüllt sein (zusätzlich zu `when`).',
	'mappings[].include': 'Was die Zuordnung dem Check hinzufügt.',
	'mappings[].include.checklistItems':
		'Checklistenpunkte, die Mitarbeitende beantworten, geschrieben als `<checklisten-id>#<punkt-id>`.',
	'mappings[].include.guidelineRules':
		'Richtlinienregeln, die mit ihrer Begründung gezeigt werden, geschrieben als `<richtlinien-id>#<regel-id>`.',
	'mappings[].askRole':
		'Rolle, die zu den hinzugefügten Punkten gefragt wird, für Punkte ohne eigenes `escalateTo`.',
	escalation: 'Standard-Ansprechpersonen für Fragen zum Check.',
	'escalation.default':
		'Rolle, die bei jedem Ergebnis als erste Ansprechperson für Fragen zum Check erscheint, z. B. `social-media-manager`.',
	'escalation.deputy': 'Rolle, die `default` vertritt, z. B. im Urlaub.',
	policy: 'Wie Antworten zu „los“, „erst korrigieren“ oder „vor dem Posten fragen“ werden.',
	'policy.fixWhenNo':
		'Schweregrade, bei denen ein „Nein“ „erst korrigieren“ heißt (ohne Angabe: `[blocker]`).',
	'policy.askWhenNo':
		'Schweregrade, bei denen ein „Nein“ „vor dem Posten fragen“ heißt (ohne Angabe: `[major]`). Ein „Nein“ bei jedem anderen Schweregrad ist ein Hinweis.',
	'policy.askWhenUnsure':
		'Schweregrade, bei denen „unsicher“ „vor dem Posten fragen“ heißt (ohne Angabe: alle drei). Sonst ist „unsicher“ ein Hinweis.',
};

/** German description of every field, per document type; `common` fields apply to every type. */
export const FIELD_DESCRIPTIONS_DE: {
	common: Record<string, string>;
	byType: Record<DocType, Record<string, string>>;
} = {
	common,
	byType: { guideline, checklist, playbook, team, channel, template, goal, prepublish },
};

/** The German description of a field, or undefined when there is none. */
export function fieldDescriptionDe(type: DocType, path: string): string | undefined {
	return FIELD_DESCRIPTIONS_DE.byType[type][path] ?? FIELD_DESCRIPTIONS_DE.common[path];
}
