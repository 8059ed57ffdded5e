/** Team pages: roles with their holders, members, coverage and the RACI matrix. */
import type { Member, Role, Team } from '../../../schemas/index.ts';
import type { ViewContext } from './context.ts';
import { resolveRole } from './roles.ts';
import type { RoleRef } from './types.ts';
import { anchorId } from './urls.ts';

type RaciValue = 'R' | 'A' | 'C' | 'I' | 'AR';

export interface RoleView {
	id: string;
	anchor: string;
	name: string;
	category: Role['category'];
	responsibilities: string[];
	mailbox?: string;
	canApprove: boolean;
	timeBudget: NonNullable<Role['timeBudget']>;
	/** Names of the members holding the role. */
	holders: { id: string; name: string; anchor: string }[];
}

export interface MemberView {
	id: string;
	anchor: string;
	name: string;
	employment: Member['employment'];
	roles: RoleRef[];
	deputyOf?: { id: string; name: string; anchor: string };
	weeklyHours?: number;
}

export interface RaciView {
	columns: RoleRef[];
	rows: { activity: string; cells: (RaciValue | undefined)[] }[];
}

export interface TeamView {
	roles: RoleView[];
	members: MemberView[];
	raci: RaciView | undefined;
}

/**
 * The RACI table: one column per role that appears in any row — in the
 * order the team defines its roles, then roles from elsewhere as they appear.
 */
export function raciMatrix(team: Team, ctx: ViewContext): RaciView | undefined {
	if (!team.raci || team.raci.length === 0) return undefined;
	const used = new Set(team.raci.flatMap((row) => Object.keys(row.roles)));
	const order = [...team.roles.map((r) => r.id).filter((id) => used.has(id))];
	for (const id of used) if (!order.includes(id)) order.push(id);
	return {
		columns: order.map((id) => resolveRole(ctx.roles, id, ctx.lang)),
		rows: team.raci.map((row) => ({
			activity: row.activity,
			cells: order.map((id) => row.roles[id]),
		})),
	};
}

export function teamView(team: Team, ctx: ViewContext): TeamView {
	const memberName = new Map(team.members.map((m) => [m.id, m.name]));
	const roles: RoleView[] = team.roles.map((role) => {
		const view: RoleView = {
			id: role.id,
			anchor: anchorId('role', role.id),
			name: role.name,
			category: role.category,
			responsibilities: [...role.responsibilities],
			canApprove: role.canApprove === true,
			timeBudget: [...(role.timeBudget ?? [])],
			holders: team.members
				.filter((m) => m.roles.includes(role.id))
				.map((m) => ({ id: m.id, name: m.name, anchor: anchorId('member', m.id) })),
		};
		if (role.mailbox) view.mailbox = role.mailbox;
		return view;
	});
	const members: MemberView[] = team.members.map((m) => {
		const view: MemberView = {
			id: m.id,
			anchor: anchorId('member', m.id),
			name: m.name,
			employment: m.employment,
			roles: m.roles.map((id) => resolveRole(ctx.roles, id, ctx.lang)),
		};
		if (m.deputyOf) {
			view.deputyOf = {
				id: m.deputyOf,
				name: memberName.get(m.deputyOf) ?? m.deputyOf,
				anchor: anchorId('member', m.deputyOf),
			};
		}
		if (m.weeklyHours !== undefined) view.weeklyHours = m.weeklyHours;
		return view;
	});
	return { roles, members, raci: raciMatrix(team, ctx) };
}
