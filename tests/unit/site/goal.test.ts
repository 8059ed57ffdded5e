import { describe, expect, it } from 'vitest';
import { formatMetric, goalChange, isPercentMetric } from '../../../src/lib/site/by-type/goal.ts';

describe('goal', () => {
	it('computes the change from baseline to target', () => {
		expect(goalChange(100, 150)).toEqual({ delta: 50, percent: 50, direction: 'increase' });
		expect(goalChange(12, 6)).toEqual({ delta: -6, percent: -50, direction: 'decrease' });
		expect(goalChange(0, 10)).toEqual({ delta: 10, percent: undefined, direction: 'increase' });
		expect(goalChange(3, 3)).toMatchObject({ delta: 0, direction: 'none' });
		expect(goalChange(1, 1.333)).toMatchObject({ delta: 0.33, percent: 33.3 });
		expect(goalChange(38, 50).percent).toBe(31.6);
	});

	it('knows percentage metrics', () => {
		expect(isPercentMetric('%')).toBe(true);
		expect(isPercentMetric('Follower')).toBe(false);
	});

	it('formats values with their unit', () => {
		expect(formatMetric(12.5, '%', 'de')).toBe('12,5 %');
		expect(formatMetric(12.5, '%', 'en')).toBe('12.5%');
		expect(formatMetric(1500, 'Follower', 'de')).toBe('1.500 Follower');
		expect(formatMetric(50, 'Follower', 'en', true)).toBe('+50 Follower');
		expect(formatMetric(-6, 'h', 'de', true)).toBe('-6 h');
	});
});
