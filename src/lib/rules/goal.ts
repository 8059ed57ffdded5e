/** GOAL-001: a goal's target differs from its baseline. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { formatNumber } from '../util/format.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('GOAL-001', 'error');

export const goalTargetDiffers: Rule = {
	id: 'GOAL-001',
	severity: 'error',
	title: 'A goal target differs from its baseline.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const doc of validDocs(handbook, 'goal')) {
			const { baseline, target, unit } = doc.data;
			if (target !== baseline) continue;
			const example = baseline === 0 ? 10 : Math.round(baseline * 1.2 * 100) / 100;
			out.push(
				report(doc, ['target'], {
					message: `The target (${target} ${unit}) equals the baseline, so the goal asks for no change.`,
					value: target,
					expected: `a target other than the baseline ${baseline}, e.g. ${example}`,
					fix: 'Set the value you want to reach by the end of the period.',
					de: {
						message: `Der Zielwert (${formatNumber(target, 'de')} ${unit}) gleicht dem Ausgangswert, das Ziel verlangt also keine Veränderung.`,
						expected: `ein anderer Zielwert als der Ausgangswert ${baseline}, z. B. ${example}`,
						fix: 'Den Wert eintragen, der bis zum Ende des Zeitraums erreicht werden soll.',
					},
				}),
			);
		}
		return out;
	},
};
