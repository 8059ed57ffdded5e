import { describe, expect, it } from 'vitest';
import {
	DEFAULT_WORKWEEK,
	fteShare,
	raciMatrix,
	teamView,
	timeBudget,
	weeklyMinutes,
} from '../../../src/lib/site/by-type/team.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const team = makeDoc('team', 'team', {
	raci: [
		{ activity: 'Posten', roles: { head: 'A', smm: 'R', legal: 'C' } },
		{ activity: 'Krise', roles: { head: 'AR' } },
	],
});
const ctx = makeContext([team]);

describe('team view', () => {
	it('builds the RACI matrix with the team’s role order, then other roles', () => {
		const raci = raciMatrix(team.data, ctx)!;
		expect(raci.columns.map((c) => c.id)).toEqual(['smm', 'head', 'legal']);
		expect(raci.rows).toEqual([
			{ activity: 'Posten', cells: ['R', 'A', 'C'] },
			{ activity: 'Krise', cells: [undefined, 'AR', undefined] },
		]);
		expect(raciMatrix(makeDoc('team', 'x').data, ctx)).toBeUndefined();
	});

	it('lists role holders, member roles and deputies', () => {
		const view = teamView(team.data, ctx);
		expect(view.roles[0]).toMatchObject({
			id: 'smm',
			anchor: 'role-smm',
			mailbox: 'social@example.com',
			canApprove: false,
			holders: [{ id: 'anna', name: 'Anna', anchor: 'member-anna' }],
			deputies: [{ id: 'ben', name: 'Ben', anchor: 'member-ben' }],
		});
		expect(view.members[1]).toMatchObject({
			name: 'Ben',
			roles: [{ name: 'Leitung' }],
			deputyOf: { id: 'anna', name: 'Anna', anchor: 'member-anna' },
		});
		expect(view.members[0]!.deputyOf).toBeUndefined();
		expect(view.raci?.rows).toHaveLength(2);
	});
});

describe('time budget', () => {
	const budgetTeam = makeDoc('team', 'budget', {
		roles: [
			{
				id: 'smm',
				name: 'Social-Media-Managerin',
				category: 'social-media-manager',
				responsibilities: ['Planen'],
				timeBudget: [
					{ activity: 'monitoring', minutes: 15, per: 'day' },
					{ activity: 'content-creation', minutes: 120, per: 'week' },
				],
			},
			{
				id: 'head',
				name: 'Leitung',
				category: 'head-of-communications',
				responsibilities: ['Leiten'],
				timeBudget: [
					{ activity: 'monitoring', minutes: 5, per: 'day' },
					{ activity: 'networking', minutes: 60, per: 'week' },
				],
			},
		],
		members: [
			{ id: 'anna', name: 'Anna', roles: ['smm'], employment: 'employee', weeklyHours: 2 },
			{ id: 'ben', name: 'Ben', roles: ['head'], employment: 'employee' },
		],
	});

	it('sums per-day budgets over the working week and adds per-week budgets', () => {
		expect(weeklyMinutes([{ minutes: 15, per: 'day' }], 5)).toBe(75);
		expect(weeklyMinutes([{ minutes: 15, per: 'day' }], 4)).toBe(60);
		expect(
			weeklyMinutes(
				[
					{ minutes: 10, per: 'day' },
					{ minutes: 90, per: 'week' },
				],
				5,
			),
		).toBe(140);
		expect(weeklyMinutes([], 5)).toBe(0);
	});

	it('states the share of a full-time job', () => {
		expect(fteShare(600, 40)).toBe(0.25);
		expect(fteShare(2400, 40)).toBe(1);
		expect(fteShare(60, 0)).toBe(0);
	});

	it('builds one row per activity with weekly sums and FTE shares', () => {
		const budget = timeBudget(budgetTeam.data, { days: 5, fullTimeHours: 40 })!;
		expect(budget.rows.map((r) => r.activity)).toEqual([
			'monitoring',
			'distribution',
			'dialogue',
			'content-creation',
			'networking',
		]);
		expect(budget.rows[0]).toEqual({
			activity: 'monitoring',
			perDay: 20,
			perWeek: 0,
			weeklyMinutes: 100,
			fteShare: 100 / 2400,
		});
		expect(budget.rows[3]).toMatchObject({ perDay: 0, perWeek: 120, weeklyMinutes: 120 });
		expect(budget.total).toEqual({
			perDay: 20,
			perWeek: 180,
			weeklyMinutes: 280,
			fteShare: 280 / 2400,
		});
		expect(timeBudget(budgetTeam.data, { days: 4, fullTimeHours: 38.5 })!.total.weeklyMinutes).toBe(
			260,
		);
	});

	it('warns when the budget exceeds the members’ weekly hours', () => {
		const budget = timeBudget(budgetTeam.data)!;
		// 280 min needed, Anna has 2 h = 120 min, Ben states no hours.
		expect(budget.capacityHours).toBe(2);
		expect(budget.overCapacity).toBe(true);
		expect(budget.roles).toEqual([
			{
				role: { id: 'smm', name: 'Social-Media-Managerin', anchor: 'role-smm' },
				weeklyMinutes: 195,
				availableHours: 2,
				overCapacity: true,
			},
			{
				role: { id: 'head', name: 'Leitung', anchor: 'role-head' },
				weeklyMinutes: 85,
				overCapacity: false,
			},
		]);
		const roomy = makeDoc('team', 'roomy', {
			...budgetTeam.data,
			id: 'roomy',
			members: [
				{ id: 'anna', name: 'Anna', roles: ['smm'], employment: 'employee', weeklyHours: 10 },
				{ id: 'ben', name: 'Ben', roles: ['head'], employment: 'employee', weeklyHours: 2 },
			],
		});
		const ok = timeBudget(roomy.data)!;
		expect(ok.overCapacity).toBe(false);
		expect(ok.roles.every((r) => !r.overCapacity)).toBe(true);
	});

	it('has no budget table for a team without time budgets', () => {
		expect(timeBudget(team.data)).toBeUndefined();
		expect(teamView(budgetTeam.data, ctx).budget?.workweek).toEqual(DEFAULT_WORKWEEK);
		expect(teamView(budgetTeam.data, ctx).roles[0]).toMatchObject({
			weeklyMinutes: 195,
			deputies: [],
		});
	});
});
