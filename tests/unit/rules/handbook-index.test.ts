import { describe, expect, it } from 'vitest';
import { buildIndex, RULES, runRules, createRuleContext } from '../../../src/lib/rules/index.ts';
import { file, PATHS, runBaseline, TODAY } from '../../helpers/handbook.ts';

describe('buildIndex', () => {
	it('indexes documents, roles, members, holders and checklist items', () => {
		const { handbook } = runBaseline().load;
		const index = buildIndex(handbook);
		expect(index.docs.get('fotos')).toMatchObject({
			type: 'guideline',
			status: 'approved',
			language: 'de',
		});
		expect(index.typed.checklist.has('markenrecht')).toBe(true);
		expect(index.typed.goal.has('markenrecht')).toBe(false);
		expect(index.roles.get('legal-counsel')).toMatchObject({
			category: 'legal',
			canApprove: true,
			valid: true,
			path: ['roles', 2],
		});
		expect(index.roles.get('legal-counsel')!.doc.file).toBe(file(PATHS.team));
		expect(index.members.get('ben-keller')).toMatchObject({
			deputyOf: 'anna-berger',
			roles: ['community-manager'],
		});
		expect(index.holders.get('legal-counsel')!.map((m) => m.id)).toEqual(['david-roth']);
		expect(index.checklistItems.get('urheberrecht#archiv')).toMatchObject({
			itemId: 'archiv',
			path: ['items', 4],
		});
		expect(index.settings).toMatchObject({
			workweekDays: 5,
			warnDays: 30,
			requiredAreas: ['copyright', 'trademark', 'competition', 'personality'],
		});
		expect(index.settings.maxIntervalMonths).toMatchObject({
			guideline: 24,
			checklist: 12,
			team: 12,
		});
	});

	it('reads roles of a team file with schema errors, marked as not valid', () => {
		const { handbook } = runBaseline((b) => {
			b.team.roles[0].canApprove = 'ja';
		}).load;
		expect(buildIndex(handbook).roles.get('social-media-manager')).toMatchObject({
			valid: false,
			canApprove: false,
		});
	});

	it('falls back to defaults without handbook.yaml', () => {
		const run = runBaseline();
		const handbook = { ...run.load.handbook, config: undefined };
		expect(buildIndex(handbook).settings).toMatchObject({ workweekDays: 5, warnDays: 30 });
	});
});

describe('runRules', () => {
	it('runs only the given rules and returns diagnostics sorted by file and line', () => {
		const run = runBaseline((b) => {
			b.goal.target = 1000;
			b.channel.deputy = 'social-media-manager';
			b.guideline.approvedBy = 'community-manager';
		});
		expect(run.diagnostics.map((d) => [d.file, d.rule])).toEqual([
			[file(PATHS.channel), 'CH-001'],
			[file(PATHS.goal), 'GOAL-001'],
			[file(PATHS.guideline), 'DOC-002'],
		]);
		const ctx = createRuleContext(run.load.handbook, TODAY);
		const goalOnly = RULES.filter((r) => r.id === 'GOAL-001');
		expect(runRules(ctx, goalOnly).map((d) => d.rule)).toEqual(['GOAL-001']);
	});

	it('leaves missing core checklists unreported when handbook.yaml is absent (PARSE-008 is the problem)', () => {
		const run = runBaseline((b) => {
			delete b.files['checklists/markenrecht.mdx'];
		});
		expect(run.diagnostics.map((d) => d.rule)).toEqual(['LEG-001']);
		const ctx = createRuleContext({ ...run.load.handbook, config: undefined }, TODAY);
		expect(runRules(ctx)).toEqual([]);
	});
});
