/** TEAM-004: every RACI row has exactly one accountable role. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('TEAM-004', 'error');

export const raciOneAccountable: Rule = {
	id: 'TEAM-004',
	severity: 'error',
	title: 'Every RACI row has exactly one accountable role (A or AR).',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const doc of validDocs(handbook, 'team')) {
			(doc.data.raci ?? []).forEach((row, i) => {
				const accountable = Object.entries(row.roles)
					.filter(([, letter]) => letter === 'A' || letter === 'AR')
					.map(([role]) => role);
				if (accountable.length === 1) return;
				const messageDe =
					accountable.length === 0
						? `Keine Rolle ist für "${row.activity}" verantwortlich (accountable); genau eine Rolle muss mit A markiert sein.`
						: `${accountable.length} Rollen sind für "${row.activity}" verantwortlich (${accountable.join(', ')}); erlaubt ist genau eine.`;
				const example = `${accountable[0] ?? Object.keys(row.roles)[0] ?? '<role-id>'}: A`;
				const message =
					accountable.length === 0
						? `No role is accountable for "${row.activity}"; exactly one role must be marked A.`
						: `${accountable.length} roles are accountable for "${row.activity}" (${accountable.join(', ')}); exactly one is allowed.`;
				out.push(
					report(doc, ['raci', i, 'roles'], {
						message,
						value: accountable,
						expected: `exactly one role marked A (or AR), e.g. ${example}`,
						fix:
							accountable.length === 0
								? 'Mark the role that answers for the result with A.'
								: `Keep A for one of ${accountable.join(', ')} and mark the others R, C or I.`,
						de: {
							message: messageDe,
							expected: `genau eine mit A (oder AR) markierte Rolle, z. B. ${example}`,
							fix:
								accountable.length === 0
									? 'Die Rolle, die für das Ergebnis einsteht, mit A markieren.'
									: `A bei einer von ${accountable.join(', ')} lassen und die anderen mit R, C oder I markieren.`,
						},
					}),
				);
			});
		}
		return out;
	},
};
