import { describe, expect, it } from 'vitest';
import { placeholders } from '../../../src/lib/rules/template-placeholders.ts';
import { file, only, PATHS, runBaseline } from '../../helpers/handbook.ts';

describe('TPL-001 placeholders match variables', () => {
	it('lists each placeholder once, allowing spaces inside the braces', () => {
		expect(placeholders('{{datum}} und {{ kanal }} und {{datum}}')).toEqual(['datum', 'kanal']);
	});

	it('reports an undeclared placeholder at the text', () => {
		const run = runBaseline((b) => {
			b.template.text = 'Wir prüfen den Vorfall vom {{datum}} auf {{kanal}}.';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TPL-001',
				severity: 'error',
				file: file(PATHS.template),
				line: run.lineOf(PATHS.template, 'text:'),
				path: 'text',
				value: '{{kanal}}',
			}),
		]);
	});

	it('reports a misspelled placeholder with a suggestion, and the unused variable', () => {
		const run = runBaseline((b) => {
			b.template.text = 'Wir prüfen den Vorfall vom {{datm}} und melden uns.';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'TPL-001',
				severity: 'error',
				path: 'text',
				didYouMean: 'datum',
			}),
			expect.objectContaining({
				rule: 'TPL-001',
				severity: 'warning',
				line: run.lineOf(PATHS.template, 'name: datum'),
				path: 'variables[0].name',
				value: 'datum',
			}),
		]);
	});
});

describe('CH-001 channel requirements', () => {
	it('accepts a non-commercial channel without imprint', () => {
		const run = runBaseline((b) => {
			b.channel.commercial = false;
			delete b.channel.imprintUrl;
		});
		expect(run.diagnostics).toEqual([]);
	});

	it('reports a commercial channel without imprintUrl at the commercial line', () => {
		const run = runBaseline((b) => {
			delete b.channel.imprintUrl;
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'CH-001',
				severity: 'error',
				file: file(PATHS.channel),
				line: run.lineOf(PATHS.channel, 'commercial: true'),
				path: 'imprintUrl',
				expected: 'imprintUrl: https://www.example.com/impressum',
			}),
		]);
	});

	it('reports an active channel without privacy notice, and accepts it once planned', () => {
		const run = runBaseline((b) => {
			delete b.channel.privacyNoticeUrl;
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'CH-001',
				line: run.lineOf(PATHS.channel, 'state: active'),
				path: 'privacyNoticeUrl',
			}),
		]);
		const planned = runBaseline((b) => {
			delete b.channel.privacyNoticeUrl;
			b.channel.state = 'planned';
		});
		expect(planned.diagnostics).toEqual([]);
	});

	it('asks a broadcast-only channel (replies: false) for no response target', () => {
		const run = runBaseline((b) => {
			delete b.channel.responseTarget;
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({ rule: 'CH-001', path: 'responseTarget' }),
		]);
		const broadcast = runBaseline((b) => {
			delete b.channel.responseTarget;
			b.channel.replies = false;
		});
		expect([...broadcast.load.diagnostics, ...broadcast.diagnostics]).toEqual([]);
	});

	it('reports an owner who is also the deputy', () => {
		const run = runBaseline((b) => {
			b.channel.deputy = 'social-media-manager';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'CH-001',
				line: run.lineOf(PATHS.channel, 'deputy: social-media-manager'),
				path: 'deputy',
				value: 'social-media-manager',
			}),
		]);
	});
});

describe('CH-002 active channels serve a goal', () => {
	it('warns about an active channel with an empty goal list', () => {
		const run = runBaseline((b) => {
			b.channel.goals = [];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'CH-002',
				severity: 'warning',
				file: file(PATHS.channel),
				line: run.lineOf(PATHS.channel, 'goals: []'),
				path: 'goals',
				expected: 'goals with at least one goal id, e.g. goals: [reichweite]',
			}),
		]);
	});

	it('shows a neutral placeholder when the handbook has no goal to offer', () => {
		const run = runBaseline((b) => {
			b.channel.goals = [];
			delete b.files[PATHS.goal];
		});
		expect(only(run.diagnostics, 'CH-002')).toEqual([
			expect.objectContaining({
				expected: 'goals with at least one goal id, e.g. goals: [<goal-id>]',
			}),
		]);
	});

	it('accepts a paused channel without goals', () => {
		const run = runBaseline((b) => {
			delete b.channel.goals;
			b.channel.state = 'paused';
		});
		expect(run.diagnostics).toEqual([]);
	});
});

describe('GOAL-001 target differs from baseline', () => {
	it('reports a target equal to the baseline', () => {
		const run = runBaseline((b) => {
			b.goal.target = 1000;
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'GOAL-001',
				severity: 'error',
				file: file(PATHS.goal),
				line: run.lineOf(PATHS.goal, 'target: 1000'),
				path: 'target',
				value: 1000,
				expected: 'a target other than the baseline 1000, e.g. 1200',
			}),
		]);
	});

	it('accepts a goal that aims lower, e.g. a shorter response time', () => {
		expect(runBaseline((b) => (b.goal.target = 500)).diagnostics).toEqual([]);
	});
});
