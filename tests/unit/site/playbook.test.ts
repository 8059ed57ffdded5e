import { describe, expect, it } from 'vitest';
import {
	holdingStatements,
	isDescendingScale,
	levelRanges,
	levelTone,
	levelsBySeverity,
	playbookView,
} from '../../../src/lib/site/by-type/playbook.ts';
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

describe('level tones', () => {
	it('spreads levels from 0 (mild) to 4 (severe)', () => {
		expect([0, 1, 2, 3, 4, 5, 6].map((i) => levelTone(i, 7))).toEqual([0, 1, 1, 2, 3, 3, 4]);
		expect([0, 1].map((i) => levelTone(i, 2))).toEqual([0, 4]);
		expect(levelTone(0, 1)).toBe(4);
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
		expect(view.levels.map((l) => [l.level, l.tone])).toEqual([
			[1, 0],
			[3, 4],
		]);
		expect(view.levels[1]).toMatchObject({
			anchor: 'level-3',
			name: 'Stufe 3',
			acknowledgeWithin: '1 h',
			acknowledgeWords: '1 hour',
			updateEvery: '2 h',
			updateEveryWords: '2 hours',
			approver: { name: 'Leitung', people: [{ name: 'Ben' }] },
			backupApprover: { name: 'Social-Media-Managerin', mailbox: 'social@example.com' },
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
		expect(view.escalationChain.map((r) => [r.id, r.people.map((p) => p.name)])).toEqual([
			['smm', ['Anna']],
			['head', ['Ben']],
		]);
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

describe('level ranges', () => {
	it('joins runs of levels in the order of the scale', () => {
		const scale = [0, 1, 2, 3, 4, 5, 6];
		expect(levelRanges([2, 3, 4, 5, 6], scale)).toBe('2–6');
		expect(levelRanges([2, 3, 4, 6], scale)).toBe('2–4, 6');
		expect(levelRanges([1, 3], scale)).toBe('1, 3');
		expect(levelRanges([3], scale)).toBe('3');
		expect(levelRanges([2, 1], [4, 3, 2, 1])).toBe('2–1');
		expect(levelRanges([], scale)).toBe('');
	});
});

describe('holding statements', () => {
	const text = 'Wir prüfen {{thema}} und melden uns {{wann}}.';
	const template = makeDoc('template', 'erste-reaktion', {
		kind: 'holding-statement',
		text,
		variables: [
			{ name: 'thema', description: 'Worum es geht', example: 'die Lieferzeiten' },
			{ name: 'wann', description: 'Nächstes Update', example: 'um 16 Uhr' },
		],
		maxLength: 280,
	});
	const english = makeDoc(
		'template',
		'first-reaction',
		{
			translationOf: 'erste-reaktion',
			kind: 'holding-statement',
			text: 'We are looking into {{thema}}.',
			variables: [{ name: 'thema', description: 'Topic', example: 'delivery times' }],
		},
		'en',
	);
	const levels = [
		{ level: 1, holdingStatements: ['erste-reaktion'] },
		{ level: 2, holdingStatements: ['erste-reaktion', 'fehlt'] },
		{ level: 3 },
	];

	it('lists each statement once with the levels that use it, filled with the examples', () => {
		const [first, ...rest] = holdingStatements(levels, makeContext([template]));
		expect(rest).toEqual([]);
		expect(first).toMatchObject({
			id: 'erste-reaktion',
			title: 'Titel erste-reaktion',
			href: '/de/templates/erste-reaktion/',
			language: 'de',
			levels: [1, 2],
			levelText: '1–2',
			maxLength: 280,
			preview: 'Wir prüfen die Lieferzeiten und melden uns um 16 Uhr.',
		});
		expect(first!.variables.map((v) => v.name)).toEqual(['thema', 'wann']);
	});

	it('uses the translation for readers of its language', () => {
		const [statement] = holdingStatements(levels, makeContext([template, english], 'en'));
		expect(statement).toMatchObject({
			id: 'first-reaction',
			href: '/en/templates/first-reaction/',
			language: 'en',
			preview: 'We are looking into delivery times.',
		});
	});
});

describe('external parties on a playbook', () => {
	const party = {
		id: 'gesundheitsamt',
		name: 'Gesundheitsamt',
		function: 'Aufsicht über das Trinkwasser',
		reach: 'Lagezentrum, rund um die Uhr',
		when: 'sobald eine Warnung erwogen wird',
	};
	const team = makeDoc('team', 'team', { externalParties: [party] });
	const base = makeDoc('playbook', 'krise').data;
	const levels = base.levels.map((l, i) =>
		i === 1 ? { ...l, notifyExternal: ['gesundheitsamt', 'unbekannt'] } : l,
	);
	const doc = makeDoc('playbook', 'krise', { levels });

	it('lists the notified parties per level and once for the playbook, linked to the team page', () => {
		const view = playbookView(doc.data, makeContext([team, doc]));
		const level = view.levels.find((l) => l.notifyExternal.length > 0)!;
		expect(level.notifyExternal.map((p) => [p.name, p.known])).toEqual([
			['Gesundheitsamt', true],
			['unbekannt', false],
		]);
		expect(view.externalParties[0]).toEqual({
			...party,
			known: true,
			href: '/de/teams/team/#external-gesundheitsamt',
		});
		expect(view.levels.filter((l) => l.notifyExternal.length === 0)).toHaveLength(
			view.levels.length - 1,
		);
	});
});
