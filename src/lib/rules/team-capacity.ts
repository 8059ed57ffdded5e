/**
 * TEAM-005: the time budgets of a member's roles fit into their weekly hours.
 *
 * A role's weekly minutes are its `per: day` budgets times the handbook's
 * working days (workweek.days, default 5) plus its `per: week` budgets. When
 * several members hold the same role, the role's time is split evenly among
 * them. Members without weeklyHours are not checked.
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import type { HandbookIndex, RoleEntry } from './handbook-index.ts';
import { formatNumber } from '../util/format.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('TEAM-005', 'warning');

/** Minutes per week a role needs, over all its activities. */
function roleMinutesPerWeek(role: RoleEntry, workweekDays: number): number {
	return role.timeBudget.reduce(
		(sum, b) => sum + (b.per === 'day' ? b.minutes * workweekDays : b.minutes),
		0,
	);
}

/** This member's share of the role's weekly minutes. */
function share(index: HandbookIndex, roleId: string): number {
	const role = index.roles.get(roleId);
	if (!role) return 0;
	const holders = index.holders.get(roleId)?.length ?? 1;
	return roleMinutesPerWeek(role, index.settings.workweekDays) / Math.max(1, holders);
}

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
/** The same hours with German separators (`12,5`). */
const hoursDe = (minutes: number) => formatNumber(hours(minutes), 'de');

export const budgetFitsCapacity: Rule = {
	id: 'TEAM-005',
	severity: 'warning',
	title: "A member's share of their roles' time budgets fits into their weeklyHours.",
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		for (const doc of validDocs(handbook, 'team')) {
			doc.data.members.forEach((m, i) => {
				if (m.weeklyHours === undefined) return;
				const roles = [...new Set(m.roles)];
				const minutes = roles.reduce((sum, r) => sum + share(index, r), 0);
				if (minutes <= m.weeklyHours * 60) return;
				const parts = roles
					.filter((r) => share(index, r) > 0)
					.map((r) => `${r}: ${hours(share(index, r))} h`)
					.join(', ');
				const partsDe = roles
					.filter((r) => share(index, r) > 0)
					.map((r) => `${r}: ${hoursDe(share(index, r))} h`)
					.join(', ');
				out.push(
					report(doc, ['members', i, 'weeklyHours'], {
						message: `The roles of ${m.name} need about ${hours(minutes)} hours a week (${parts}), more than the ${m.weeklyHours} hours available.`,
						value: m.weeklyHours,
						expected: `weeklyHours of at least ${Math.ceil(minutes / 60)}, or smaller time budgets`,
						fix: 'Raise weeklyHours, share the roles with more members, or reduce the time budgets.',
						de: {
							message: `Die Rollen von ${m.name} brauchen etwa ${hoursDe(minutes)} Stunden pro Woche (${partsDe}), mehr als die verfügbaren ${hoursDe(m.weeklyHours * 60)} Stunden.`,
							expected: `weeklyHours von mindestens ${Math.ceil(minutes / 60)} oder kleinere Zeitbudgets`,
							fix: 'weeklyHours erhöhen, die Rollen auf mehr Mitglieder verteilen oder die Zeitbudgets verkleinern.',
						},
					}),
				);
			});
		}
		return out;
	},
};
