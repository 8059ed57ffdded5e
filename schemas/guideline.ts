/** Guideline: what employees may publish, as do/don't rules. Written as MDX; the prose is the body. */
import { z } from 'zod';
import {
	checklistItemRef,
	commonFields,
	docRef,
	roleRef,
	slug,
	vocab,
	withDocumentChecks,
} from './common.ts';

/** One do or don't rule of a guideline. */
export const guidelineRuleSchema = z.strictObject({
	/** Id of the rule, unique within this guideline, e.g. `offenlegen`. */
	id: slug(),
	/** Whether this is something to do or something to avoid. */
	kind: z.enum(['do', 'dont']),
	/** The rule as one short imperative sentence (at most 200 characters). */
	text: z.string().trim().min(5).max(200),
	/** Why the rule exists, in one or two sentences. */
	rationale: z.string().trim().min(5).optional(),
	/** Checklist items this rule relies on, written as `<checklist-id>#<item-id>`. */
	checklistItems: z.array(checklistItemRef()).optional(),
	/** What the rule means for the pre-publish check when a post falls under it: `fix` stops the post ("fix first"), `ask` means "ask before posting". Without it the rule is shown as advice and the result can still be "go". */
	blocks: z.enum(['fix', 'ask']).optional(),
	/** Role to ask about a post this rule applies to, e.g. `pressestelle`; shown with the result like a checklist item's `escalateTo`. */
	askRole: roleRef().optional(),
});

/** Works council involvement for rules that affect employees. */
export const worksCouncilSchema = z.strictObject({
	/** Whether the works council was involved in writing or agreeing this guideline. */
	involved: z.boolean(),
	/** Name or number of the works agreement (Betriebsvereinbarung) that covers it, if any. */
	agreement: z.string().trim().min(2).optional(),
});

export const guidelineSchema = withDocumentChecks(
	z.strictObject({
		...commonFields,
		/** Which accounts the guideline governs: the company's own accounts, employees' private accounts, or both. */
		scope: z.enum(['corporate-accounts', 'private-accounts', 'both']),
		/** `policy` rules are binding; `recommendation` rules are good practice. */
		binding: z.enum(['policy', 'recommendation']),
		/** Channels the guideline applies to: `all`, or a list of channel ids. */
		appliesTo: z.union([z.literal('all'), z.array(docRef('channel')).min(1)]),
		/** The do and don't rules; at least one. */
		rules: z.array(guidelineRuleSchema).min(1),
		/** Legal areas the guideline touches. Each must be covered by one of `checklists`. */
		legalAreas: z.array(vocab('legalAreas')).optional(),
		/** Ids of the legal checklists that back this guideline. */
		checklists: z.array(docRef('checklist')).optional(),
		/** Roles to ask when in doubt; at least one. */
		contacts: z.array(roleRef()).min(1),
		/** A disclaimer text employees can copy, e.g. a personal-opinion note for private profiles. */
		disclaimer: z.string().trim().min(10).max(500).optional(),
		/** Whether readers must confirm they have read the guideline (shown on the page; tracking is done elsewhere). */
		requiresAcknowledgement: z.boolean().optional(),
		/** Works council involvement; expected for guidelines that cover private accounts. */
		worksCouncil: worksCouncilSchema.optional(),
	}),
);

export type Guideline = z.output<typeof guidelineSchema>;
export type GuidelineRule = z.output<typeof guidelineRuleSchema>;
