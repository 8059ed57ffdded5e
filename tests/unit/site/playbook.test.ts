import { describe, expect, it } from 'vitest';
import {
	isDescendingScale,
	levelsBySeverity,
	playbookView,
} from '../../../src/lib/site/playbook.ts';
import { makeContext, makeDoc } from './fixtures.ts';

describe('playbook helpers', () => {
	it('knows which scales count down', () => {
		expect(isDescendingScale('tiers-4-1')).toBe(true);
		expect(isDescendingScale('custom-descending')).toBe(true);
		expect(isDescendingScale('shitstorm-0-6')).toBe(false);
		expect(isDescendingScale('custom-ascending')).toBe(false);
	});

	it('orders levels from mild to severe', () => {
		const levels = [{ level: 3 }, { level: 1 }, { level: 2 }];
		expect(levelsBySeverity(levels, 'shitstorm-0-6').map((l) => l.level)).toEqual([1, 2, 3]);
		expect(levelsBySeverity(levels, 'tiers-4-1').map((l) => l.level)).toEqual([3, 2, 1]);
		expect(levels.map((l) => l.level)).toEqual([3, 1, 2]);
	});
});

describe('playbook view', () => {
	const team = makeDoc('team', 'team');
	const template = makeDoc('template', 'erste-reaktion');
	const base = makeDoc('playbook', 'krise').data;
	const doc = makeDoc('playbook', 'krise', {
		levels: [
			{ ...base.levels[1]!, updateEvery: 'PT2H', holdingStatements: ['erste-reaktion', 'fehlt'] },
			base.levels[0]!,
		],
		firstHour: [
			{ at: 'PT15M', action: 'Lage erfassen', owner: 'smm' },
			{ at: 'PT1H', action: 'Stellung nehmen', owner: 'head' },
		],
		triggers: [
			{ id: 'a', signal: 'media-inquiry', description: 'Presse fragt an.', minLevel: 3 },
			{ id: 'b', signal: 'other', description: 'Etwas anderes.', minLevel: 2 },
		],
		channels: ['linkedin'],
	});
	const view = playbookView(doc.data, makeContext([team, template, doc], 'en'));

	it('renders levels with durations in words and roles by name', () => {
		expect(view.levels.map((l) => l.level)).toEqual([1, 3]);
		expect(view.levels[1]).toMatchObject({
			anchor: 'level-3',
			name: 'Stufe 3',
			acknowledgeWithin: '1 h',
			updateEvery: '2 h',
			approver: { name: 'Leitung' },
			backupApprover: { name: 'Social-Media-Managerin' },
			notify: [{ name: 'Social-Media-Managerin' }],
			holdingStatements: [
				{
					id: 'erste-reaktion',
					label: 'Titel erste-reaktion',
					href: '/de/templates/erste-reaktion/',
				},
				{ id: 'fehlt', label: 'fehlt' },
			],
		});
		expect(view.levels[0]!.updateEvery).toBeUndefined();
	});

	it('names trigger levels, orders the first hour and resolves the chain', () => {
		expect(view.triggers.map((t) => [t.id, t.minLevelName])).toEqual([
			['a', 'Stufe 3'],
			['b', undefined],
		]);
		expect(view.firstHour.map((s) => [s.minutes, s.at, s.owner.name])).toEqual([
			[15, '15 min', 'Social-Media-Managerin'],
			[60, '1 h', 'Leitung'],
		]);
		expect(view.escalationChain.map((r) => r.id)).toEqual(['smm', 'head']);
		expect(view.postMortem).toEqual({
			fromLevel: 3,
			fromLevelName: 'Stufe 3',
			dueWithin: '5 days',
			owner: expect.objectContaining({ name: 'Leitung' }),
			duties: ['Lehren ziehen'],
		});
		expect(view.channels).toEqual([{ id: 'linkedin', label: 'linkedin' }]);
	});
});
