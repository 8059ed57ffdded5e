/** Legal checklist: yes/no questions with their legal basis. Written as MDX; the prose is the body. */
import { z } from 'zod';
import { commonFields, httpsUrl, roleRef, slug, vocab, withDocumentChecks } from './common.ts';

/** A law or kind of source from the law catalogue (built-in or added under `vocabulary.laws` in handbook.yaml). */
export const lawRef = () =>
	z
		.string()
		.regex(/^[A-Za-z][A-Za-z0-9-]{0,19}$/, { error: 'must be a law abbreviation like UrhG' })
		.meta({ vocabulary: 'laws', examples: ['UrhG'] });

/** Where a checklist item comes from in law. */
export const legalBasisSchema = z.strictObject({
	/** The law or kind of source, e.g. `UrhG`, `DSGVO`, or `case-law` for a court decision. Laws the catalogue lacks are added under `vocabulary.laws` in handbook.yaml. */
	law: lawRef(),
	/** The provision or reference within it, e.g. `§ 51a`, `Art. 6 Abs. 1`, or `BGH I ZR 90/20`. */
	ref: z.string().trim().min(1).max(120),
	/** Link to the official text. Optional: links for laws in the catalogue are derived from its link pattern. */
	url: httpsUrl().optional(),
});

/** One yes/no question of a checklist. "Yes" is always the safe answer. */
export const checklistItemSchema = z.strictObject({
	/** Id of the item, unique within this checklist, e.g. `lizenz-vorhanden`. */
	id: slug(),
	/** The question, phrased so that "yes" is the safe answer. Must end with a question mark. */
	question: z
		.string()
		.trim()
		.min(10)
		.max(300)
		.regex(/\?$/, { error: 'must be a yes/no question ending with "?"' }),
	/** Optional heading that groups items on the page, e.g. `Fotos und Videos`. */
	group: z.string().trim().min(2).max(80).optional(),
	/** How bad a "no" is: `blocker` stops publication, `major` needs a fix, `minor` is advice. */
	severity: z.enum(['blocker', 'major', 'minor']),
	/** Legal basis of the item; at least one source. */
	legalBasis: z.array(legalBasisSchema).min(1),
	/** What to do, or how to check, in plain language. */
	guidance: z.string().trim().min(10),
	/** Role to ask when the answer is "no" or unclear. Defaults to the checklist's `legalReviewer`. */
	escalateTo: roleRef().optional(),
	/** Set when the legal situation is unsettled; the item is flagged on the page. */
	uncertain: z.boolean().optional(),
	/** Why the item is uncertain, e.g. a pending court case. */
	uncertainNote: z.string().trim().min(10).optional(),
});

/** A checklist is about law (`legalArea`) or about something else (`topic`): exactly one of them. */
function areaOrTopic(value: unknown, ctx: z.RefinementCtx): void {
	if (typeof value !== 'object' || value === null) return;
	const doc = value as Record<string, unknown>;
	if (doc['legalArea'] === undefined && doc['topic'] === undefined)
		ctx.addIssue({
			code: 'custom',
			path: ['legalArea'],
			message: 'is required (or topic, for a checklist that is not about law)',
			params: {
				rule: 'SCH-001',
				expected: 'legalArea: copyright, or topic: accessibility',
				fix: 'Add legalArea with the area of law, or topic for a check such as accessibility.',
				de: {
					message: 'fehlt (oder topic, für eine Checkliste, die nicht von Recht handelt)',
					expected: 'legalArea: copyright oder topic: accessibility',
					fix: 'legalArea mit dem Rechtsgebiet ergänzen, oder topic für eine Prüfung wie Barrierefreiheit.',
				},
			},
		});
	if (doc['legalArea'] !== undefined && doc['topic'] !== undefined)
		ctx.addIssue({
			code: 'custom',
			path: ['topic'],
			message:
				'cannot be combined with legalArea; a checklist is either about an area of law or about a topic',
			params: {
				rule: 'SCH-002',
				expected: 'either legalArea or topic',
				fix: 'Keep legalArea for a legal checklist, or topic for another kind of check.',
				de: {
					message:
						'kann nicht mit legalArea zusammen stehen; eine Checkliste handelt entweder von einem Rechtsgebiet oder von einem Thema',
					expected: 'entweder legalArea oder topic',
					fix: 'legalArea für eine rechtliche Checkliste behalten, oder topic für eine andere Art von Prüfung.',
				},
			},
		});
}

export const checklistSchema = withDocumentChecks(
	z
		.strictObject({
			...commonFields,
			/** The area of law this checklist covers, e.g. `copyright` (built-in or added under `vocabulary.legalAreas` in handbook.yaml). A checklist has either `legalArea` or `topic`. */
			legalArea: vocab('legalAreas').optional(),
			/** For a check that is not about law (accessibility, security of critical infrastructure): its topic, e.g. `accessibility` (built-in or added under `vocabulary.checklistTopics`). It counts for no legal area. */
			topic: vocab('checklistTopics').optional(),
			/** Jurisdiction the checklist was written for. */
			jurisdiction: z.enum(['DE', 'EU', 'AT', 'CH']),
			/** Kinds of publication the checklist applies to. */
			appliesTo: z
				.array(
					z.enum([
						'post',
						'story',
						'short-video',
						'live',
						'ad',
						'influencer-cooperation',
						'contest',
						'reply',
						'profile',
						'employee-private-post',
					]),
				)
				.min(1),
			/** Role that reviews the checklist legally and answers escalations, e.g. `legal-counsel`. */
			legalReviewer: roleRef(),
			/** The questions; at least five. */
			items: z.array(checklistItemSchema).min(5),
		})
		.superRefine(areaOrTopic, { when: () => true }),
);

export type Checklist = z.output<typeof checklistSchema>;
export type ChecklistItem = z.output<typeof checklistItemSchema>;
