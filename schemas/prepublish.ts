/**
 * Pre-publish check ("Darf ich das posten?"): short questions about a planned post and
 * which checklist items and guideline rules each answer makes relevant. Written as YAML.
 * The texts of items and rules stay in their checklists and guidelines; this file only
 * points to them, so the check never drifts from the handbook.
 */
import { z } from 'zod';
import { checklistItemRef, commonFields, roleRef, slug, withDocumentChecks } from './common.ts';

/** Reference to one rule of a guideline: `<guideline-id>#<rule-id>`. */
export const guidelineRuleRef = () =>
	z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, {
			error: 'must be written as <guideline-id>#<rule-id>',
		})
		.meta({ ref: 'guideline-rule', examples: ['fotos-und-videos#einwilligung-einholen'] });

/** How a question is answered. */
export const PREPUBLISH_QUESTION_KINDS = ['single', 'multiple', 'yesno'] as const;

/** Where a question can take its answers from, besides `options`. */
export const PREPUBLISH_OPTION_SOURCES = ['channels'] as const;

/** Severities of checklist items, used by the verdict policy. */
export const PREPUBLISH_SEVERITIES = ['blocker', 'major', 'minor'] as const;

/**
 * Question id → the answer id it must have, or a list of answer ids of which one must be
 * given. For `multiple` questions, one of the chosen answers must be in the list.
 */
export const prepublishConditionSchema = z.record(
	slug(),
	z.union([slug(), z.array(slug()).min(1)]),
);

/** One answer of a `single` or `multiple` question. */
export const prepublishOptionSchema = z.strictObject({
	/** Id of the answer, unique within its question, e.g. `corporate`. Conditions (`when`) and deep links (`?account=corporate`) use it. */
	id: slug(),
	/** The answer as employees read it, e.g. `Unternehmenskanal von Rohrwerk`. */
	label: z.string().trim().min(1).max(120),
	/** Optional plain-language explanation shown under the answer. */
	help: z.string().trim().min(5).max(400).optional(),
});

/** One question about the planned post. */
export const prepublishQuestionSchema = z.strictObject({
	/** Id of the question, unique in this check, e.g. `people`. Conditions use it, and it is the parameter name in deep links (`?people=yes`). */
	id: slug(),
	/** The question, short and plain, e.g. `Sind Personen zu erkennen?` */
	text: z.string().trim().min(5).max(200),
	/** What the question means, in plain language with an example. Shown under the question. */
	help: z.string().trim().min(10).max(600),
	/** `single`: exactly one answer; `multiple`: any number of answers, none meaning "nothing of this"; `yesno`: the answers `yes` and `no`. */
	kind: z.enum(PREPUBLISH_QUESTION_KINDS),
	/** The answers of a `single` or `multiple` question. Not used by `yesno` questions. */
	options: z.array(prepublishOptionSchema).min(1).optional(),
	/** `channels`: one answer per active channel of the handbook (answer id = channel id), listed before `options`. */
	optionsFrom: z.enum(PREPUBLISH_OPTION_SOURCES).optional(),
	/**
	 * Ask this question only when the condition holds, e.g. `{ topics: people }`: a follow-up
	 * to an earlier question. It may name only questions asked before it. While the condition
	 * does not hold, the question is hidden and counts as not answered, so short journeys skip it.
	 * A `multiple` question with `askIf` needs at least one answer once it is asked.
	 */
	askIf: prepublishConditionSchema.optional(),
});

/** Checklist items and guideline rules that become part of the check. */
export const prepublishIncludeSchema = z.strictObject({
	/** Checklist items the employee answers, written as `<checklist-id>#<item-id>`. */
	checklistItems: z.array(checklistItemRef()).optional(),
	/** Guideline rules shown with their rationale, written as `<guideline-id>#<rule-id>`. */
	guidelineRules: z.array(guidelineRuleRef()).optional(),
});

/** One mapping: when its conditions hold, its items and rules become part of the check. */
export const prepublishMappingSchema = z.strictObject({
	/** Id of the mapping, unique in this check, e.g. `personen-erkennbar`. */
	id: slug(),
	/** Short reason shown next to the items it adds, e.g. `Personen im Bild`. */
	label: z.string().trim().min(3).max(80),
	/** Conditions that must all hold: question id → answer id, or a list of answer ids of which one must be given. */
	when: prepublishConditionSchema.optional(),
	/** Alternatives: at least one of these conditions must hold (in addition to `when`). */
	whenAny: z.array(prepublishConditionSchema).min(2).optional(),
	/** What the mapping adds to the check. */
	include: prepublishIncludeSchema,
	/** Role to ask about the items this mapping adds, for items that name no `escalateTo` of their own. */
	askRole: roleRef().optional(),
});

/** Whom employees ask when the check names nobody more specific. */
export const prepublishEscalationSchema = z.strictObject({
	/** Role shown with every result as the first contact for questions about the check, e.g. `social-media-manager`. */
	default: roleRef(),
	/** Role that stands in for `default`, e.g. during holidays. */
	deputy: roleRef().optional(),
});

/** How answers to checklist items turn into a result. Omitted lists use the defaults named here. */
export const prepublishPolicySchema = z.strictObject({
	/** Severities for which a "no" means "fix first" (default: `[blocker]`). */
	fixWhenNo: z.array(z.enum(PREPUBLISH_SEVERITIES)).optional(),
	/** Severities for which a "no" means "ask before posting" (default: `[major]`). A "no" on any other severity is a note. */
	askWhenNo: z.array(z.enum(PREPUBLISH_SEVERITIES)).optional(),
	/** Severities for which "unsure" means "ask before posting" (default: all three). Otherwise "unsure" is a note. */
	askWhenUnsure: z.array(z.enum(PREPUBLISH_SEVERITIES)).optional(),
});

export const prepublishSchema = withDocumentChecks(
	z.strictObject({
		...commonFields,
		/** The questions about the planned post, in the order they are asked. */
		questions: z.array(prepublishQuestionSchema).min(1),
		/** Items and rules every check includes, whatever the answers. */
		always: prepublishIncludeSchema.optional(),
		/** Which answers add which items and rules. Every mapping whose conditions hold contributes. */
		mappings: z.array(prepublishMappingSchema).min(1),
		/** Default contacts for questions about the check. */
		escalation: prepublishEscalationSchema,
		/** How answers turn into "go", "fix first" or "ask before posting". */
		policy: prepublishPolicySchema.optional(),
	}),
);

export type Prepublish = z.output<typeof prepublishSchema>;
export type PrepublishQuestion = z.output<typeof prepublishQuestionSchema>;
export type PrepublishMapping = z.output<typeof prepublishMappingSchema>;
export type PrepublishCondition = z.output<typeof prepublishConditionSchema>;
