/** The cross-document rules, in documentation order, and a runner. */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostics.ts';
import type { VersionHistory } from '../history/versions.ts';
import type { Handbook } from '../model/model.ts';
import { approvedByCanApprove } from './approval.ts';
import { publishedFilesSafe } from './assets.ts';
import { BODY_RULES } from './body.ts';
import { activeChannelHasGoal, channelRequirements } from './channel.ts';
import { datesConsistent } from './date-consistency.ts';
import { goalTargetDiffers } from './goal.ts';
import { glossaryTermsUnique } from './glossary.ts';
import { buildIndex } from './handbook-index.ts';
import { versionNeverDecreases } from './history-version.ts';
import { idsUnique } from './ids.ts';
import { outdatedCitations } from './legal-citations.ts';
import {
	guidelineAreasCovered,
	recommendedAreasCovered,
	requiredAreasApproved,
} from './legal-coverage.ts';
import { noSupersededReferences, replacementReadable, versionedWhenApproved } from './lifecycle.ts';
import { levelApprovers } from './playbook-approvers.ts';
import { playbookExercised } from './playbook-exercise.ts';
import { firstHourInOrder } from './playbook-first-hour.ts';
import { holdingStatementsApproved } from './playbook-holding.ts';
import { triggersNotify } from './playbook-notify.ts';
import { acknowledgeNotSlower } from './playbook-response-times.ts';
import { noDeprecatedReferences, referencesResolve } from './references.ts';
import { approvedNotOnDrafts } from './draft-references.ts';
import { reviewDueSoon, reviewOverdue } from './review-dates.ts';
import { budgetFitsCapacity } from './team-capacity.ts';
import { managersHaveDeputies } from './team-deputy.ts';
import { externalsDoNotApprove, traineesDoNotDecide } from './team-eligibility.ts';
import { raciOneAccountable } from './team-raci.ts';
import { mailDomainsAreSet, teamContactsArePublic } from './team-personal-data.ts';
import { prepublishConsistent } from './prepublish.ts';
import { prepublishReferencesResolve } from './prepublish-references.ts';
import { placeholdersDeclared } from './template-placeholders.ts';
import { placeholdersLeft } from './placeholders-left.ts';
import { teamTranslationMatches } from './team-translation.ts';
import { translationMatches } from './translation.ts';
import { documentLanguageAvailable } from './document-language.ts';
import { coverageSchedulesDistinct } from './coverage.ts';
import { translationStructureMatches, translationVersionCurrent } from './translation-sync.ts';
import type { Rule, RuleContext } from './types.ts';

export type { Rule, RuleContext } from './types.ts';
export { buildIndex } from './handbook-index.ts';

export const RULES: Rule[] = [
	idsUnique,
	referencesResolve,
	noDeprecatedReferences,
	approvedNotOnDrafts,
	approvedByCanApprove,
	replacementReadable,
	versionedWhenApproved,
	noSupersededReferences,
	requiredAreasApproved,
	recommendedAreasCovered,
	guidelineAreasCovered,
	outdatedCitations,
	managersHaveDeputies,
	traineesDoNotDecide,
	externalsDoNotApprove,
	raciOneAccountable,
	budgetFitsCapacity,
	teamContactsArePublic,
	mailDomainsAreSet,
	levelApprovers,
	acknowledgeNotSlower,
	triggersNotify,
	holdingStatementsApproved,
	firstHourInOrder,
	playbookExercised,
	placeholdersDeclared,
	prepublishConsistent,
	prepublishReferencesResolve,
	channelRequirements,
	activeChannelHasGoal,
	reviewOverdue,
	datesConsistent,
	reviewDueSoon,
	goalTargetDiffers,
	translationMatches,
	documentLanguageAvailable,
	coverageSchedulesDistinct,
	teamTranslationMatches,
	translationStructureMatches,
	translationVersionCurrent,
	versionNeverDecreases,
	placeholdersLeft,
	...BODY_RULES,
	publishedFilesSafe,
	glossaryTermsUnique,
];

/**
 * Builds the context rules need: the handbook, its index, today's date
 * (YYYY-MM-DD) and, when read, the documents' versions in git history.
 */
export function createRuleContext(
	handbook: Handbook,
	today: string,
	history?: VersionHistory,
): RuleContext {
	return { handbook, index: buildIndex(handbook), today, history };
}

/** Runs every rule (or the given ones) and returns the diagnostics in stable order. */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Diagnostic[] {
	return sortDiagnostics(rules.flatMap((rule) => rule.check(ctx)));
}
