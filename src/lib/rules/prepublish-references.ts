/**
 * PRE-002: what a pre-publish check points to exists — checklist items, guideline rules,
 * roles — and is not retired. (PRE-001, the check's own consistency, is in prepublish.ts.)
 */
import type { Prepublish } from '../../../schemas/index.ts';
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { suggest } from '../diagnostics/suggest.ts';
import type { HandbookIndex } from './handbook-index.ts';
import { rawArray, rawString } from './raw.ts';
import { unresolved } from './references.ts';
import { listIds, reporter, type Finding } from './report.ts';
import type { Rule } from './types.ts';
import { typeDe } from './wording-de.ts';

const references = reporter('PRE-002', 'error');

/** Rule ids of each guideline, read from the raw data (an invalid guideline still defines them). */
function guidelineRules(index: HandbookIndex): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const [id, entry] of index.typed.guideline) {
		const ids = rawArray(entry.doc.raw, 'rules')
			.map((r) => rawString(r, 'id'))
			.filter((r): r is string => r !== undefined);
		out.set(id, ids);
	}
	return out;
}

function unresolvedRule(
	index: HandbookIndex,
	rules: Map<string, string[]>,
	value: string,
): Finding | undefined {
	const [guidelineId = '', ruleId = ''] = value.split('#');
	const docProblem = unresolved(index, {
		kind: 'guideline',
		value: guidelineId,
		path: [],
		at: 'value',
	});
	if (docProblem) {
		const alt = docProblem.didYouMean;
		return { ...docProblem, didYouMean: alt === undefined ? undefined : `${alt}#${ruleId}` };
	}
	const ids = rules.get(guidelineId) ?? [];
	if (ids.includes(ruleId)) return undefined;
	if (index.typed.guideline.get(guidelineId)?.doc.raw === undefined) return undefined;
	const alt = suggest(ruleId, ids);
	return {
		message: `Guideline "${guidelineId}" has no rule "${ruleId}".`,
		expected: `<guideline-id>#<rule-id> with a rule of ${guidelineId}, e.g. ${listIds(
			ids.map((r) => `${guidelineId}#${r}`),
			3,
		)}`,
		didYouMean: alt === undefined ? undefined : `${guidelineId}#${alt}`,
		fix: `Use one of the rule ids of guideline "${guidelineId}".`,
		de: {
			message: `Die Richtlinie „${guidelineId}“ hat keine Regel „${ruleId}“.`,
			expected: `<guideline-id>#<rule-id> mit einer Regel von ${guidelineId}, z. B. ${listIds(
				ids.map((r) => `${guidelineId}#${r}`),
				3,
				'de',
			)}`,
			fix: `Eine der Regel-ids der Richtlinie „${guidelineId}“ verwenden.`,
		},
	};
}

/** The references a check makes, with their paths. */
function refsOf(d: Prepublish) {
	const items: { value: string; path: DataPath }[] = [];
	const rules: { value: string; path: DataPath }[] = [];
	const roles: { value: string; path: DataPath }[] = [];
	const include = (inc: Prepublish['always'], at: DataPath) => {
		inc?.checklistItems?.forEach((v, i) =>
			items.push({ value: v, path: [...at, 'checklistItems', i] }),
		);
		inc?.guidelineRules?.forEach((v, i) =>
			rules.push({ value: v, path: [...at, 'guidelineRules', i] }),
		);
	};
	include(d.always, ['always']);
	d.mappings.forEach((m, i) => {
		include(m.include, ['mappings', i, 'include']);
		if (m.askRole) roles.push({ value: m.askRole, path: ['mappings', i, 'askRole'] });
	});
	roles.push({ value: d.escalation.default, path: ['escalation', 'default'] });
	if (d.escalation.deputy)
		roles.push({ value: d.escalation.deputy, path: ['escalation', 'deputy'] });
	return { items, rules, roles };
}

const RETIRED = new Set(['deprecated', 'superseded']);

export const prepublishReferencesResolve: Rule = {
	id: 'PRE-002',
	severity: 'error',
	title:
		'The checklist items, guideline rules and roles a pre-publish check names exist (error) and are not deprecated or superseded (warning).',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		const ruleIds = guidelineRules(index);
		for (const doc of validDocs(handbook, 'prepublish')) {
			const { items, rules, roles } = refsOf(doc.data);
			const retired = (type: 'checklist' | 'guideline', value: string, path: DataPath) => {
				const target = index.typed[type].get(value.split('#')[0] ?? '');
				if (!target?.status || !RETIRED.has(target.status) || RETIRED.has(doc.data.status)) return;
				out.push(
					references(doc, path, {
						severity: 'warning',
						message: `"${value}" belongs to the ${type} "${target.id}", which is ${target.status}.`,
						value,
						expected: `a ${type} that is still in use`,
						fix: `Point to the ${type} that replaces it, or remove the reference.`,
						de: {
							message: `„${value}“ gehört zum Dokument „${target.id}“ (${typeDe(type)}), das status: ${target.status} hat.`,
							expected: `ein Dokument vom Typ ${typeDe(type)}, das noch gilt`,
							fix: `Auf das Dokument verweisen, das es ersetzt, oder den Verweis entfernen.`,
						},
					}),
				);
			};
			for (const ref of items) {
				const problem = unresolved(index, { kind: 'checklist-item', ...ref, at: 'value' });
				if (problem) out.push(references(doc, ref.path, { ...problem, value: ref.value }));
				else retired('checklist', ref.value, ref.path);
			}
			for (const ref of rules) {
				const problem = unresolvedRule(index, ruleIds, ref.value);
				if (problem) out.push(references(doc, ref.path, { ...problem, value: ref.value }));
				else retired('guideline', ref.value, ref.path);
			}
			for (const ref of roles) {
				const problem = unresolved(index, { kind: 'role', ...ref, at: 'value' });
				if (problem) out.push(references(doc, ref.path, { ...problem, value: ref.value }));
			}
		}
		return out;
	},
};
