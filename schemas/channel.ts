/** Channel profile: one social media presence of the company. Written as YAML. */
import { z } from 'zod';
import { channelCoverageSchema } from './coverage.ts';
import {
	commonFields,
	docRef,
	duration,
	httpsUrl,
	roleRef,
	vocab,
	withDocumentChecks,
} from './common.ts';

export const channelSchema = withDocumentChecks(
	z.strictObject({
		...commonFields,
		/** The platform, e.g. `instagram` (built-in or added under `vocabulary.platforms` in handbook.yaml). */
		platform: vocab('platforms'),
		/** Account name on the platform, e.g. `@beispiel-rohrwerk`. */
		handle: z.string().trim().min(2).max(80),
		/** Address of the channel. */
		url: httpsUrl(),
		/** Whether the channel is running: planned, active, paused or archived. */
		state: z.enum(['planned', 'active', 'paused', 'archived']),
		/** Why the channel exists, in one or two sentences. */
		purpose: z.string().trim().min(10),
		/** The people the channel is for, e.g. `Planungsbüros`, `Auszubildende`. */
		targetGroups: z.array(z.string().trim().min(2)).min(1),
		/** How the channel sounds, e.g. `fachlich, freundlich, per Sie`. */
		tone: z.string().trim().min(3).optional(),
		/** Posting rhythm. */
		cadence: z
			.strictObject({
				/** Planned posts per week. */
				postsPerWeek: z.number().min(0).max(100),
				/** Notes on the rhythm, e.g. exclusive formats. */
				notes: z.string().trim().min(3).optional(),
			})
			.optional(),
		/** Role that stands in for the owner; must differ from `owner`. */
		deputy: roleRef(),
		/** When the channel is watched, e.g. `Mo–Fr 8–18 Uhr`. Required for active channels. */
		monitoringHours: z.string().trim().min(3).optional(),
		/** This channel's own office hours, out-of-hours arrangement or on-call duties, where they differ from its team's `coverage`. */
		coverage: channelCoverageSchema.optional(),
		/** `false` for a broadcast-only channel (e.g. a messenger channel nobody can reply on): it needs no `responseTarget`, and its page says that it takes no replies. Default `true`. */
		replies: z.boolean().optional(),
		/** Time within which comments and messages get a first answer, e.g. `PT4H`. Required for active channels that take replies. */
		responseTarget: duration().optional(),
		/** Whether the channel is run for business purposes. Commercial channels need `imprintUrl`. */
		commercial: z.boolean(),
		/** Link to the provider identification (Impressum, § 5 DDG). Required when `commercial` is true. */
		imprintUrl: httpsUrl().optional(),
		/** Link to the privacy notice for this channel (Art. 13 GDPR). Required for active channels. */
		privacyNoticeUrl: httpsUrl().optional(),
		/** Id of the guideline that holds the house rules for comments on this channel. */
		houseRules: docRef('guideline').optional(),
		/** Whether two-factor authentication is on for every account with access. */
		twoFactor: z.boolean(),
		/** Ids of the goals this channel serves. */
		goals: z.array(docRef('goal')).optional(),
	}),
);

export type Channel = z.output<typeof channelSchema>;
