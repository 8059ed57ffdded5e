import { describe, expect, it } from 'vitest';
import { file, PATHS, runBaseline } from '../../helpers/handbook.ts';

const TEAM = file(PATHS.team);

describe('TEAM-001 deputies for social media managers', () => {
	it('reports a manager nobody stands in for', () => {
		const run = runBaseline((b) => {
			delete b.team.members[1].deputyOf;
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TEAM-001',
				severity: 'error',
				file: TEAM,
				line: run.lineOf(PATHS.team, 'id: anna-berger'),
				path: 'members[0]',
				value: 'anna-berger',
				expected: 'another member with deputyOf: anna-berger',
				fix: 'Add deputyOf: anna-berger to the member who stands in for Anna Berger.',
			}),
		]);
	});

	it('reports a member who is their own deputy', () => {
		const run = runBaseline((b) => {
			b.team.members[0].deputyOf = 'anna-berger';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TEAM-001',
				line: run.lineOf(PATHS.team, 'deputyOf: anna-berger'),
				path: 'members[0].deputyOf',
				value: 'anna-berger',
				message: 'Anna Berger is named as their own deputy; a deputy must be a different person.',
			}),
		]);
	});

	it('accepts a deputy defined in another team file', () => {
		const run = runBaseline((b) => {
			delete b.team.members[1].deputyOf;
			b.files['teams/vertretung.yaml'] = {
				data: {
					...b.team,
					id: 'vertretung',
					roles: [
						{
							id: 'springer',
							name: 'Springer',
							category: 'deputy',
							responsibilities: ['Vertreten'],
						},
					],
					members: [
						{
							id: 'eva-lang',
							name: 'Eva Lang',
							roles: ['springer'],
							employment: 'employee',
							deputyOf: 'anna-berger',
						},
					],
					raci: [],
				},
			};
		});
		expect(run.diagnostics).toEqual([]);
	});
});

describe('TEAM-002 interns, working students and trainees', () => {
	it('accepts an intern in a supporting role', () => {
		expect(runBaseline((b) => (b.team.members[1].employment = 'intern')).diagnostics).toEqual([]);
	});

	it('reports a working student in an approving role', () => {
		const run = runBaseline((b) => {
			b.team.members[2].employment = 'working-student';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TEAM-002',
				severity: 'error',
				file: TEAM,
				line: run.lineOf(PATHS.team, '- head-of-communications', 'name: Clara Wolf'),
				path: 'members[2].roles[0]',
				value: 'head-of-communications',
				message: expect.stringContaining('employed as working-student'),
			}),
		]);
	});

	it('reports a trainee in a crisis-lead role', () => {
		const run = runBaseline((b) => {
			b.team.roles.push({
				id: 'krisenleitung',
				name: 'Krisenleitung',
				category: 'crisis-lead',
				responsibilities: ['Krisen leiten'],
			});
			b.team.members[1].employment = 'trainee';
			b.team.members[1].roles.push('krisenleitung');
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TEAM-002',
				path: 'members[1].roles[1]',
				value: 'krisenleitung',
				message: expect.stringContaining('which is a crisis-lead role'),
			}),
		]);
	});
});

describe('TEAM-003 externals with approval rights', () => {
	it('accepts a freelancer without approval rights', () => {
		expect(runBaseline((b) => (b.team.members[1].employment = 'freelancer')).diagnostics).toEqual(
			[],
		);
	});

	it('warns about an agency member holding an approving role', () => {
		const run = runBaseline((b) => {
			b.team.members[3].employment = 'agency';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TEAM-003',
				severity: 'warning',
				file: TEAM,
				line: run.lineOf(PATHS.team, '- legal-counsel', 'name: David Roth'),
				path: 'members[3].roles[0]',
				value: 'legal-counsel',
			}),
		]);
	});
});

describe('TEAM-004 one accountable role per RACI row', () => {
	it('counts AR as accountable', () => {
		const run = runBaseline((b) => {
			b.team.raci[0].roles = { 'social-media-manager': 'AR', 'legal-counsel': 'C' };
		});
		expect(run.diagnostics).toEqual([]);
	});

	it('reports two accountable roles and names them', () => {
		const run = runBaseline((b) => {
			b.team.raci[0].roles = { 'social-media-manager': 'AR', 'head-of-communications': 'A' };
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TEAM-004',
				severity: 'error',
				file: TEAM,
				line: run.lineOf(PATHS.team, 'social-media-manager: AR'),
				path: 'raci[0].roles',
				value: ['social-media-manager', 'head-of-communications'],
				message:
					'2 roles are accountable for "Kampagnenfreigabe" (social-media-manager, head-of-communications); exactly one is allowed.',
			}),
		]);
	});

	it('reports a row without an accountable role', () => {
		const run = runBaseline((b) => {
			b.team.raci[0].roles = { 'social-media-manager': 'R', 'legal-counsel': 'C' };
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({ rule: 'TEAM-004', path: 'raci[0].roles', value: [] }),
		]);
	});
});

describe('TEAM-005 time budgets fit the weekly hours', () => {
	it('warns when daily budgets times the working days exceed weeklyHours', () => {
		const run = runBaseline((b) => {
			b.team.members[0].weeklyHours = 4;
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TEAM-005',
				severity: 'warning',
				file: TEAM,
				line: run.lineOf(PATHS.team, 'weeklyHours: 4'),
				path: 'members[0].weeklyHours',
				value: 4,
				message: expect.stringContaining('about 5 hours a week (social-media-manager: 5 h)'),
			}),
		]);
	});

	it('uses the working days from handbook.yaml', () => {
		const run = runBaseline((b) => {
			b.team.members[0].weeklyHours = 4;
			b.config.workweek.days = 4;
		});
		expect(run.diagnostics).toEqual([]);
	});

	it('splits a role budget evenly among the members who hold it', () => {
		const run = runBaseline((b) => {
			b.team.roles[4].timeBudget = [{ activity: 'dialogue', minutes: 600, per: 'week' }];
			b.team.members[1].weeklyHours = 4;
			b.team.members[2].roles.push('community-manager');
		});
		// 10 h a week shared by two members: 5 h for Ben, who has 4.
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TEAM-005',
				path: 'members[1].weeklyHours',
				message: expect.stringContaining('about 5 hours'),
			}),
		]);
	});
});

describe('TEAM-001 with a deputy per role', () => {
	it('accepts a manager role whose deputy role someone else holds', () => {
		const run = runBaseline((b) => {
			delete b.team.members[1].deputyOf;
			b.team.roles[0].deputy = 'community-manager';
		});
		expect([...run.load.diagnostics, ...run.diagnostics]).toEqual([]);
	});

	it('still reports the manager when only the manager holds the deputy role', () => {
		const run = runBaseline((b) => {
			delete b.team.members[1].deputyOf;
			b.team.roles[0].deputy = 'social-media-manager';
		});
		expect(run.diagnostics.map((d) => [d.rule, d.path])).toEqual([['TEAM-001', 'members[0]']]);
	});

	it('resolves the deputy role like any role reference', () => {
		const run = runBaseline((b) => {
			b.team.roles[0].deputy = 'vertretung';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({ rule: 'REF-001', path: 'roles[0].deputy', value: 'vertretung' }),
		]);
	});
});

describe('TEAM-006 phone numbers of external parties', () => {
	const party = (extra: Record<string, unknown>) => ({
		id: 'leitstelle',
		name: 'Leitstelle der Stadt',
		function: 'Nimmt Notrufe und Gefahrenmeldungen an',
		reach: 'Lagezentrum, rund um die Uhr',
		when: 'sobald Menschen in Gefahr sein könnten',
		...extra,
	});

	it('accepts an official line in phone', () => {
		const run = runBaseline((b) => {
			b.team.externalParties = [party({ phone: '+49 800 123 456' })];
		});
		expect(run.diagnostics.filter((d) => d.rule === 'TEAM-006')).toEqual([]);
	});

	it('reports a number written into the text of how to reach the party', () => {
		const run = runBaseline((b) => {
			b.team.externalParties = [party({ reach: 'Lagezentrum, 0800 123 456' })];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TEAM-006',
				file: TEAM,
				path: 'externalParties[0].reach',
				value: 'Lagezentrum, 0800 123 456',
				expected:
					'text without phone numbers; a business line in roles[].businessPhone or externalParties[].phone',
			}),
		]);
	});
});
