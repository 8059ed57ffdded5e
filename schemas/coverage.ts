/**
 * Coverage as data: when a team or a channel is watched (office hours), what happens outside
 * them, and who is on call when. Used by team files (`coverage`) and channel files
 * (`coverage`, overriding the team's for that channel).
 */
import { z } from 'zod';
import { roleRef } from './common.ts';

/** Days of the week as written in a schedule. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A time of day on the 24-hour clock, `HH:MM`; `24:00` ends a day. */
export const timeOfDay = () =>
	z
		.string()
		.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
			error: 'must be a time of day written HH:MM on the 24-hour clock, e.g. 08:00 or 17:30',
		})
		.meta({ examples: ['08:00', '17:30'] });

/** Minutes after midnight of an `HH:MM` time. */
export function minutesOfDay(time: string): number {
	const [h, m] = time.split(':').map(Number) as [number, number];
	return h * 60 + m;
}

/** One block of a weekly schedule: the same hours on each of `days`. */
export const scheduleBlockSchema = z
	.strictObject({
		/** Days the block applies to, e.g. `[mon, tue, wed, thu, fri]`. */
		days: z.array(z.enum(WEEKDAYS)).min(1),
		/** Start, e.g. `08:00`. */
		from: timeOfDay(),
		/** End, later than `from` on the same day, e.g. `18:00`; `24:00` for midnight. */
		to: timeOfDay(),
	})
	.superRefine((block, ctx) => {
		if (minutesOfDay(block.to) > minutesOfDay(block.from)) return;
		ctx.addIssue({
			code: 'custom',
			path: ['to'],
			input: block.to,
			message: `ends at ${block.to}, not after its start at ${block.from}`,
			params: {
				rule: 'COV-001',
				expected: `a time after ${block.from}, up to 24:00`,
				fix: 'Split a block that runs past midnight into two: one up to 24:00, one from 00:00 on the next days.',
				de: {
					message: `endet um ${block.to}, nicht nach seinem Beginn um ${block.from}`,
					expected: `eine Uhrzeit nach ${block.from}, bis 24:00`,
					fix: 'Einen Block über Mitternacht in zwei teilen: einen bis 24:00 und einen ab 00:00 an den Folgetagen.',
				},
			},
		});
	})
	.meta({ examples: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' }] });

/** A weekly schedule: one or more blocks; blocks on the same day must not overlap (COV-002). */
export const scheduleSchema = z.array(scheduleBlockSchema).min(1);

/** Who is on call when, outside or beside office hours. */
export const onCallSchema = z.strictObject({
	/** The role on call, e.g. `social-media-manager`; whoever holds it that week has the duty. */
	role: roleRef(),
	/** When the role is on call, e.g. `[{ days: [sat, sun], from: '09:00', to: '18:00' }]`. */
	schedule: scheduleSchema,
	/** What the on-call duty covers, e.g. `Krisen ab Stufe 3`. */
	covers: z.string().trim().min(3).max(200).optional(),
});

/** When a team watches its channels and who is on call. */
export const coverageSchema = z.strictObject({
	/** IANA time zone of every time below, e.g. `Europe/Berlin`. */
	timezone: z.string().regex(/^[A-Za-z_]+\/[A-Za-z_]+$/, { error: 'must be an IANA time zone' }),
	/** When the channels are watched and answered, e.g. `[{ days: [mon, tue, wed, thu, fri], from: '08:00', to: '18:00' }]`. */
	officeHours: scheduleSchema,
	/** What happens outside office hours, in words: how a crisis is noticed, whom employees reach. */
	outOfHours: z.string().trim().min(10).optional(),
	/** On-call duties per role, e.g. the social media manager at weekends. */
	onCall: z.array(onCallSchema).optional(),
	/** Where the on-call roster lives, e.g. the name of a shift tool. Never put phone numbers here. */
	roster: z.string().trim().min(3).optional(),
});

/** A channel's own coverage, when it differs from its team's: any part of a team's coverage. */
export const channelCoverageSchema = coverageSchema.partial();

export type Coverage = z.output<typeof coverageSchema>;
export type ChannelCoverage = z.output<typeof channelCoverageSchema>;
export type ScheduleBlock = z.output<typeof scheduleBlockSchema>;
export type OnCall = z.output<typeof onCallSchema>;
