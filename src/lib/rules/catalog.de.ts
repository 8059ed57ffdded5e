/**
 * The rule catalog in German, for the German authoring guide (docs/authoring.de.md): what each
 * rule id checks and how an author fixes a finding. The English catalog (catalog.ts) is the
 * source of the ids; tests/unit/authoring-docs.test.ts fails when an id has no German entry
 * here or an entry names an id the catalog no longer has.
 *
 * Why one file: it is one table, keyed by rule id in the catalog's order, so a translator works
 * through every rule in one place and sees at once which one lacks its German.
 */

/** Title and fix of one rule, in German. */
export interface RuleTextDe {
	title: string;
	fix: string;
}

export const RULE_TEXTS_DE: Record<string, RuleTextDe> = {
	'PARSE-001': {
		title: 'Das YAML (oder die MDX-Frontmatter) ist lesbar.',
		fix: 'Die genannte Zeile ansehen: meist fehlt ein Leerzeichen nach einem Doppelpunkt, eine Einrückung ist ein Tabulator, oder ein Text mit Doppelpunkt braucht Anführungszeichen.',
	},
	'PARSE-002': {
		title: 'Die Datei ist UTF-8.',
		fix: 'Die Datei im Editor als UTF-8 speichern („Speichern mit Kodierung“).',
	},
	'PARSE-003': {
		title: 'Die Datei ist nicht leer.',
		fix: 'Das Dokument schreiben oder die leere Datei löschen.',
	},
	'PARSE-004': {
		title:
			'Die Datei liegt richtig: in einem bekannten Ordner, mit der richtigen Endung, nicht binär.',
		fix: 'Die Datei in den Ordner ihres Typs mit der richtigen Endung (.mdx oder .yaml) verschieben; Bilder gehören nach assets/.',
	},
	'PARSE-005': {
		title: 'Ein MDX-Dokument beginnt mit Frontmatter.',
		fix: 'Die Datei mit einer Zeile `---`, den Feldern und einer weiteren Zeile `---` vor dem Text beginnen.',
	},
	'PARSE-007': {
		title: 'Der Inhaltsordner existiert.',
		fix: 'Den Inhaltsordner anlegen oder KODEX_CONTENT auf ihn zeigen lassen.',
	},
	'PARSE-008': {
		title: '`handbook.yaml` existiert.',
		fix: 'handbook.yaml in den Inhaltsordner legen (aus dem Beispielhandbuch kopieren).',
	},
	'PARSE-009': {
		title: 'Eine mit `---` geöffnete Frontmatter wird geschlossen.',
		fix: 'Nach dem letzten Frontmatter-Feld, vor dem Text, eine Zeile `---` einfügen.',
	},
	'PARSE-010': {
		title: 'Die Datei enthält keine NUL- oder anderen Steuerzeichen.',
		fix: 'Das unsichtbare Zeichen an der genannten Stelle löschen (es stammt meist aus einem anderen Programm, aus dem kopiert wurde).',
	},
	'PARSE-011': {
		title: 'Eine Inhaltsdatei ist höchstens 1 MB groß.',
		fix: 'Das Dokument in kleinere aufteilen; Bilder und Anhänge gehören nach assets/, nicht in den Text.',
	},
	'DEF-001': {
		title:
			'Eine Ordnervorgabe (`_defaults.yaml`) setzt nur Felder, die ihre Dokumente haben, und keines, das ein einzelnes Dokument benennt (id, title, translationOf).',
		fix: 'Den Feldnamen korrigieren (die Meldung schlägt den nächstliegenden vor), oder id, title und translationOf in jedem Dokument selbst setzen.',
	},
	'SCH-001': {
		title: 'Pflichtfelder sind vorhanden.',
		fix: 'Das genannte Feld ergänzen; die Feldübersicht oben sagt, was hineingehört.',
	},
	'SCH-002': {
		title: 'Keine unbekannten Felder (mit Vorschlag bei Tippfehlern).',
		fix: 'Den Feldnamen richtig schreiben (die Meldung schlägt den nächstliegenden vor) oder das Feld entfernen.',
	},
	'SCH-003': {
		title: 'Werte stammen aus der erlaubten Liste.',
		fix: 'Einen der Werte verwenden, die die Meldung nennt.',
	},
	'SCH-004': {
		title: 'Werte haben die richtige Art (Text, Zahl, Liste …).',
		fix: 'Den Wert in der erwarteten Form schreiben, z. B. eine Liste in [eckigen Klammern] oder eine Zahl ohne Anführungszeichen.',
	},
	'SCH-005': {
		title: 'Daten, Dauern, Kennungen, Web- und E-Mail-Adressen sind richtig geformt und real.',
		fix: 'Daten als 2027-03-31 schreiben, Dauern als PT30M / PT4H / P3D, Kennungen in Kleinbuchstaben mit Bindestrichen, Adressen mit https://.',
	},
	'SCH-006': {
		title: 'Texte und Listen sind weder zu kurz noch zu lang.',
		fix: 'Text oder Liste auf die genannten Grenzen kürzen oder verlängern.',
	},
	'DOC-001': {
		title: 'Freigegebene Dokumente nennen `approvedBy`, `reviewedOn` und `reviewBy`.',
		fix: 'approvedBy, reviewedOn und reviewBy ergänzen oder den Status auf in-review zurücksetzen.',
	},
	'ID-001': {
		title:
			'Kennungen gleichen dem Dateinamen; Dokument-, Rollen- und Mitglieds-Kennungen sind im ganzen Handbuch eindeutig; Punkt-, Regel- und Auslöser-Kennungen sowie Stufennummern sind in ihrem Dokument eindeutig.',
		fix: 'Die Kennung gleich dem Dateinamen setzen und eines von zwei Dingen mit derselben Kennung umbenennen.',
	},
	'REF-001': {
		title:
			'Jeder Verweis auf eine Rolle, ein Mitglied oder ein Dokument zeigt auf etwas, das es gibt.',
		fix: 'Eine vorhandene Kennung verwenden (die Meldung schlägt die nächstliegende vor) oder das Verwiesene anlegen.',
	},
	'REF-002': {
		title: 'Verweise sollten nicht auf zurückgezogene Dokumente zeigen.',
		fix: 'Den Verweis auf ein aktuelles Dokument richten oder entfernen.',
	},
	'REF-003': {
		title:
			'Freigegebene Dokumente verweisen nicht auf Entwürfe, und nicht vertrauliche Dokumente nicht auf vertrauliche.',
		fix: 'Erst den Entwurf freigeben oder den Verweis entfernen; das verweisende Dokument ebenfalls vertraulich machen oder den Link auf das vertrauliche entfernen.',
	},
	'DOC-002': {
		title: 'approvedBy nennt eine Rolle mit canApprove: true.',
		fix: 'Eine Rolle mit canApprove: true als approvedBy eintragen oder der Rolle in ihrer Team-Datei die Freigabe erlauben.',
	},
	'DOC-003': {
		title:
			'Ein abgelöstes Dokument nennt seinen Nachfolger, der veröffentlicht ist und nicht auf es zurückführt.',
		fix: 'supersededBy auf das ablösende Dokument setzen (nur mit status superseded) und dieses veröffentlichen.',
	},
	'DOC-004': {
		title: 'Sobald ein Dokument eine Version trägt, tragen freigegebene Dokumente auch eine.',
		fix: 'version: 1 (oder die aktuelle Nummer) im freigegebenen Dokument ergänzen.',
	},
	'DOC-005': {
		title: 'Genutzte Dokumente verweisen nicht auf abgelöste Dokumente.',
		fix: 'Den Verweis auf den Nachfolger richten, den die Meldung nennt.',
	},
	'LEG-001': {
		title:
			'Jedes Pflicht-Rechtsgebiet (immer Urheberrecht, Markenrecht, Wettbewerbsrecht, Persönlichkeitsrecht) hat eine freigegebene Checkliste.',
		fix: 'Eine Checkliste für das genannte Rechtsgebiet schreiben (oder freigeben).',
	},
	'LEG-002': {
		title: 'Jedes empfohlene Rechtsgebiet aus handbook.yaml hat eine Checkliste.',
		fix: 'Eine Checkliste für das empfohlene Rechtsgebiet ergänzen oder es aus handbook.yaml entfernen.',
	},
	'LEG-003': {
		title:
			'Jedes Rechtsgebiet, das eine Richtlinie nennt, ist durch eine ihrer Checklisten abgedeckt.',
		fix: 'Eine Checkliste dieses Rechtsgebiets bei den checklists der Richtlinie ergänzen oder das Gebiet entfernen.',
	},
	'LEG-004': {
		title:
			'Veraltete Rechtszitate (TMG, TTDSG, § 5a Abs. 6 UWG, § 24 UrhG) werden mit ihrer heutigen Nachfolge gemeldet.',
		fix: 'Statt des veralteten das aktuelle Gesetz zitieren, das die Meldung nennt.',
	},
	'TEAM-001': {
		title:
			'Jedes Mitglied mit einer Social-Media-Manager-Rolle hat ein anderes Mitglied als Vertretung (deputyOf, oder eine Inhaberin der als Vertretung genannten Rolle); niemand vertritt sich selbst.',
		fix: 'Der Social-Media-Managerin eine Vertretung geben: ein anderes Mitglied mit deputyOf auf sie.',
	},
	'TEAM-002': {
		title:
			'Praktikantinnen, Werkstudierende und Auszubildende haben keine Social-Media-Manager-, Freigabe-, Krisenleitungs-, Sprecher- oder canApprove-Rolle.',
		fix: 'Die entscheidende Rolle einer festangestellten Person geben; Praktikantinnen, Werkstudierende und Auszubildende dürfen unterstützen.',
	},
	'TEAM-003': {
		title:
			'Freie Mitarbeitende, Agenturen und externe Mitglieder sollten keine Rollen mit canApprove haben.',
		fix: 'Eine angestellte Person freigeben lassen; canApprove bei der externen Rolle entfernen.',
	},
	'TEAM-004': {
		title: 'Jede RACI-Zeile hat genau eine verantwortliche Rolle (A oder AR).',
		fix: 'In der RACI-Zeile genau eine Rolle mit A (oder AR) markieren.',
	},
	'TEAM-005': {
		title:
			'Der Anteil eines Mitglieds an den Zeitbudgets seiner Rollen passt in seine weeklyHours.',
		fix: 'Die Zeitbudgets senken oder die weeklyHours des Mitglieds erhöhen.',
	},
	'TEAM-006': {
		title:
			'Team-Dateien enthalten nur Rollenpostfächer auf der Unternehmensdomain und dienstliche Telefonnummern; keine privaten oder persönlichen Kontakte.',
		fix: 'Ein Rollenpostfach auf einer der company.mailDomains verwenden, eine dienstliche Nummer in businessPhone der Rolle eintragen; private Kontakte entfernen.',
	},
	'TEAM-007': {
		title:
			'Wenn Team-Dateien Rollenpostfächer nennen, führt handbook.yaml die Maildomains des Unternehmens (`company.mailDomains`), damit sie geprüft werden können.',
		fix: 'company.mailDomains mit den eigenen Maildomains des Unternehmens (nicht denen eines privaten Anbieters) in handbook.yaml ergänzen, z. B. mailDomains: [example.com].',
	},
	'PB-001': {
		title:
			'Jede Krisenstufe hat eine freigebende Rolle und eine andere Ersatz-Rolle, beide mit canApprove.',
		fix: 'Eine backupApprover wählen, die sich vom approver unterscheidet; beide Rollen brauchen canApprove: true.',
	},
	'PB-002': {
		title: 'acknowledgeWithin wird mit steigendem Ernst nie länger (je nach Richtung der Skala).',
		fix: 'acknowledgeWithin auf jeder ernsteren Stufe gleich oder kürzer setzen.',
	},
	'PB-003': {
		title:
			'Rechtliche Drohungen benachrichtigen eine Rechtsrolle, Datenpannen und Kontoübernahmen den Datenschutz innerhalb von PT72H; Stufen von Auslösern und Nachbesprechung existieren.',
		fix: 'Die Rechtsrolle oder den Datenschutz auf der genannten Stufe bei notify ergänzen oder die Stufennummer korrigieren.',
	},
	'PB-004': {
		title:
			'Holding Statements einer Stufe sind freigegebene Vorlagen (Fehler) einer Holding-Statement-Art: holding-statement oder eine mit holdingStatement: true gekennzeichnete (Warnung).',
		fix: 'Die Holding-Statement-Vorlage freigeben oder eine freigegebene verwenden.',
	},
	'PB-005': {
		title:
			'Die Schritte von firstHour sind nach `at` sortiert und jeweils höchstens PT1H; escalationChain nennt keine Rolle doppelt.',
		fix: 'Die Schritte der ersten Stunde nach Zeit sortieren, jeden innerhalb von PT1H halten und jede Rolle in escalationChain nur einmal nennen.',
	},
	'PB-006': {
		title: 'lastExercised ist gesetzt und nicht älter als 12 Monate.',
		fix: 'Eine Übung mit dem Playbook durchführen und lastExercised auf ihr Datum setzen.',
	},
	'TPL-001': {
		title:
			'Jeder {{platzhalter}} im Text einer Vorlage ist in variables deklariert (Fehler); jede deklarierte Variable wird genutzt (Warnung).',
		fix: 'Jeden {{platzhalter}} in variables deklarieren und jede deklarierte Variable nutzen oder entfernen.',
	},
	'PRE-001': {
		title:
			'Ein Vorab-Check hat eindeutige Kennungen für Fragen, Antworten und Zuordnungen; seine Bedingungen nennen vorhandene Fragen und Antworten; eine Übersetzung behält Kennungen und Logik des Originals.',
		fix: 'Die Kennungen eindeutig machen und in Bedingungen vorhandene Fragen und Antworten nennen; in Übersetzungen die Kennungen beibehalten.',
	},
	'PRE-002': {
		title:
			'Die Checklistenpunkte, Richtlinienregeln und Rollen, die ein Vorab-Check nennt, existieren (Fehler) und sind nicht zurückgezogen oder abgelöst (Warnung).',
		fix: 'Auf Checklistenpunkte, Richtlinienregeln und Rollen verweisen, die es gibt und die in Gebrauch sind.',
	},
	'CH-001': {
		title:
			'Geschäftsmäßige Kanäle haben imprintUrl; aktive Kanäle haben monitoringHours, responseTarget (außer bei replies: false) und privacyNoticeUrl; owner und deputy unterscheiden sich.',
		fix: 'Das genannte fehlende Feld ergänzen (imprintUrl, monitoringHours, responseTarget, privacyNoticeUrl) oder eine andere Vertretung als die verantwortliche Rolle wählen.',
	},
	'CH-002': {
		title: 'Aktive Kanäle nennen mindestens ein Ziel.',
		fix: 'Das Ziel, dem der Kanal dient, bei goals ergänzen.',
	},
	'DATE-001': {
		title: 'Freigegebene Dokumente, deren reviewBy-Datum verstrichen ist.',
		fix: 'Das Dokument prüfen, dann reviewedOn und reviewBy aktualisieren.',
	},
	'DATE-002': {
		title:
			'reviewBy liegt höchstens review.maxIntervalMonths nach reviewedOn, reviewedOn liegt nicht in der Zukunft, und Zielzeiträume enden nach ihrem Beginn.',
		fix: 'reviewBy innerhalb des längsten Prüfintervalls setzen, reviewedOn auf ein vergangenes Datum, oder das Ende des Zeitraums nach seinen Beginn.',
	},
	'DATE-003': {
		title:
			'Freigegebene Dokumente, deren Prüfung innerhalb von review.warnDays (ohne Angabe 30) fällig wird.',
		fix: 'Die Prüfung vor dem reviewBy-Datum einplanen.',
	},
	'GOAL-001': {
		title: 'Der Zielwert eines Ziels unterscheidet sich vom Ausgangswert.',
		fix: 'Einen Zielwert setzen, der sich vom Ausgangswert unterscheidet.',
	},
	'I18N-001': {
		title: 'translationOf zeigt auf ein Dokument desselben Typs in einer anderen Sprache.',
		fix: 'translationOf auf das Original richten, das denselben Typ und eine andere Sprache hat.',
	},
	'I18N-002': {
		title: 'Ein übersetztes Team hat genau die Rollen- und Mitglieds-Kennungen seines Originals.',
		fix: 'Genau die Rollen- und Mitglieds-Kennungen der Original-Team-Datei verwenden.',
	},
	'I18N-003': {
		title:
			'Eine übersetzte Checkliste oder Richtlinie hat genau die Punkt- oder Regel-Kennungen ihres Originals.',
		fix: 'Genau die Punkt- oder Regel-Kennungen des Originals verwenden; npm run new --translation-of kopiert sie.',
	},
	'I18N-004': {
		title: 'Eine Übersetzung liegt nicht hinter der Version ihres Originals zurück.',
		fix: 'Die Übersetzung auf den Stand des Originals bringen und ihre Version erhöhen.',
	},
	'COV-001': {
		title:
			'Ein Block eines Zeitplans (Beobachtungszeiten, Bereitschaft) endet nach seinem Beginn, am selben Tag.',
		fix: 'Ein `to` schreiben, das nach `from` liegt; einen Block über Mitternacht in zwei teilen: einen bis 24:00 und einen ab 00:00.',
	},
	'COV-002': {
		title: 'Die Blöcke eines Zeitplans überschneiden sich an keinem Tag.',
		fix: 'Die sich überschneidenden Blöcke zu einem zusammenfassen oder den Tag aus einem von beiden nehmen.',
	},
	'I18N-005': {
		title: 'Die Sprache eines Dokuments ist eine der Sprachen in `locales.available`.',
		fix: 'Eine der Sprachen aus locales.available in handbook.yaml schreiben oder die Sprache dort ergänzen.',
	},
	'HIST-001': {
		title: 'Die Version eines Dokuments sinkt nie gegenüber einem früheren Commit.',
		fix: 'Die Version mindestens so hoch setzen wie im genannten früheren Commit.',
	},
	'TODO-001': {
		title:
			'Kein Platzhalter „TODO“ (wie ihn npm run new schreibt) bleibt in einem Dokument: eine Warnung in Entwürfen, ein Fehler ab Status in-review.',
		fix: 'Den Platzhalter durch eigenen Text ersetzen.',
	},
	'BODY-001': {
		title:
			'Der Text eines Dokuments ist lesbar: Markdown, jedes HTML-Tag geschlossen, kein einzelnes < oder {.',
		fix: 'Das genannte HTML-Tag schließen oder \\< und \\{ schreiben, um diese Zeichen als Text zu zeigen.',
	},
	'BODY-002': {
		title: 'Der Text eines Dokuments enthält keinen Code: kein import/export, keine {…}-Ausdrücke.',
		fix: 'import, export oder {…} entfernen: Der Text ist Text, kein Code. Für eine geschweifte Klammer \\{ schreiben.',
	},
	'BODY-003': {
		title:
			'HTML im Text ist auf wenige Elemente ohne Skripte, Styles oder Event-Handler begrenzt; keine Komponenten.',
		fix: 'Statt HTML oder Komponente Markdown verwenden, oder eines der erlaubten Elemente, die die Meldung nennt.',
	},
	'BODY-004': {
		title:
			'Keine javascript:-, vbscript:- oder data:-Links; Bilder und alles, was geladen wird, kommen aus dem Inhaltsordner.',
		fix: 'Nur auf https://-Seiten verlinken, Bilder in den Inhaltsordner legen und relativ verlinken.',
	},
	'BODY-005': {
		title:
			'kodex:-Links nennen ein vorhandenes Dokument (und einen Punkt); relative Links nennen eine vorhandene Datei.',
		fix: 'Kennung oder Pfad korrigieren (die Meldung schlägt die nächstliegende vor) oder das Dokument bzw. die Datei anlegen.',
	},
	'BODY-006': {
		title:
			'Hinweisboxen und Direktiven haben einen bekannten Namen (:::do, :::dont, :::note, :::warning, :::legal).',
		fix: 'Eine der Hinweisboxen :::do, :::dont, :::note, :::warning oder :::legal verwenden.',
	},
	'GLOS-001': {
		title: 'Jeder Glossarbegriff und jede Variante ist je Sprache einmal definiert.',
		fix: 'Jeden Begriff je Sprache einmal im Glossar in handbook.yaml definieren.',
	},
	'GLOS-002': {
		title:
			'Jedes :term[…] im Text nennt einen Glossarbegriff (oder eine Variante) in der Sprache des Dokuments.',
		fix: 'Den Begriff in der Sprache des Dokuments ins Glossar aufnehmen oder die :term-Markierung entfernen.',
	},
	'ASSET-001': {
		title:
			'Veröffentlichte Dateien (das Logo) liegen im Inhaltsordner, sind keine Verknüpfungen nach außen, und SVGs enthalten keine Skripte, Handler, foreignObject oder externen Verweise.',
		fix: 'Die Datei als echte Datei (keine Verknüpfung) in den Inhaltsordner legen und Skripte, Event-Handler und externe Verweise aus SVGs entfernen.',
	},
};
