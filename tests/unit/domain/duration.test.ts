import { describe, expect, it } from 'vitest';
import { compareDurations, isoDuration, parseDuration } from '../../../src/lib/domain/duration.ts';

describe('parseDuration', () => {
	it('reads days, hours and minutes as minutes', () => {
		expect(parseDuration('PT15M')).toBe(15);
		expect(parseDuration('PT1H')).toBe(60);
		expect(parseDuration('PT1H30M')).toBe(90);
		expect(parseDuration('P3D')).toBe(4320);
		expect(parseDuration('P1DT2H5M')).toBe(1440 + 125);
		expect(parseDuration('PT72H')).toBe(4320);
	});

	it('rejects anything that is not PnDTnHnM', () => {
		for (const bad of ['', 'P', 'PT', '1h', 'PT1.5H', 'P1W', 'PT1S', 'P1DT', 'pt1h', 'PT1M1H'])
			expect(parseDuration(bad), bad).toBeUndefined();
	});
});

describe('isoDuration', () => {
	it('writes the shortest form', () => {
		expect(isoDuration(0)).toBe('PT0M');
		expect(isoDuration(45)).toBe('PT45M');
		expect(isoDuration(90)).toBe('PT1H30M');
		expect(isoDuration(120)).toBe('PT2H');
		expect(isoDuration(1440)).toBe('P1D');
		expect(isoDuration(1500)).toBe('P1DT1H');
	});

	it('round-trips through parseDuration', () => {
		for (const m of [1, 59, 61, 1441, 4320]) expect(parseDuration(isoDuration(m))).toBe(m);
	});
});

describe('compareDurations', () => {
	it('orders durations and gives up on invalid ones', () => {
		expect(compareDurations('PT30M', 'PT1H')).toBeLessThan(0);
		expect(compareDurations('PT60M', 'PT1H')).toBe(0);
		expect(compareDurations('P1D', 'PT23H')).toBeGreaterThan(0);
		expect(compareDurations('1h', 'PT1H')).toBeUndefined();
	});
});
