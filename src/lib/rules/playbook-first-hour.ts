/** PB-005: first-hour steps are in time order within the hour; the escalation chain has no repeats. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { parseDuration } from '../domain/duration.ts';
import { validDocs } from '../model/model.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('PB-005', 'error');

export const firstHourInOrder: Rule = {
	id: 'PB-005',
	severity: 'error',
	title:
		'firstHour steps are sorted by `at` and each is at most PT1H; escalationChain has no duplicate roles.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const doc of validDocs(handbook, 'playbook')) {
			let latest: { at: string; minutes: number } | undefined;
			doc.data.firstHour.forEach((step, i) => {
				const minutes = parseDuration(step.at);
				if (minutes === undefined) return;
				const path = ['firstHour', i, 'at'];
				if (minutes > 60)
					out.push(
						report(doc, path, {
							message: `The step "${step.action}" is planned at ${step.at}, which is after the first hour.`,
							value: step.at,
							expected: 'a time of at most PT1H, e.g. PT45M',
							fix: 'Move the step into the first hour, or describe it in the level actions instead.',
							de: {
								message: `Der Schritt „${step.action}“ ist für ${step.at} geplant, also nach der ersten Stunde.`,
								expected: 'eine Zeit von höchstens PT1H, z. B. PT45M',
								fix: 'Den Schritt in die erste Stunde legen oder ihn stattdessen in den actions der Stufe beschreiben.',
							},
						}),
					);
				if (latest && minutes < latest.minutes)
					out.push(
						report(doc, path, {
							message: `The step at ${step.at} comes after a step at ${latest.at}; first-hour steps must be listed in time order.`,
							value: step.at,
							expected: `a time of ${latest.at} or later at this position`,
							fix: 'Sort the firstHour steps by their at value.',
							de: {
								message: `Der Schritt bei ${step.at} steht nach einem Schritt bei ${latest.at}; die Schritte der ersten Stunde müssen zeitlich geordnet sein.`,
								expected: `an dieser Stelle eine Zeit von ${latest.at} oder später`,
								fix: 'Die Schritte in firstHour nach ihrem Wert at sortieren.',
							},
						}),
					);
				if (!latest || minutes > latest.minutes) latest = { at: step.at, minutes };
			});
			const seen = new Map<string, number>();
			doc.data.escalationChain.forEach((role, i) => {
				const first = seen.get(role);
				if (first === undefined) {
					seen.set(role, i);
					return;
				}
				out.push(
					report(doc, ['escalationChain', i], {
						message: `Role "${role}" appears twice in the escalation chain (positions ${first + 1} and ${i + 1}).`,
						value: role,
						expected: 'each role at most once, in escalation order',
						fix: `Remove the second "${role}" from escalationChain.`,
						de: {
							message: `Die Rolle „${role}“ steht zweimal in der Eskalationskette (an Position ${first + 1} und ${i + 1}).`,
							expected: 'jede Rolle höchstens einmal, in der Reihenfolge der Eskalation',
							fix: `Das zweite „${role}“ aus escalationChain entfernen.`,
						},
					}),
				);
			});
		}
		return out;
	},
};
