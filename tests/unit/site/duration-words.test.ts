import { describe, expect, it } from 'vitest';
import {
	durationInWords,
	formatHours,
	minutesInWords,
	minutesToHours,
} from '../../../src/lib/site/model/duration-words.ts';

describe('durations in words', () => {
	it('writes durations as people say them', () => {
		expect(durationInWords('PT30M', 'de')).toBe('30 Minuten');
		expect(durationInWords('PT1H', 'de')).toBe('1 Stunde');
		expect(durationInWords('PT4H', 'en')).toBe('4 hours');
		expect(durationInWords('PT1H30M', 'de')).toBe('1 Stunde und 30 Minuten');
		expect(durationInWords('P1D', 'en')).toBe('1 day');
		expect(durationInWords('P3D', 'de')).toBe('3 Tage');
		expect(durationInWords('PT1M', 'en')).toBe('1 minute');
		expect(durationInWords('PT0M', 'de')).toBe('sofort');
		expect(durationInWords('bogus', 'de')).toBe('bogus');
		expect(minutesInWords(1441, 'en')).toBe('1 day and 1 minute');
	});

	it('turns minutes into hours with one decimal', () => {
		expect(minutesToHours(620)).toBe(10.3);
		expect(minutesToHours(60)).toBe(1);
		expect(minutesToHours(0)).toBe(0);
		expect(formatHours(620, 'de')).toBe('10,3');
		expect(formatHours(620, 'en')).toBe('10.3');
	});
});
