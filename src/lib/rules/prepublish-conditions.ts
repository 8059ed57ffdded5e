/**
 * PRE-001 for the logic of a pre-publish check: conditions (a mapping's `when`
 * and `whenAny`, a follow-up's `askIf`) name existing questions and answers,
 * `askIf` names only earlier questions, every mapping has a condition and
 * includes something, and the policy gives each severity one meaning.
 */
import type { PrepublishCondition } from '../../../schemas/index.ts';
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { consistency, uniqueIds, type Doc } from './prepublish-ids.ts';
import { listIds } from './report.ts';

/** Words authors write for yes and no; "ja" must never be "corrected" to "no". */
const YESNO_SYNONYMS: Record<string, string> = {
	ja: 'yes',
	j: 'yes',
	y: 'yes',
	true: 'yes',
	nein: 'no',
	n: 'no',
	false: 'no',
};

/** The questions and answers a condition names exist in this check. */
function conditionProblems(
	doc: Doc,
	condition: PrepublishCondition,
	at: DataPath,
	answers: Map<string, string[]>,
): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const [questionId, value] of Object.entries(condition)) {
		const answerList = answers.get(questionId);
		if (!answerList) {
			out.push(
				consistency(doc, [...at, questionId], {
					message: `The condition names the question "${questionId}", which this check does not ask.`,
					value: questionId,
					at: 'key',
					expected: `a question id of this check, e.g. ${listIds(answers.keys())}`,
					didYouMean: suggest(questionId, answers.keys()),
					fix: 'Use the id of one of the questions, or add the question.',
					de: {
						message: `Die Bedingung nennt die Frage „${questionId}“, die dieser Check nicht stellt.`,
						expected: `die id einer Frage dieses Checks, z. B. ${listIds(answers.keys(), 5, 'de')}`,
						fix: 'Die id einer der Fragen verwenden oder die Frage ergänzen.',
					},
				}),
			);
			continue;
		}
		const values = Array.isArray(value) ? value : [value];
		values.forEach((answer, j) => {
			if (answerList.includes(answer)) return;
			const synonym = YESNO_SYNONYMS[answer.toLowerCase()];
			out.push(
				consistency(doc, Array.isArray(value) ? [...at, questionId, j] : [...at, questionId], {
					message: `Question "${questionId}" has no answer "${answer}".`,
					value: answer,
					expected: `one of the answers of "${questionId}": ${listIds(answerList, 8)}`,
					didYouMean:
						synonym && answerList.includes(synonym) ? synonym : suggest(answer, answerList),
					fix: `Use an answer id of question "${questionId}", or add the answer to its options.`,
					de: {
						message: `Die Frage „${questionId}“ hat keine Antwort „${answer}“.`,
						expected: `eine der Antworten von „${questionId}“: ${listIds(answerList, 8, 'de')}`,
						fix: `Eine Antwort-id der Frage „${questionId}“ verwenden oder die Antwort in ihren options ergänzen.`,
					},
				}),
			);
		});
	}
	return out;
}

/** Each mapping has a unique id, a condition and something to include; the policy is unambiguous. */
export function mappingShape(doc: Doc, answers: Map<string, string[]>): Diagnostic[] {
	const out: Diagnostic[] = [];
	const d = doc.data;
	out.push(
		...uniqueIds(
			doc,
			d.mappings.map((m, i) => ({ id: m.id, path: ['mappings', i, 'id'] })),
			'mapping id',
			'within this check',
			{ what: 'Zuordnungs-id', many: 'Zuordnungs-ids', scope: 'in diesem Check' },
		),
	);
	d.mappings.forEach((m, i) => {
		const at: DataPath = ['mappings', i];
		if (!m.when && !m.whenAny) {
			out.push(
				consistency(doc, [...at, 'id'], {
					message: `Mapping "${m.id}" has no condition, so it would apply to every post.`,
					value: m.id,
					expected: 'when: { <question-id>: <answer-id> } or whenAny: [ … ]',
					fix: 'Add a condition, or move its items and rules to `always`.',
					de: {
						message: `Die Zuordnung „${m.id}“ hat keine Bedingung und gälte daher für jeden Beitrag.`,
						expected: 'when: { <question-id>: <answer-id> } oder whenAny: [ … ]',
						fix: 'Eine Bedingung ergänzen oder ihre Punkte und Regeln nach `always` verschieben.',
					},
				}),
			);
		}
		if (!m.include.checklistItems?.length && !m.include.guidelineRules?.length) {
			out.push(
				consistency(doc, [...at, 'include'], {
					message: `Mapping "${m.id}" includes nothing.`,
					at: 'key',
					expected: 'include: { checklistItems: [<checklist-id>#<item-id>], guidelineRules: […] }',
					fix: 'List at least one checklist item or guideline rule, or remove the mapping.',
					de: {
						message: `Die Zuordnung „${m.id}“ schließt nichts ein.`,
						expected:
							'include: { checklistItems: [<checklist-id>#<item-id>], guidelineRules: […] }',
						fix: 'Mindestens einen Checklistenpunkt oder eine Richtlinienregel aufführen oder die Zuordnung entfernen.',
					},
				}),
			);
		}
		if (m.when) out.push(...conditionProblems(doc, m.when, [...at, 'when'], answers));
		m.whenAny?.forEach((c, j) =>
			out.push(...conditionProblems(doc, c, [...at, 'whenAny', j], answers)),
		);
	});
	const fix = new Set(d.policy?.fixWhenNo ?? ['blocker']);
	(d.policy?.askWhenNo ?? []).forEach((severity, i) => {
		if (!fix.has(severity)) return;
		out.push(
			consistency(doc, ['policy', 'askWhenNo', i], {
				message: `A "no" on a ${severity} item cannot mean both "fix first" and "ask before posting".`,
				value: severity,
				expected: 'each severity in at most one of fixWhenNo and askWhenNo',
				fix: `Remove ${severity} from askWhenNo or from fixWhenNo.`,
				de: {
					message: `Ein „Nein“ bei einem Punkt mit severity ${severity} kann nicht zugleich „erst beheben“ und „vor dem Posten fragen“ bedeuten.`,
					expected: 'jede severity in höchstens einer der Listen fixWhenNo und askWhenNo',
					fix: `${severity} aus askWhenNo oder aus fixWhenNo entfernen.`,
				},
			}),
		);
	});
	return out;
}

/** `askIf` names only questions asked before, and answers they have. */
export function followUps(doc: Doc, answers: Map<string, string[]>): Diagnostic[] {
	const out: Diagnostic[] = [];
	const ids = doc.data.questions.map((q) => q.id);
	doc.data.questions.forEach((q, i) => {
		if (!q.askIf) return;
		const at: DataPath = ['questions', i, 'askIf'];
		out.push(...conditionProblems(doc, q.askIf, at, answers));
		for (const questionId of Object.keys(q.askIf)) {
			const asked = ids.indexOf(questionId);
			if (asked < 0 || asked < i) continue;
			out.push(
				consistency(doc, [...at, questionId], {
					message: `Question "${q.id}" is asked only after "${questionId}", which comes ${asked === i ? 'as the question itself' : 'later'}.`,
					value: questionId,
					at: 'key',
					expected: `a question asked before "${q.id}", e.g. ${listIds(ids.slice(0, i))}`,
					fix: `Move "${q.id}" below "${questionId}", or name an earlier question.`,
					de: {
						message: `Die Frage „${q.id}“ soll erst nach „${questionId}“ gestellt werden, die aber ${asked === i ? 'die Frage selbst ist' : 'erst später kommt'}.`,
						expected: `eine Frage, die vor „${q.id}“ gestellt wird, z. B. ${listIds(ids.slice(0, i), 5, 'de')}`,
						fix: `„${q.id}“ unter „${questionId}“ verschieben oder eine frühere Frage nennen.`,
					},
				}),
			);
		}
	});
	return out;
}
