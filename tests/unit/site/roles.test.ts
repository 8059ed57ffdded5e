import { describe, expect, it } from 'vitest';
import { buildRoleIndex, resolveRole, resolveRoles } from '../../../src/lib/site/model/roles.ts';
import { makeDoc } from './fixtures.ts';

const de = makeDoc('team', 'team');
const en = makeDoc(
	'team',
	'team-en',
	{
		translationOf: 'team',
		roles: [
			{
				id: 'smm',
				name: 'Social media manager',
				category: 'social-media-manager',
				responsibilities: ['Planning'],
			},
		],
		members: [{ id: 'anna', name: 'Anna', roles: ['smm'], employment: 'employee' }],
	},
	'en',
);
const index = buildRoleIndex([de, en]);

describe('roles', () => {
	it('resolves a role to its name in the reader language, linked to its team page', () => {
		expect(resolveRole(index, 'smm', 'de')).toEqual({
			id: 'smm',
			name: 'Social-Media-Managerin',
			known: true,
			href: '/de/teams/team/#role-smm',
			mailbox: 'social@example.com',
		});
		expect(resolveRole(index, 'smm', 'en')).toMatchObject({
			name: 'Social media manager',
			href: '/en/teams/team-en/#role-smm',
		});
	});

	it('falls back to another language, then to the id', () => {
		expect(resolveRole(index, 'head', 'en')).toMatchObject({ name: 'Leitung', known: true });
		expect(resolveRole(index, 'ghost', 'de')).toEqual({ id: 'ghost', name: 'ghost', known: false });
	});

	it('resolves lists', () => {
		expect(resolveRoles(index, ['smm', 'head'], 'de').map((r) => r.name)).toEqual([
			'Social-Media-Managerin',
			'Leitung',
		]);
		expect(resolveRoles(index, undefined, 'de')).toEqual([]);
	});
});

describe('a deputy per role', () => {
	it("lists the holders of the role's deputy role as deputies of its holders", () => {
		const base = makeDoc('team', 'team').data;
		const team = makeDoc('team', 'team', {
			roles: base.roles.map((r) => (r.id === 'head' ? { ...r, deputy: 'smm' } : r)),
			members: base.members.map((m) => ({ ...m, deputyOf: undefined })),
		});
		const head = buildRoleIndex([team]).get('head')?.[0];
		expect(head?.deputies.map((d) => [d.name, d.of])).toEqual([['Anna', 'ben']]);
		expect(buildRoleIndex([team]).get('smm')?.[0]?.deputies).toEqual([]);
	});
});
