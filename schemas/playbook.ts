/** Crisis playbook ("shitstorm" response). Written as MDX; the prose is the body. */
import { z } from 'zod';
import {
	commonFields,
	docRef,
	duration,
	externalPartyRef,
	isoDate,
	roleRef,
	slug,
	vocab,
	withDocumentChecks,
} from './common.ts';

/** A signal that starts the playbook. */
export const triggerSchema = z.strictObject({
	/** Id of the trigger, unique within this playbook. */
	id: slug(),
	/** Kind of signal, e.g. `volume-spike` (built-in or added under `vocabulary.signals` in handbook.yaml). */
	signal: vocab('signals'),
	/** What the signal looks like in practice. */
	description: z.string().trim().min(10),
	/** Severity level the situation has at least when this trigger fires. */
	minLevel: z.int().min(0),
});

/** One severity level of the crisis scale. */
export const levelSchema = z.strictObject({
	/** Number of the level on the playbook's scale, e.g. `3`. */
	level: z.int().min(0),
	/** Short name of the level, e.g. `Frische Brise`. */
	name: z.string().trim().min(2).max(60),
	/** What the situation looks like at this level. */
	criteria: z.string().trim().min(10),
	/** Time within which the team acknowledges the situation publicly or internally, e.g. `PT1H`. Must not grow as severity rises. */
	acknowledgeWithin: duration(),
	/** How often status updates are published while the level lasts, e.g. `PT2H`. */
	updateEvery: duration().optional(),
	/** Roles notified when this level is reached. */
	notify: z.array(roleRef()).min(1),
	/** External parties (from a team file's `externalParties`) notified when this level is reached, e.g. `gesundheitsamt`. */
	notifyExternal: z.array(externalPartyRef()).optional(),
	/** Role that approves public statements at this level. */
	approver: roleRef(),
	/** Role that approves when the approver is unavailable; must differ from `approver`. */
	backupApprover: roleRef(),
	/** Ids of approved holding-statement templates used at this level. */
	holdingStatements: z.array(docRef('template')).optional(),
	/** What to do at this level, in order. */
	actions: z.array(z.string().trim().min(5)).min(1),
});

/** One step of the first hour. */
export const firstHourStepSchema = z.strictObject({
	/** Minutes after detection, as a duration, e.g. `PT15M`. At most `PT1H`. */
	at: duration(),
	/** What happens. */
	action: z.string().trim().min(5),
	/** Role that does it. */
	owner: roleRef(),
});

/** Duties after the crisis. */
export const postMortemSchema = z.strictObject({
	/** Lowest level from which a post-mortem is required. */
	fromLevel: z.int().min(0),
	/** Time after the end of the crisis within which it is held, e.g. `P5D`. */
	dueWithin: duration(),
	/** Role that organises it. */
	owner: roleRef(),
	/** Points the post-mortem must cover. */
	duties: z.array(z.string().trim().min(5)).min(1),
});

export const playbookSchema = withDocumentChecks(
	z.strictObject({
		...commonFields,
		/** The situation the playbook is for, in one sentence. */
		scenario: z.string().trim().min(10),
		/** Which scale the levels use. `shitstorm-0-6` and `custom-ascending`: higher number = more severe. `tiers-4-1`: lower number = more severe. */
		scale: z.enum(['shitstorm-0-6', 'tiers-4-1', 'custom-ascending', 'custom-descending']),
		/** Signals that start the playbook; at least one. */
		triggers: z.array(triggerSchema).min(1),
		/** The severity levels; at least two. */
		levels: z.array(levelSchema).min(2),
		/** Roles to escalate to, in order, without repeats. */
		escalationChain: z.array(roleRef()).min(1),
		/** Steps of the first hour after detection. */
		firstHour: z.array(firstHourStepSchema).min(1),
		/** Whether scheduled posts and ads are paused as soon as the playbook starts. */
		pauseScheduledPosts: z.boolean(),
		/** Duties after the crisis. */
		postMortem: postMortemSchema,
		/** Date of the last drill of this playbook. */
		lastExercised: isoDate().optional(),
		/** Channels the playbook covers: `all`, or a list of channel ids. */
		channels: z.union([z.literal('all'), z.array(docRef('channel')).min(1)]),
	}),
);

export type Playbook = z.output<typeof playbookSchema>;
export type PlaybookLevel = z.output<typeof levelSchema>;
