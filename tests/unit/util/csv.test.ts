/** CSV fields and lines (src/lib/util/csv.ts), shared by the dashboard download and `npm run review`. */
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, csvRecords } from '../../../src/lib/util/csv.ts';

describe('CSV', () => {
	it('quotes separators, quotes, line breaks and outer spaces; doubles quotes', () => {
		expect(csvField('plain', ';')).toBe('plain');
		expect(csvField('a;b', ';')).toBe('"a;b"');
		expect(csvField('a,b', ';')).toBe('a,b');
		expect(csvField('a,b', ',')).toBe('"a,b"');
		expect(csvField('Sag "Hallo"', ';')).toBe('"Sag ""Hallo"""');
		expect(csvField('zwei\nZeilen', ';')).toBe('"zwei\nZeilen"');
		expect(csvField('cr\r', ';')).toBe('"cr\r"');
		expect(csvField(' space', ';')).toBe('" space"');
		expect(csvField(undefined, ';')).toBe('');
		expect(csvField('Ümläute – ß', ';')).toBe('Ümläute – ß');
	});

	it('defuses text a spreadsheet would run as a formula, but keeps numbers', () => {
		expect(csvField('=HYPERLINK("x")', ';')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvField('+49 30', ';')).toBe("'+49 30");
		expect(csvField('-minus', ';')).toBe("'-minus");
		expect(csvField('@home', ';')).toBe("'@home");
		expect(csvField(-12, ';')).toBe('-12');
		expect(csvField(0, ';')).toBe('0');
		expect(csvField(Number.NaN, ';')).toBe('');
	});

	it('joins a line with the separator', () => {
		expect(csvLine(['a', 3, undefined, 'x;y'], ';')).toBe('a;3;;"x;y"');
	});

	it('splits CSV text into records only at line ends outside quotes', () => {
		const lines = [
			csvLine(['Typ', 'Titel'], ';'),
			csvLine(['Leitlinie', 'Zwei\r\nZeilen; "zitiert"'], ';'),
			csvLine(['Checkliste', 'Ende'], ';'),
		];
		const text = `${lines.join('\r\n')}\r\n`;
		expect(csvRecords(text)).toEqual(lines);
		expect(csvRecords(text)[1]).toBe('Leitlinie;"Zwei\r\nZeilen; ""zitiert"""');
		expect(csvRecords('a,b')).toEqual(['a,b']);
		expect(csvRecords('')).toEqual([]);
	});
});
