import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatDuration,
	formatList,
	formatNumber,
	localeOf,
} from '../../../src/lib/util/format.ts';

describe('format', () => {
	it('knows the locale per language', () => {
		expect(localeOf('de')).toBe('de-DE');
		expect(localeOf('en')).toBe('en-GB');
	});

	it('formats in the interface language of any content language', () => {
		// de-AT has a German interface, so Austrian conventions apply.
		expect(localeOf('de-AT')).toBe('de-AT');
		expect(formatDate('2027-01-31', 'de-AT')).toBe('31. Jänner 2027');
		// pt-BR and tr pages show the English interface: dates inside its sentences follow it.
		expect(localeOf('pt-BR')).toBe('en-GB');
		expect(formatDate('2027-03-31', 'tr')).toBe('31 March 2027');
	});

	it('formats ISO dates for readers', () => {
		expect(formatDate('2027-03-31', 'de')).toBe('31. März 2027');
		expect(formatDate('2027-03-31', 'en')).toBe('31 March 2027');
		expect(formatDate('31.03.2027', 'de')).toBe('31.03.2027');
	});

	it('writes durations in words', () => {
		expect(formatDuration('PT1H30M', 'de')).toBe('1 Std. 30 Min.');
		expect(formatDuration('PT1H30M', 'en')).toBe('1 h 30 min');
		expect(formatDuration('P3D', 'de')).toBe('3 Tage');
		expect(formatDuration('P1DT2H', 'en')).toBe('1 day 2 h');
		expect(formatDuration('PT0M', 'en')).toBe('0 min');
		expect(formatDuration('soon', 'en')).toBe('soon');
	});

	it('formats numbers and lists', () => {
		expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
		expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
		expect(formatList(['a', 'b', 'c'], 'de')).toBe('a, b und c');
		expect(formatList(['a', 'b'], 'en')).toBe('a and b');
	});
});
