/** Team pages: roles with their holders, members, coverage, time budgets and the RACI matrix. */
import type { Member, Role, Team } from '../../../../schemas/index.ts';
import { allowedIds, BUILT_IN, type Vocabulary } from '../../domain/vocabulary/index.ts';
import type { ViewContext } from '../model/context.ts';
import { coverageView, type CoverageView } from './coverage.ts';
import { resolveRole } from '../model/roles.ts';
import type { RoleRef } from '../model/types.ts';
import type { ExternalPartyView } from './external-parties.ts';
import { anchorId } from '../model/urls.ts';

type RaciValue = 'R' | 'A' | 'C' | 'I' | 'AR';
export type Activity = string;

interface PersonLink {
	id: string;
	name: string;
	anchor: string;
}

export interface RoleView {
	id: string;
	anchor: string;
	name: string;
	category: Role['category'];
	responsibilities: string[];
	mailbox?: string;
	canApprove: boolean;
	timeBudget: NonNullable<Role['timeBudget']>;
	/** Minutes per week over all activities (per-day budgets × working days + per-week budgets). */
	weeklyMinutes: number;
	/** Members holding the role. */
	holders: PersonLink[];
	/** Members standing in for a holder. */
	deputies: PersonLink[];
}

export interface MemberView {
	id: string;
	anchor: string;
	name: string;
	employment: Member['employment'];
	roles: RoleRef[];
	deputyOf?: PersonLink;
	weeklyHours?: number;
}

export interface RaciView {
	columns: RoleRef[];
	rows: { activity: string; cells: (RaciValue | undefined)[] }[];
}

export interface Workweek {
	/** Working days per week. */
	days: number;
	/** Hours of a full-time job per week. */
	fullTimeHours: number;
}

/** Used when handbook.yaml has no `workweek`: the same default as the capacity rule (TEAM-005). */
export const DEFAULT_WORKWEEK: Workweek = { days: 5, fullTimeHours: 40 };

export interface BudgetRow {
	activity: Activity;
	/** Sum of the per-day budgets of all roles, in minutes per working day. */
	perDay: number;
	/** Sum of the per-week budgets of all roles, in minutes per week. */
	perWeek: number;
	/** perDay × working days + perWeek. */
	weeklyMinutes: number;
	/** weeklyMinutes as a share of a full-time job (0.1 = 10 %). */
	fteShare: number;
}

export interface RoleLoad {
	role: { id: string; name: string; anchor: string };
	weeklyMinutes: number;
	/** Weekly hours of the members holding the role, when all of them state theirs. */
	availableHours?: number;
	/** True when the role's budget does not fit into its holders' hours. */
	overCapacity: boolean;
}

export interface TimeBudgetView {
	workweek: Workweek;
	/** One row per activity, in the fixed order of the five activities. */
	rows: BudgetRow[];
	total: { perDay: number; perWeek: number; weeklyMinutes: number; fteShare: number };
	/** Sum of the members' weeklyHours (members without weeklyHours count 0). */
	capacityHours: number;
	/** True when the team's budget exceeds the members' weekly hours. */
	overCapacity: boolean;
	/** Per role: budget against the holders' hours; only roles with a budget. */
	roles: RoleLoad[];
}

export interface TeamView {
	roles: RoleView[];
	members: MemberView[];
	raci: RaciView | undefined;
	budget: TimeBudgetView | undefined;
	/** Authorities and outside contacts this team defines. */
	externalParties: ExternalPartyView[];
	/** Office hours, out-of-hours arrangement and on-call duties. */
	coverage: CoverageView;
}

/** Minutes per week: per-day budgets × working days plus per-week budgets. */
export function weeklyMinutes(
	budget: readonly { minutes: number; per: 'day' | 'week' }[],
	days: number,
): number {
	return budget.reduce((sum, b) => sum + (b.per === 'day' ? b.minutes * days : b.minutes), 0);
}

/** Minutes per week as a share of a full-time job: 600 min at 40 h → 0.25. */
export function fteShare(minutesPerWeek: number, fullTimeHours: number): number {
	return fullTimeHours > 0 ? minutesPerWeek / (fullTimeHours * 60) : 0;
}

/** The time budgets of a team summed per activity and compared with the members' hours. */
export function timeBudget(
	team: Team,
	workweek: Workweek = DEFAULT_WORKWEEK,
	vocabulary: Vocabulary = BUILT_IN,
): TimeBudgetView | undefined {
	const budgets = team.roles.flatMap((r) => r.timeBudget ?? []);
	if (budgets.length === 0) return undefined;
	const rows: BudgetRow[] = allowedIds(vocabulary, 'activities').map((activity) => {
		const mine = budgets.filter((b) => b.activity === activity);
		const perDay = mine.filter((b) => b.per === 'day').reduce((s, b) => s + b.minutes, 0);
		const perWeek = mine.filter((b) => b.per === 'week').reduce((s, b) => s + b.minutes, 0);
		const weekly = perDay * workweek.days + perWeek;
		return {
			activity,
			perDay,
			perWeek,
			weeklyMinutes: weekly,
			fteShare: fteShare(weekly, workweek.fullTimeHours),
		};
	});
	const sum = (key: 'perDay' | 'perWeek' | 'weeklyMinutes') => rows.reduce((s, r) => s + r[key], 0);
	const total = {
		perDay: sum('perDay'),
		perWeek: sum('perWeek'),
		weeklyMinutes: sum('weeklyMinutes'),
		fteShare: fteShare(sum('weeklyMinutes'), workweek.fullTimeHours),
	};
	const capacityHours = team.members.reduce((s, m) => s + (m.weeklyHours ?? 0), 0);
	const roles: RoleLoad[] = team.roles
		.filter((r) => (r.timeBudget ?? []).length > 0)
		.map((role) => {
			const minutes = weeklyMinutes(role.timeBudget ?? [], workweek.days);
			const holders = team.members.filter((m) => m.roles.includes(role.id));
			const load: RoleLoad = {
				role: { id: role.id, name: role.name, anchor: anchorId('role', role.id) },
				weeklyMinutes: minutes,
				overCapacity: false,
			};
			if (holders.length > 0 && holders.every((m) => m.weeklyHours !== undefined)) {
				load.availableHours = holders.reduce((s, m) => s + (m.weeklyHours ?? 0), 0);
				load.overCapacity = minutes > load.availableHours * 60;
			}
			return load;
		});
	return {
		workweek,
		rows,
		total,
		capacityHours,
		overCapacity: total.weeklyMinutes > capacityHours * 60,
		roles,
	};
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

export function teamView(
	team: Team,
	ctx: ViewContext,
	workweek: Workweek = DEFAULT_WORKWEEK,
): TeamView {
	const link = (m: { id: string; name: string }): PersonLink => ({
		id: m.id,
		name: m.name,
		anchor: anchorId('member', m.id),
	});
	const memberName = new Map(team.members.map((m) => [m.id, m.name]));
	const roles: RoleView[] = team.roles.map((role) => {
		const holders = team.members.filter((m) => m.roles.includes(role.id));
		const holderIds = new Set(holders.map((m) => m.id));
		const view: RoleView = {
			id: role.id,
			anchor: anchorId('role', role.id),
			name: role.name,
			category: role.category,
			responsibilities: [...role.responsibilities],
			canApprove: role.canApprove === true,
			timeBudget: [...(role.timeBudget ?? [])],
			weeklyMinutes: weeklyMinutes(role.timeBudget ?? [], workweek.days),
			holders: holders.map(link),
			deputies: team.members
				.filter((m) => m.deputyOf !== undefined && holderIds.has(m.deputyOf))
				.map(link),
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
			view.deputyOf = link({ id: m.deputyOf, name: memberName.get(m.deputyOf) ?? m.deputyOf });
		}
		if (m.weeklyHours !== undefined) view.weeklyHours = m.weeklyHours;
		return view;
	});
	return {
		roles,
		members,
		raci: raciMatrix(team, ctx),
		budget: timeBudget(team, workweek, ctx.vocabulary),
		externalParties: (team.externalParties ?? []).map((p) => ({ ...p, known: true })),
		coverage: coverageView(team.coverage, ctx)!,
	};
}
