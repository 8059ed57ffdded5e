/**
 * PRE-001: a pre-publish check is consistent in itself — unique question, answer and
 * mapping ids, conditions (also a follow-up's `askIf`, which names only earlier
 * questions) that name existing questions and answers, answers that fit
 * the question kind, and translations that keep the original's ids and logic.
 * (PRE-002, what a check points to, is in prepublish-references.ts.)
 */
import type { Prepublish, PrepublishCondition } from '../../../schemas/index.ts';
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import type { ValidDoc } from '../model/model.ts';
import { validDocs } from '../model/model.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { listIds, reporter, where, type Finding } from './report.ts';
import type { Rule } from './types.ts';

const consistency = reporter('PRE-001', 'error');

type Doc = ValidDoc<'prepublish'>;

/** The answer ids a `yesno` question has. */
const YESNO_ANSWERS = ['yes', 'no'] as const;

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

/** Answer ids of each question of `data`: authored options, channel ids and yes/no. */
function answerIds(data: Prepublish, channelIds: Iterable<string>): Map<string, string[]> {
	const channels = [...channelIds];
	const out = new Map<string, string[]>();
	for (const q of data.questions) {
		if (out.has(q.id)) continue;
		if (q.kind === 'yesno') out.set(q.id, [...YESNO_ANSWERS]);
		else
			out.set(q.id, [
				...(q.optionsFrom === 'channels' ? channels : []),
				...(q.options ?? []).map((o) => o.id),
			]);
	}
	return out;
}

/** Reports later occurrences of the same id. */
function uniqueIds(
	doc: Doc,
	entries: { id: string; path: DataPath }[],
	what: string,
	scope: string,
	de: { what: string; many: string; scope: string },
): Diagnostic[] {
	const seen = new Map<string, DataPath>();
	const out: Diagnostic[] = [];
	for (const { id, path } of entries) {
		const first = seen.get(id);
		if (!first) {
			seen.set(id, path);
			continue;
		}
		out.push(
			consistency(doc, path, {
				message: `The ${what} "${id}" is already used at ${where(doc, first)}; ${what}s must be unique ${scope}.`,
				value: id,
				expected: `a ${what} not used elsewhere ${scope}`,
				fix: 'Rename one of the two and update the conditions that use it.',
				de: {
					message: `Die ${de.what} „${id}“ wird schon in ${where(doc, first)} verwendet; ${de.many} müssen ${de.scope} eindeutig sein.`,
					expected: `eine ${de.what}, die ${de.scope} sonst nicht vorkommt`,
					fix: 'Eine der beiden umbenennen und die Bedingungen anpassen, die sie verwenden.',
				},
			}),
		);
	}
	return out;
}

function questionShape(doc: Doc, channelIds: readonly string[]): Diagnostic[] {
	const out: Diagnostic[] = [];
	doc.data.questions.forEach((q, i) => {
		const at: DataPath = ['questions', i];
		if (q.kind === 'yesno' && (q.options || q.optionsFrom)) {
			const key = q.options ? 'options' : 'optionsFrom';
			out.push(
				consistency(doc, [...at, key], {
					message: `Question "${q.id}" is a yes/no question; its answers are always "yes" and "no", so ${key} is not used.`,
					at: 'key',
					expected: 'kind: yesno without options, or kind: single / multiple with options',
					fix: `Remove ${key}, or change kind to single or multiple.`,
					de: {
						message: `Die Frage „${q.id}“ ist eine Ja/Nein-Frage; ihre Antworten sind immer „yes“ und „no“, ${key} wird also nicht verwendet.`,
						expected: 'kind: yesno ohne options, oder kind: single / multiple mit options',
						fix: `${key} entfernen oder kind auf single oder multiple ändern.`,
					},
				}),
			);
		}
		if (q.kind !== 'yesno' && !q.options && !q.optionsFrom) {
			out.push(
				consistency(doc, [...at, 'kind'], {
					message: `Question "${q.id}" is a ${q.kind} question but has no answers.`,
					value: q.kind,
					expected: 'options: [{ id, label }] or optionsFrom: channels',
					fix: 'Add options, take them from the channels with optionsFrom: channels, or use kind: yesno.',
					de: {
						message: `Die Frage „${q.id}“ hat kind: ${q.kind}, aber keine Antworten.`,
						expected: 'options: [{ id, label }] oder optionsFrom: channels',
						fix: 'options ergänzen, sie mit optionsFrom: channels aus den Kanälen nehmen oder kind: yesno verwenden.',
					},
				}),
			);
		}
		const optionIds = (q.options ?? []).map((o, j) => ({
			id: o.id,
			path: [...at, 'options', j, 'id'] as DataPath,
		}));
		out.push(
			...uniqueIds(doc, optionIds, 'answer id', `within question "${q.id}"`, {
				what: 'Antwort-id',
				many: 'Antwort-ids',
				scope: `in der Frage "${q.id}"`,
			}),
		);
		if (q.optionsFrom === 'channels') {
			for (const option of optionIds) {
				if (!channelIds.includes(option.id)) continue;
				out.push(
					consistency(doc, option.path, {
						message: `The answer id "${option.id}" is also the id of a channel, which optionsFrom: channels already adds as an answer.`,
						value: option.id,
						expected: 'an answer id that is not a channel id',
						fix: 'Rename the answer, or remove it and rely on the channel.',
						de: {
							message: `Die Antwort-id „${option.id}“ ist auch die id eines Kanals, den optionsFrom: channels schon als Antwort hinzufügt.`,
							expected: 'eine Antwort-id, die keine Kanal-id ist',
							fix: 'Die Antwort umbenennen oder sie entfernen und den Kanal nutzen.',
						},
					}),
				);
			}
		}
	});
	return out;
}

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

function mappingShape(doc: Doc, answers: Map<string, string[]>): Diagnostic[] {
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
function followUps(doc: Doc, answers: Map<string, string[]>): Diagnostic[] {
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

/** What a translation must keep from its original: every id and the whole logic. */
function logicOf(d: Prepublish) {
	return {
		questions: d.questions.map((q) => ({
			id: q.id,
			kind: q.kind,
			optionsFrom: q.optionsFrom,
			options: (q.options ?? []).map((o) => o.id),
			askIf: q.askIf,
		})),
		mappings: d.mappings.map((m) => ({
			id: m.id,
			when: m.when,
			whenAny: m.whenAny,
			include: m.include,
			askRole: m.askRole,
		})),
		always: d.always,
		escalation: d.escalation,
		policy: d.policy,
	};
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function translationDrift(doc: Doc, original: Doc): Diagnostic[] {
	const mine = logicOf(doc.data);
	const theirs = logicOf(original.data);
	const out: Diagnostic[] = [];
	/** `what` names the difference; `de` is the same in German, after "in" and as "dieselbe …". */
	const finding = (what: string, de: { in: string; same: string }): Finding => ({
		message: `This translation of "${original.data.id}" differs from it in ${what}; translations change only texts, labels and help.`,
		expected: `the same ${what} as ${original.file}`,
		fix: `Copy the ids, conditions and references from ${original.file} and translate only the texts.`,
		de: {
			message: `Diese Übersetzung von „${original.data.id}“ weicht ${de.in} vom Original ab; Übersetzungen ändern nur Texte, Beschriftungen und Hilfen.`,
			expected: `${de.same} wie in ${original.file}`,
			fix: `ids, Bedingungen und Verweise aus ${original.file} übernehmen und nur die Texte übersetzen.`,
		},
	});
	const lists = [
		['questions', 'question', 'Frage', 'Fragen'],
		['mappings', 'mapping', 'Zuordnung', 'Zuordnungen'],
	] as const;
	for (const [key, noun, nounDe, manyDe] of lists) {
		const a: unknown[] = mine[key];
		const b: unknown[] = theirs[key];
		const i = a.findIndex((entry, n) => !same(entry, b[n]));
		if (i >= 0)
			out.push(
				consistency(
					doc,
					[key, i],
					finding(`${noun} ${i + 1}`, {
						in: `in ${nounDe} ${i + 1}`,
						same: `dieselbe ${nounDe} ${i + 1}`,
					}),
				),
			);
		else if (a.length !== b.length)
			out.push(
				consistency(doc, [key], {
					...finding(`the number of ${key}`, {
						in: `in der Zahl der ${manyDe}`,
						same: `dieselbe Zahl der ${manyDe}`,
					}),
					at: 'key',
				}),
			);
	}
	for (const key of ['always', 'escalation', 'policy'] as const) {
		if (!same(mine[key], theirs[key]))
			out.push(
				consistency(doc, [key], {
					...finding(key, { in: `in ${key}`, same: `denselben Wert für ${key}` }),
					at: 'key',
				}),
			);
	}
	return out;
}

export const prepublishConsistent: Rule = {
	id: 'PRE-001',
	severity: 'error',
	title:
		'A pre-publish check has unique question, answer and mapping ids; its conditions name existing questions and answers; a translation keeps the original ids and logic.',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		const channelIds = [...index.typed.channel.keys()];
		const docs = validDocs(handbook, 'prepublish');
		for (const doc of docs) {
			const d = doc.data;
			out.push(
				...uniqueIds(
					doc,
					d.questions.map((q, i) => ({ id: q.id, path: ['questions', i, 'id'] })),
					'question id',
					'within this check',
					{ what: 'Fragen-id', many: 'Fragen-ids', scope: 'in diesem Check' },
				),
			);
			out.push(...questionShape(doc, channelIds));
			out.push(...mappingShape(doc, answerIds(d, channelIds)));
			out.push(...followUps(doc, answerIds(d, channelIds)));
			const original = docs.find((o) => o !== doc && o.data.id === d.translationOf);
			if (original && !original.data.translationOf) out.push(...translationDrift(doc, original));
		}
		return out;
	},
};
