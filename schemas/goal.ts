/** Measurable goal: metric, baseline, target and period. Written as YAML. */
import { z } from 'zod';
import { commonFields, docRef, duration, isoDate, withDocumentChecks } from './common.ts';

export const goalSchema = withDocumentChecks(
	z.strictObject({
		...commonFields,
		/** What the goal achieves, in one sentence. */
		objective: z.string().trim().min(10),
		/** What is measured, e.g. `Engagement-Rate` or `Median der Antwortzeit`. */
		metric: z.string().trim().min(3),
		/** Unit of the metric, e.g. `%`, `Follower`, `Stunden`. */
		unit: z.string().trim().min(1).max(30),
		/** Value at the start of the period. */
		baseline: z.number(),
		/** Value to reach by the end of the period; must differ from `baseline`. */
		target: z.number(),
		/** The period the goal covers. */
		period: z.strictObject({
			/** First day, e.g. `2026-01-01`. */
			start: isoDate(),
			/** Last day; after `start`. */
			end: isoDate(),
		}),
		/** Ids of the channels the goal is measured on. */
		channels: z.array(docRef('channel')).min(1),
		/** Where the numbers come from, e.g. `LinkedIn Analytics, monatlicher Export`. */
		dataSource: z.string().trim().min(3),
		/** How often progress is reviewed, e.g. `P30D`. */
		reviewEvery: duration().optional(),
	}),
);

export type Goal = z.output<typeof goalSchema>;
