import { describe, expect, it } from 'vitest';
import {
	CSV_BOM,
	CSV_SEPARATOR,
	csvFileName,
	csvLabels,
	csvSeparator,
	dashboardCsv,
	fileNamePart,
} from '../../../src/lib/site/lists/dashboard-csv.ts';
import { dashboardRows } from '../../../src/lib/site/lists/dashboard.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const TODAY = '2027-01-10';

describe('CSV', () => {
	it('writes a BOM, a header and one CRLF line per row', () => {
		const docs = [
			makeDoc('team', 'team'),
			makeDoc('checklist', 'urheberrecht', {
				title: 'Urheberrecht; "Bilder"',
				reviewBy: '2027-01-05',
			}),
		];
		const rows = dashboardRows(docs, makeContext(docs, 'de'), TODAY, 30);
		const csv = dashboardCsv(rows, csvLabels('de'), csvSeparator('de'), (h) => `/base${h}`);
		expect(csv.startsWith(CSV_BOM)).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[0]).toBe(
			'Typ;ID;Dokument;Sprache;Status;Prüfstand;Verantwortlich;Freigabe;Freigabe durch (Personen);Geprüft am;Prüfen bis;Tage bis zur Prüfung;Adresse',
		);
		expect(lines[1]).toBe(
			'Checkliste;urheberrecht;"Urheberrecht; ""Bilder""";Deutsch;Freigegeben;Überfällig;Social-Media-Managerin;Leitung;Ben;2026-06-01;2027-01-05;-5;/base/de/checklists/urheberrecht/',
		);
		expect(lines[3]).toBe('');
	});

	it('uses the separator Excel expects in each language', () => {
		expect(CSV_SEPARATOR).toEqual({ de: ';', en: ',' });
		expect(csvSeparator('pt-BR')).toBe(';');
		expect(csvSeparator('tr')).toBe(';');
		expect(csvSeparator('ja')).toBe(',');
		const header = dashboardCsv([], csvLabels('en'), csvSeparator('en'));
		expect(header).toBe(
			`${CSV_BOM}Type,ID,Document,Language,Status,Review,Owner,Approved by,Approved by (people),Reviewed on,Review by,Days until review,Address\r\n`,
		);
	});
});

describe('CSV file name', () => {
	it('names the file after the handbook and the date, in the reader’s language', () => {
		expect(fileNamePart('Beispiel Rohrwerk GmbH')).toBe('beispiel-rohrwerk-gmbh');
		expect(fileNamePart('Muster Bäckerei & Söhne – Straße')).toBe('muster-backerei-sohne-strasse');
		expect(fileNamePart('???')).toBe('handbook');
		expect(csvFileName('Muster Bäckerei GmbH', '2026-12-04', 'en')).toBe(
			'muster-backerei-gmbh-review-2026-12-04.csv',
		);
		expect(csvFileName('Muster Bäckerei GmbH', '2026-12-04', 'de')).toBe(
			'muster-backerei-gmbh-pruefung-2026-12-04.csv',
		);
	});
});
