import { describe, expect, it } from 'vitest';
import {
	mailtoHref,
	resolveContact,
	resolveContacts,
} from '../../../src/lib/site/by-type/contacts.ts';
import { buildRoleIndex, localizeRoleIndex } from '../../../src/lib/site/model/roles.ts';
import { makeDoc } from './fixtures.ts';

const de = makeDoc('team', 'team', {
	members: [
		{ id: 'anna', name: 'Anna', roles: ['smm'], employment: 'employee' },
		{ id: 'cem', name: 'Cem', roles: ['smm'], employment: 'employee' },
		{ id: 'ben', name: 'Ben', roles: ['head'], employment: 'employee', deputyOf: 'anna' },
	],
});
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
				mailbox: 'social@example.com',
			},
		],
		members: [{ id: 'anna', name: 'Anna', roles: ['smm'], employment: 'employee' }],
	},
	'en',
);

describe('contacts', () => {
	it('resolves a role to the people who hold it, their deputies and the role mailbox', () => {
		const index = buildRoleIndex([de]);
		expect(resolveContact(index, 'smm', 'de')).toEqual({
			id: 'smm',
			name: 'Social-Media-Managerin',
			known: true,
			href: '/de/teams/team/#role-smm',
			mailbox: 'social@example.com',
			people: [
				{ id: 'anna', name: 'Anna', href: '/de/teams/team/#member-anna' },
				{ id: 'cem', name: 'Cem', href: '/de/teams/team/#member-cem' },
			],
			deputies: [{ id: 'ben', name: 'Ben', href: '/de/teams/team/#member-ben', of: 'anna' }],
		});
		expect(resolveContact(index, 'head', 'de')).toMatchObject({
			name: 'Leitung',
			people: [{ name: 'Ben' }],
			deputies: [],
		});
		expect(resolveContact(index, 'head', 'de').mailbox).toBeUndefined();
	});

	it('uses the team in the reader language and keeps unknown roles visible', () => {
		const index = buildRoleIndex([de, en]);
		expect(resolveContact(index, 'smm', 'en')).toMatchObject({
			name: 'Social media manager',
			href: '/en/teams/team-en/#role-smm',
			people: [{ name: 'Anna', href: '/en/teams/team-en/#member-anna' }],
		});
		expect(resolveContact(index, 'ghost', 'de')).toEqual({
			id: 'ghost',
			name: 'ghost',
			known: false,
			people: [],
			deputies: [],
		});
	});

	it('lists several roles once each', () => {
		const index = buildRoleIndex([de]);
		expect(resolveContacts(index, ['smm', 'head', 'smm'], 'de').map((c) => c.id)).toEqual([
			'smm',
			'head',
		]);
		expect(resolveContacts(index, undefined, 'de')).toEqual([]);
	});

	it('points links at the team page a reader of another language should see', () => {
		const index = localizeRoleIndex(buildRoleIndex([de]), (team) => `/en/teams/${team.id}/`);
		expect(resolveContact(index, 'smm', 'en')).toMatchObject({
			name: 'Social-Media-Managerin',
			href: '/en/teams/team/#role-smm',
			people: [{ href: '/en/teams/team/#member-anna' }, { href: '/en/teams/team/#member-cem' }],
		});
	});

	it('writes mailto links', () => {
		expect(mailtoHref('recht@example.com')).toBe('mailto:recht@example.com');
		expect(mailtoHref('recht@example.com', 'Frage zu § 22 KUG')).toBe(
			'mailto:recht@example.com?subject=Frage%20zu%20%C2%A7%2022%20KUG',
		);
	});
});
