import { describe, expect, it } from 'vitest';
import { checklist, common, file, PATHS, runBaseline } from '../../helpers/handbook.ts';

describe('ID-001 ids', () => {
	it('accepts ids that equal the file name and are unique', () => {
		expect(runBaseline().diagnostics).toEqual([]);
	});

	it('reports an id that differs from the file name', () => {
		const run = runBaseline((b) => {
			b.guideline.id = 'foto';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'ID-001',
				severity: 'error',
				file: file(PATHS.guideline),
				line: run.lineOf(PATHS.guideline, 'id: foto'),
				path: 'id',
				value: 'foto',
				expected: 'id: fotos',
			}),
		]);
	});

	it('reports a document id used twice, at the second file, naming the first', () => {
		const run = runBaseline((b) => {
			b.files['goals/fotos.yaml'] = { data: { ...b.goal, id: 'fotos' } };
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'ID-001',
				file: file(PATHS.guideline),
				line: run.lineOf(PATHS.guideline, 'id: fotos'),
				path: 'id',
				value: 'fotos',
				message: expect.stringContaining('content/goals/fotos.yaml:1'),
			}),
		]);
	});

	it('reports a role id defined in two team files', () => {
		const run = runBaseline((b) => {
			b.files['teams/vertrieb.yaml'] = {
				data: common('vertrieb', {
					owner: 'head-of-communications',
					roles: [
						{
							id: 'legal-counsel',
							name: 'Justiziar',
							category: 'legal',
							responsibilities: ['Verträge prüfen'],
						},
					],
					members: [
						{
							id: 'eva-lang',
							name: 'Eva Lang',
							roles: ['community-manager'],
							employment: 'employee',
						},
					],
					coverage: {
						timezone: 'Europe/Berlin',
						officeHours: [
							{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' },
						],
					},
				}),
			};
		});
		const first = run.lineOf(PATHS.team, 'id: legal-counsel');
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'ID-001',
				file: file('teams/vertrieb.yaml'),
				line: run.lineOf('teams/vertrieb.yaml', 'id: legal-counsel'),
				path: 'roles[0].id',
				value: 'legal-counsel',
				message: expect.stringContaining(`content/teams/kommunikation.yaml:${first}`),
			}),
		]);
	});

	it('reports a member id used twice', () => {
		const run = runBaseline((b) => {
			b.team.members.push({
				id: 'ben-keller',
				name: 'Ben Zwei',
				roles: ['community-manager'],
				employment: 'employee',
			});
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'ID-001',
				file: file(PATHS.team),
				line: run.lineOf(PATHS.team, 'id: ben-keller', 'name: David Roth'),
				path: 'members[4].id',
			}),
		]);
	});

	it('reports duplicate item ids within a checklist', () => {
		const run = runBaseline((b) => {
			b.checklist.items[1].id = 'lizenz-vorhanden';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'ID-001',
				file: file(PATHS.checklist),
				line: run.lineOf(PATHS.checklist, 'id: lizenz-vorhanden', 'Punkt lizenz-vorhanden'),
				path: 'items[1].id',
				message: expect.stringContaining('within this checklist'),
			}),
		]);
	});

	it('reports duplicate rule ids within a guideline', () => {
		const run = runBaseline((b) => {
			b.guideline.rules.push({
				id: 'quelle-nennen',
				kind: 'dont',
				text: 'Keine Fotos ohne Lizenz posten.',
			});
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({ rule: 'ID-001', file: file(PATHS.guideline), path: 'rules[1].id' }),
		]);
	});

	it('reports duplicate trigger ids and level numbers within a playbook', () => {
		const run = runBaseline((b) => {
			b.playbook.triggers[1].id = 'abmahnung';
			b.playbook.levels.push({ ...b.playbook.levels[2], name: 'Stufe drei b' });
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'ID-001',
				path: 'triggers[1].id',
				line: run.lineOf(PATHS.playbook, 'id: abmahnung', 'signal: legal-threat'),
			}),
			expect.objectContaining({
				rule: 'ID-001',
				path: 'levels[3].level',
				value: 3,
				line: run.lineOf(PATHS.playbook, 'level: 3', 'name: Stufe 3'),
				message: expect.stringContaining(
					'The level number 3 is already used at content/playbooks/shitstorm.mdx:',
				),
			}),
		]);
	});

	it('blames a duplicate id on the misnamed file, even when it comes first', () => {
		const run = runBaseline((b) => {
			b.files['checklists/urheberrecht-alt.mdx'] = {
				data: checklist('urheberrecht', 'copyright'),
				body: 'Alt.\n',
			};
		});
		expect(run.load.diagnostics).toEqual([]);
		const alt = file('checklists/urheberrecht-alt.mdx');
		expect(run.diagnostics.map((d) => [d.rule, d.file, d.path])).toEqual([
			['ID-001', alt, 'id'],
			['ID-001', alt, 'id'],
		]);
		expect(run.diagnostics.map((d) => d.message)).toEqual(
			expect.arrayContaining([expect.stringContaining(`${file(PATHS.checklist)}:2`)]),
		);
	});

	it('stays silent about the duplicate while the misnamed file has schema errors', () => {
		const run = runBaseline((b) => {
			b.files['checklists/urheberrecht-alt.mdx'] = {
				data: checklist('urheberrecht', 'copyright', { items: [] }),
				body: 'Alt.\n',
			};
		});
		expect(run.load.diagnostics).toEqual([
			expect.objectContaining({ file: file('checklists/urheberrecht-alt.mdx'), path: 'items' }),
		]);
		expect(run.diagnostics).toEqual([]);
	});

	it('stays silent at a second document that has schema errors', () => {
		const run = runBaseline((b) => {
			b.files['checklists/zz-urheberrecht.mdx'] = {
				data: checklist('urheberrecht', 'copyright', { items: [] }),
				body: 'Alt.\n',
			};
		});
		expect(run.load.diagnostics).toHaveLength(1);
		expect(run.diagnostics).toEqual([]);
	});
});
