/**
 * PRE-001 for translations of a pre-publish check: a translation changes only
 * texts, labels and help, and keeps the original's ids, conditions, references
 * and policy. Reports the first question or mapping that differs.
 */
import type { Prepublish } from '../../../schemas/index.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { consistency, type Doc } from './prepublish-ids.ts';
import type { Finding } from './report.ts';

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

/** Where a translation's logic differs from its original's. */
export function translationDrift(doc: Doc, original: Doc): Diagnostic[] {
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
