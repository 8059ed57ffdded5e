/**
 * PRE-001: a pre-publish check is consistent in itself — unique question, answer and
 * mapping ids, conditions (also a follow-up's `askIf`, which names only earlier
 * questions) that name existing questions and answers, answers that fit
 * the question kind, and translations that keep the original's ids and logic.
 * Here: the rule and the shape of questions. Conditions, mappings and follow-ups are
 * checked in prepublish-conditions.ts, translations in prepublish-translation.ts, with the
 * shared ids in prepublish-ids.ts. (PRE-002, what a check points to, is in
 * prepublish-references.ts.)
 */
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { followUps, mappingShape } from './prepublish-conditions.ts';
import { answerIds, consistency, uniqueIds, type Doc } from './prepublish-ids.ts';
import { translationDrift } from './prepublish-translation.ts';
import type { Rule } from './types.ts';

/** Each question's answers fit its kind and are unique; none repeats a channel id. */
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
