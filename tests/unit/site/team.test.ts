import { describe, expect, it } from 'vitest';
import { raciMatrix, teamView } from '../../../src/lib/site/team.ts';
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
