import { describe, expect, it } from 'vitest';
import { file, PATHS, runBaseline } from '../../helpers/handbook.ts';

describe('REF-001 references resolve', () => {
	it('accepts the baseline, where every reference resolves', () => {
		expect(runBaseline().diagnostics).toEqual([]);
	});

	it('reports a misspelled approver role with a suggestion and approving roles', () => {
		const run = runBaseline((b) => {
			b.playbook.levels[1].approver = 'legal-counse';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'REF-001',
				severity: 'error',
				file: file(PATHS.playbook),
				line: run.lineOf(PATHS.playbook, 'approver: legal-counse'),
				path: 'levels[1].approver',
				value: 'legal-counse',
				didYouMean: 'legal-counsel',
				expected: 'a role with canApprove: true, e.g. head-of-communications, legal-counsel',
				message: 'Role "legal-counse" is not defined in any team file.',
			}),
		]);
	});

	it('reports an unknown RACI role at its key', () => {
		const run = runBaseline((b) => {
			b.team.raci[0].roles = { 'social-media-manger': 'R', 'head-of-communications': 'A' };
		});
		const line = run.lineOf(PATHS.team, 'social-media-manger: R');
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'REF-001',
				file: file(PATHS.team),
				line,
				column:
					run.files
						.find((f) => f.path === PATHS.team)!
						.content.toString()
						.split('\n')
						[line - 1]!.indexOf('social') + 1,
				path: 'raci[0].roles.social-media-manger',
				didYouMean: 'social-media-manager',
			}),
		]);
	});

	it('reports an unknown member in deputyOf (the manager then also lacks a deputy)', () => {
		const run = runBaseline((b) => {
			b.team.members[1].deputyOf = 'anna-bergr';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({ rule: 'TEAM-001', path: 'members[0]' }),
			expect.objectContaining({
				rule: 'REF-001',
				path: 'members[1].deputyOf',
				line: run.lineOf(PATHS.team, 'deputyOf: anna-bergr'),
				value: 'anna-bergr',
				didYouMean: 'anna-berger',
			}),
		]);
	});

	it('reports a reference to a document of the wrong type', () => {
		const run = runBaseline((b) => {
			b.guideline.appliesTo = ['reichweite'];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'REF-001',
				file: file(PATHS.guideline),
				line: run.lineOf(PATHS.guideline, '- reichweite'),
				path: 'appliesTo[0]',
				value: 'reichweite',
				message: '"reichweite" is a goal, but a channel is expected here.',
				expected: 'a channel id, e.g. linkedin',
			}),
		]);
	});

	it('suggests the closest id of the right type for an unknown document', () => {
		const run = runBaseline((b) => {
			b.channel.goals = ['reichweit'];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'REF-001',
				file: file(PATHS.channel),
				line: run.lineOf(PATHS.channel, '- reichweit'),
				path: 'goals[0]',
				message: 'No goal has the id "reichweit".',
				didYouMean: 'reichweite',
			}),
		]);
	});

	it('reports related ids that match no document', () => {
		const run = runBaseline((b) => {
			b.guideline.related = ['shitstrom'];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({ rule: 'REF-001', path: 'related[0]', didYouMean: 'shitstorm' }),
		]);
	});

	it('reports an unknown checklist item and an unknown checklist in checklistItems', () => {
		const run = runBaseline((b) => {
			b.guideline.rules[0].checklistItems = [
				'urheberrecht#lizenz-vorhandn',
				'urheberrech#quelle-genannt',
			];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'REF-001',
				path: 'rules[0].checklistItems[0]',
				line: run.lineOf(PATHS.guideline, 'urheberrecht#lizenz-vorhandn'),
				message: 'Checklist "urheberrecht" has no item "lizenz-vorhandn".',
				didYouMean: 'urheberrecht#lizenz-vorhanden',
			}),
			expect.objectContaining({
				rule: 'REF-001',
				path: 'rules[0].checklistItems[1]',
				message: 'No checklist has the id "urheberrech".',
				didYouMean: 'urheberrecht#quelle-genannt',
			}),
		]);
	});

	it('still knows the roles of a team file with a schema error (no cascade)', () => {
		const run = runBaseline((b) => {
			b.team.summary = 'kurz';
		});
		expect(run.load.diagnostics).toEqual([
			expect.objectContaining({ file: file(PATHS.team), path: 'summary' }),
		]);
		expect(run.diagnostics).toEqual([]);
	});
});

describe('REF-002 deprecated targets', () => {
	it('warns about a reference to a deprecated document', () => {
		const run = runBaseline((b) => {
			b.goal.status = 'deprecated';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'REF-002',
				severity: 'warning',
				file: file(PATHS.channel),
				line: run.lineOf(PATHS.channel, '- reichweite'),
				path: 'goals[0]',
				value: 'reichweite',
				message: '"reichweite" points to the goal "reichweite", which is deprecated.',
			}),
		]);
	});

	it('does not warn when the referencing document is deprecated itself', () => {
		const run = runBaseline((b) => {
			b.goal.status = 'deprecated';
			b.channel.status = 'deprecated';
		});
		// Only the guideline, which is still in use, is told that its channel is deprecated.
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'REF-002',
				file: file(PATHS.guideline),
				path: 'appliesTo[0]',
			}),
		]);
	});
});
