/**
 * TEAM-002: interns, working students and trainees do not hold deciding roles.
 * TEAM-003: freelancers, agencies and externals should not hold approving roles.
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs, type ValidDoc } from '../model/model.ts';
import type { RoleEntry } from './handbook-index.ts';
import { reporter } from './report.ts';
import type { Rule, RuleContext } from './types.ts';

const TRAINEES = new Set(['intern', 'working-student', 'trainee']);
const DECIDING = new Set(['social-media-manager', 'approver', 'crisis-lead', 'spokesperson']);
const EXTERNALS = new Set(['freelancer', 'agency', 'external']);

/** Calls `fn` for every role a member of a valid team file holds. */
function eachHeldRole(
	ctx: RuleContext,
	fn: (
		doc: ValidDoc<'team'>,
		i: number,
		j: number,
		employment: string,
		role: RoleEntry,
		name: string,
	) => Diagnostic | undefined,
): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const doc of validDocs(ctx.handbook, 'team'))
		doc.data.members.forEach((m, i) =>
			m.roles.forEach((roleId, j) => {
				const role = ctx.index.roles.get(roleId);
				const d = role && fn(doc, i, j, m.employment, role, m.name);
				if (d) out.push(d);
			}),
		);
	return out;
}

const report002 = reporter('TEAM-002', 'error');
const report003 = reporter('TEAM-003', 'warning');

export const traineesDoNotDecide: Rule = {
	id: 'TEAM-002',
	severity: 'error',
	title:
		'Interns, working students and trainees hold no social-media-manager, approver, crisis-lead, spokesperson or canApprove role.',
	check: (ctx) =>
		eachHeldRole(ctx, (doc, i, j, employment, role, name) => {
			if (!TRAINEES.has(employment)) return undefined;
			if (!DECIDING.has(role.category ?? '') && !role.canApprove) return undefined;
			const why = role.canApprove ? 'may approve' : `is a ${role.category} role`;
			return report002(doc, ['members', i, 'roles', j], {
				message: `${name} is employed as ${employment} and cannot hold the role "${role.id}", which ${why}; such roles need staff with decision authority.`,
				value: role.id,
				expected: 'a supporting role such as a contributor or community-manager role',
				fix: `Give "${role.id}" to an employee and assign ${name} a supporting role.`,
				de: {
					message: `${name} hat employment: ${employment} und kann die Rolle „${role.id}“ nicht haben, weil sie ${role.canApprove ? 'freigeben darf' : `eine Rolle der Kategorie ${role.category} ist`}; solche Rollen brauchen Beschäftigte mit Entscheidungsbefugnis.`,
					expected:
						'eine unterstützende Rolle, etwa eine contributor- oder community-manager-Rolle',
					fix: `„${role.id}“ einer angestellten Person geben und ${name} eine unterstützende Rolle zuweisen.`,
				},
			});
		}),
};

export const externalsDoNotApprove: Rule = {
	id: 'TEAM-003',
	severity: 'warning',
	title: 'Freelancers, agencies and external members should not hold roles with canApprove.',
	check: (ctx) =>
		eachHeldRole(ctx, (doc, i, j, employment, role, name) => {
			if (!EXTERNALS.has(employment) || !role.canApprove) return undefined;
			return report003(doc, ['members', i, 'roles', j], {
				message: `${name} works as ${employment} but holds the approving role "${role.id}"; approvals should stay inside the company.`,
				value: role.id,
				expected: 'approving roles held by employees only',
				fix: `Give "${role.id}" to an employee, or keep ${name} in a non-approving role.`,
				de: {
					message: `${name} arbeitet als employment: ${employment}, hat aber die freigabeberechtigte Rolle „${role.id}“; Freigaben sollten im Unternehmen bleiben.`,
					expected: 'freigabeberechtigte Rollen nur bei Angestellten',
					fix: `„${role.id}“ einer angestellten Person geben oder ${name} eine Rolle ohne Freigabe lassen.`,
				},
			});
		}),
};
