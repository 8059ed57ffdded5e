import { describe, expect, it } from 'vitest';
import { file, PATHS, runBaseline } from '../../helpers/handbook.ts';

const PB = file(PATHS.playbook);

describe('PB-001 level approvers', () => {
	it('reports the same role as approver and backup approver', () => {
		const run = runBaseline((b) => {
			b.playbook.levels[0].backupApprover = 'head-of-communications';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-001',
				severity: 'error',
				file: PB,
				line: run.lineOf(PATHS.playbook, 'backupApprover: head-of-communications'),
				path: 'levels[0].backupApprover',
				value: 'head-of-communications',
			}),
		]);
	});

	it('reports an approver role without canApprove', () => {
		const run = runBaseline((b) => {
			b.playbook.levels[0].approver = 'community-manager';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-001',
				line: run.lineOf(PATHS.playbook, 'approver: community-manager'),
				path: 'levels[0].approver',
				message: expect.stringContaining('lacks canApprove: true'),
			}),
		]);
	});
});

describe('PB-002 acknowledgement never slower at higher severity', () => {
	it('reports a more severe level that is slower (ascending scale)', () => {
		const run = runBaseline((b) => {
			b.playbook.levels[2].acknowledgeWithin = 'PT3H';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-002',
				severity: 'error',
				file: PB,
				line: run.lineOf(PATHS.playbook, 'acknowledgeWithin: PT3H'),
				path: 'levels[2].acknowledgeWithin',
				value: 'PT3H',
				expected: 'PT2H or faster',
			}),
		]);
	});

	it('reads tiers-4-1 as "lower number is more severe"', () => {
		const run = runBaseline((b) => {
			b.playbook.scale = 'tiers-4-1';
		});
		// Level 3 is now the mildest (PT1H), so levels 2 (PT2H) and 1 (PT4H) are slower.
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-002',
				path: 'levels[0].acknowledgeWithin',
				expected: 'PT1H or faster',
			}),
			expect.objectContaining({
				rule: 'PB-002',
				path: 'levels[1].acknowledgeWithin',
				expected: 'PT1H or faster',
			}),
		]);
	});

	it('accepts tiers-4-1 with times that shrink towards level 1', () => {
		const run = runBaseline((b) => {
			b.playbook.scale = 'custom-descending';
			b.playbook.levels[0].acknowledgeWithin = 'PT1H';
			b.playbook.levels[2].acknowledgeWithin = 'PT4H';
		});
		expect(run.diagnostics).toEqual([]);
	});
});

describe('PB-003 triggers reach the right people', () => {
	it('reports a legal threat whose level does not notify a legal role', () => {
		const run = runBaseline((b) => {
			b.playbook.levels[1].notify = ['social-media-manager'];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-003',
				severity: 'error',
				file: PB,
				line: run.lineOf(PATHS.playbook, '- social-media-manager', 'level: 2'),
				path: 'levels[1].notify',
				expected: 'notify including a role of category legal, e.g. legal-counsel',
				fix: 'Add legal-counsel to notify of level 2.',
			}),
		]);
	});

	it('reports a data breach whose level does not notify the DPO', () => {
		const run = runBaseline((b) => {
			b.playbook.levels[2].notify = ['social-media-manager'];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-003',
				path: 'levels[2].notify',
				message: expect.stringContaining('the data protection officer'),
				fix: 'Add datenschutz to notify of level 3.',
			}),
		]);
	});

	it('reports an account compromise acknowledged later than 72 hours', () => {
		const run = runBaseline((b) => {
			b.playbook.triggers[1] = {
				id: 'gehackt',
				signal: 'account-compromise',
				description: 'Fremde posten auf unserem Konto.',
				minLevel: 1,
			};
			b.playbook.levels[0].notify = ['datenschutz'];
			b.playbook.levels[0].acknowledgeWithin = 'P4D';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-003',
				line: run.lineOf(PATHS.playbook, 'acknowledgeWithin: P4D'),
				path: 'levels[0].acknowledgeWithin',
				value: 'P4D',
			}),
		]);
	});

	it('reports trigger and post-mortem levels that do not exist', () => {
		const run = runBaseline((b) => {
			b.playbook.triggers[0].minLevel = 5;
			b.playbook.postMortem.fromLevel = 9;
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-003',
				line: run.lineOf(PATHS.playbook, 'minLevel: 5'),
				path: 'triggers[0].minLevel',
				value: 5,
				expected: 'one of the level numbers 1, 2, 3',
			}),
			expect.objectContaining({ rule: 'PB-003', path: 'postMortem.fromLevel', value: 9 }),
		]);
	});
});

describe('PB-004 holding statements', () => {
	it('reports a holding statement that is not approved', () => {
		const run = runBaseline((b) => {
			b.template.status = 'draft';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-004',
				severity: 'error',
				file: PB,
				line: run.lineOf(PATHS.playbook, '- holding-allgemein'),
				path: 'levels[2].holdingStatements[0]',
				value: 'holding-allgemein',
				message:
					'Template "holding-allgemein" has status draft; holding statements must be approved before a crisis starts.',
			}),
		]);
	});

	it('warns about a template that is not a holding statement', () => {
		const run = runBaseline((b) => {
			b.template.kind = 'reply';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-004',
				severity: 'warning',
				path: 'levels[2].holdingStatements[0]',
			}),
		]);
	});

	it("accepts a company's own template kind marked as holding statement in the vocabulary", () => {
		const run = runBaseline((b) => {
			b.config.vocabulary = {
				templateKinds: [
					{ id: 'first-statement', label: { de: 'Erste Erklärung' }, holdingStatement: true },
					{ id: 'public-warning', label: { de: 'Öffentliche Warnung' } },
				],
			};
			b.template.kind = 'first-statement';
		});
		expect(run.load.diagnostics).toEqual([]);
		expect(run.diagnostics.filter((d) => d.rule === 'PB-004')).toEqual([]);
	});

	it('warns about an own kind without the mark, and names the kinds that are holding statements', () => {
		const run = runBaseline((b) => {
			b.config.vocabulary = {
				templateKinds: [
					{ id: 'first-statement', label: { de: 'Erste Erklärung' }, holdingStatement: true },
					{ id: 'public-warning', label: { de: 'Öffentliche Warnung' } },
				],
			};
			b.template.kind = 'public-warning';
		});
		const [d] = run.diagnostics.filter((x) => x.rule === 'PB-004');
		expect(d).toMatchObject({
			severity: 'warning',
			expected: 'a template with kind: holding-statement or first-statement',
			de: { expected: 'eine Vorlage mit kind: holding-statement oder first-statement' },
		});
		expect(d!.de?.fix).toContain('holdingStatement: true');
	});

	it('lets a company take the mark off the built-in kind', () => {
		const run = runBaseline((b) => {
			b.config.vocabulary = {
				templateKinds: [
					{ id: 'holding-statement', label: { de: 'Stellungnahme' }, holdingStatement: false },
					{ id: 'first-statement', label: { de: 'Erste Erklärung' }, holdingStatement: true },
				],
			};
		});
		expect(run.diagnostics.filter((d) => d.rule === 'PB-004')).toEqual([
			expect.objectContaining({
				severity: 'warning',
				expected: 'a template with kind: first-statement',
			}),
		]);
	});
});

describe('PB-005 first hour and escalation chain', () => {
	it('reports a step after the first hour', () => {
		const run = runBaseline((b) => {
			b.playbook.firstHour[1].at = 'PT90M';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-005',
				severity: 'error',
				line: run.lineOf(PATHS.playbook, 'at: PT90M'),
				path: 'firstHour[1].at',
				value: 'PT90M',
			}),
		]);
	});

	it('reports steps out of time order', () => {
		const run = runBaseline((b) => {
			b.playbook.firstHour[0].at = 'PT45M';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-005',
				line: run.lineOf(PATHS.playbook, 'at: PT30M'),
				path: 'firstHour[1].at',
				expected: 'a time of PT45M or later at this position',
			}),
		]);
	});

	it('reports a role repeated in the escalation chain', () => {
		const run = runBaseline((b) => {
			b.playbook.escalationChain.push('social-media-manager');
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-005',
				path: 'escalationChain[3]',
				value: 'social-media-manager',
				message:
					'Role "social-media-manager" appears twice in the escalation chain (positions 1 and 4).',
			}),
		]);
	});
});

describe('PB-006 drills', () => {
	it('accepts a drill exactly twelve months ago', () => {
		expect(runBaseline((b) => (b.playbook.lastExercised = '2025-06-01')).diagnostics).toEqual([]);
	});

	it('warns about a drill older than twelve months', () => {
		const run = runBaseline((b) => {
			b.playbook.lastExercised = '2025-05-31';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-006',
				severity: 'warning',
				file: PB,
				line: run.lineOf(PATHS.playbook, 'lastExercised: 2025-05-31'),
				path: 'lastExercised',
				value: '2025-05-31',
				message: expect.stringContaining('366 days ago'),
			}),
		]);
	});

	it('warns when lastExercised is missing', () => {
		const run = runBaseline((b) => {
			delete b.playbook.lastExercised;
		});
		// A missing key is reported where the frontmatter starts.
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PB-006',
				file: PB,
				line: run.lineOf(PATHS.playbook, 'id: shitstorm'),
				path: 'lastExercised',
			}),
		]);
	});
});
