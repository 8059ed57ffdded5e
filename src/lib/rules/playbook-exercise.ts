/** PB-006: playbooks are drilled at least once a year. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { addMonths, daysBetween } from '../domain/dates.ts';
import { plural } from '../util/plural.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';
import { daysDe } from './wording-de.ts';

const report = reporter('PB-006', 'warning');

export const playbookExercised: Rule = {
	id: 'PB-006',
	severity: 'warning',
	title: 'lastExercised is set and not older than 12 months.',
	check({ handbook, today }) {
		const out: Diagnostic[] = [];
		for (const doc of validDocs(handbook, 'playbook')) {
			const last = doc.data.lastExercised;
			if (last === undefined) {
				out.push(
					report(doc, ['lastExercised'], {
						at: 'key',
						message:
							'The playbook has no lastExercised date, so nobody can tell whether it was ever drilled.',
						expected: `the date of the last drill, e.g. lastExercised: ${today}`,
						fix: 'Run a drill of this playbook and add lastExercised with its date.',
						de: {
							message:
								'Das Playbook hat kein Datum lastExercised; so kann niemand sagen, ob es je geübt wurde.',
							expected: `das Datum der letzten Übung, z. B. lastExercised: ${today}`,
							fix: 'Dieses Playbook üben und lastExercised mit dem Datum der Übung ergänzen.',
						},
					}),
				);
				continue;
			}
			if (addMonths(last, 12) >= today) continue;
			out.push(
				report(doc, ['lastExercised'], {
					message: `The last drill was on ${last}, ${plural(daysBetween(last, today), 'day')} ago; playbooks should be drilled at least every 12 months.`,
					value: last,
					expected: `a date on or after ${addMonths(today, -12)}`,
					fix: 'Run a drill of this playbook and set lastExercised to its date.',
					de: {
						message: `Die letzte Übung war am ${last}, vor ${daysDe(daysBetween(last, today))}; Playbooks sollten mindestens alle 12 Monate geübt werden.`,
						expected: `ein Datum am oder nach dem ${addMonths(today, -12)}`,
						fix: 'Dieses Playbook üben und lastExercised auf das Datum der Übung setzen.',
					},
				}),
			);
		}
		return out;
	},
};
