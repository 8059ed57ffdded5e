import { describe, expect, it } from 'vitest';
import { channelSchema, teamSchema } from '../../../schemas/index.ts';
import { overlaps, weeklyHours } from '../../../src/lib/domain/coverage.ts';
import { daysLabel, scheduleLines } from '../../../src/lib/site/by-type/coverage.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

describe('coverage schedules', () => {
	it('writes days and hours in the reader’s language, runs of days joined', () => {
		expect(daysLabel([...weekdays], 'de')).toBe('Mo–Fr');
		expect(daysLabel(['sun', 'sat'], 'en')).toBe('Sat, Sun');
		expect(daysLabel(['mon', 'wed', 'fri'], 'en')).toBe('Mon, Wed, Fri');
		expect(
			scheduleLines(
				[
					{ days: [...weekdays], from: '08:00', to: '18:00' },
					{ days: ['sat'], from: '10:00', to: '14:00' },
				],
				'en',
			),
		).toEqual(['Mon–Fri 08:00–18:00', 'Sat 10:00–14:00']);
	});

	it('finds blocks that overlap on a day, and counts the hours of a week', () => {
		const schedule = [
			{ days: [...weekdays], from: '08:00', to: '18:00' },
			{ days: ['fri', 'sat'] as ('fri' | 'sat')[], from: '17:00', to: '22:00' },
		];
		expect(overlaps(schedule)).toEqual([{ day: 'fri', first: 0, second: 1 }]);
		expect(overlaps([schedule[0]!, { days: ['sat'], from: '09:00', to: '12:00' }])).toEqual([]);
		// Touching blocks (18:00 end, 18:00 start) do not overlap.
		expect(overlaps([schedule[0]!, { days: ['mon'], from: '18:00', to: '24:00' }])).toEqual([]);
		expect(weeklyHours([{ days: [...weekdays], from: '08:00', to: '16:30' }])).toBe(42.5);
	});

	it('refuses a block that ends before it starts (COV-001) and a time that is no time', () => {
		const result = channelSchema.shape.coverage.safeParse({
			officeHours: [{ days: ['mon'], from: '22:00', to: '06:00' }],
			onCall: [{ role: 'x', schedule: [{ days: ['sun'], from: '8:00', to: '25:00' }] }],
		});
		expect(result.success).toBe(false);
		const issues = result.success ? [] : result.error.issues;
		expect(issues.map((i) => i.path.join('.'))).toEqual([
			'officeHours.0.to',
			'onCall.0.schedule.0.from',
			'onCall.0.schedule.0.to',
		]);
		expect((issues[0] as { params?: { rule?: string } }).params?.rule).toBe('COV-001');
		expect(issues[0]?.message).toBe('ends at 06:00, not after its start at 22:00');
	});

	it('no longer knows the weekend yes/no: office hours are required instead', () => {
		const coverage = teamSchema.shape.coverage;
		expect(
			coverage.safeParse({ hours: 'Mo–Fr', timezone: 'Europe/Berlin', weekends: false }).success,
		).toBe(false);
		expect(
			coverage.safeParse({
				timezone: 'Europe/Berlin',
				officeHours: [{ days: ['mon'], from: '08:00', to: '12:00' }],
			}).success,
		).toBe(true);
	});
});
