/**
 * The short path through the example check (src/lib/prepublish/flow.ts): follow-up
 * questions, missing answers, short item groups, and the state in the page address.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	askedAnswers,
	GROUP_SIZE,
	itemAnswersFrom,
	itemGroups,
	missingQuestions,
	reachable,
	stateHash,
	viewFromHash,
} from '../../../src/lib/prepublish/flow.ts';
import { answersFromLocation, formatAnswers } from '../../../src/lib/prepublish/links.ts';
import { ALWAYS, select } from '../../../src/lib/prepublish/selection.ts';
import type { Answers, CheckData } from '../../../src/lib/prepublish/types.ts';
import { example } from './example.ts';

let check: CheckData;
const label = (id: string) => id;
const groupsOf = (answers: Answers) => itemGroups(select(check, answers), check, label);

beforeAll(async () => {
	check = (await example()).view('darf-ich-das-posten').check;
});

describe('follow-up questions', () => {
	it('asks a follow-up only when its topic is ticked', () => {
		const children = check.questions.find((q) => q.id === 'children')!;
		expect(children.askIf).toEqual({ topics: ['people'] });
		expect(missingQuestions(check.questions, {})).toEqual(['account', 'channel']);
		expect(
			missingQuestions(check.questions, {
				account: ['corporate'],
				channel: ['linkedin'],
				topics: ['people', 'commercial'],
			}),
		).toEqual(['children', 'commercial']);
	});

	it('drops answers to follow-ups that are not asked, so they select nothing', () => {
		const given = { account: ['corporate'], topics: ['people'], commercial: ['giveaway'] };
		expect(askedAnswers(check.questions, given)).toEqual({
			account: ['corporate'],
			topics: ['people'],
		});
		const keys = select(check, askedAnswers(check.questions, given)).items.map((x) => x.key);
		expect(keys).not.toContain('wettbewerbsrecht#gewinnspiel-bedingungen');
	});
});

describe('item groups', () => {
	it('keeps items of one reason together, in short groups, every item once', () => {
		const answers = {
			account: ['corporate'],
			channel: ['linkedin'],
			topics: ['people', 'brands'],
			children: ['no'],
		};
		const selection = select(check, answers);
		const groups = groupsOf(answers);
		expect(groups.map((g) => g.reasons)).toEqual([
			[ALWAYS, 'unternehmenskanal', 'personen-erkennbar'],
			['personen-unternehmenskanal', 'personenbezug'],
			['fremde-marken'],
		]);
		for (const g of groups) expect(g.items.length).toBeLessThanOrEqual(GROUP_SIZE);
		expect(groups.flatMap((g) => g.items.map((x) => x.key)).sort()).toEqual(
			selection.items.map((x) => x.key).sort(),
		);
		expect(groups.flatMap((g) => g.rules.map((r) => r.key)).sort()).toEqual(
			selection.rules.map((r) => r.key).sort(),
		);
		expect(groups[2]!.rules.map((r) => r.key)).toContain(
			'werbung-und-influencer#fremde-marken-hashtags',
		);
	});

	it('splits a reason with more items than a group holds', () => {
		const groups = itemGroups(select(check, { account: ['corporate'] }), check, label, 1);
		expect(groups.map((g) => g.items.length)).toEqual([1, 1]);
	});
});

describe('state in the address', () => {
	it('round-trips the view and the answers about the post and to the items', () => {
		const answers = { account: ['private'], channel: ['instagram'], topics: ['confidential'] };
		const selection = select(check, answers);
		const [first, second] = selection.items;
		const hash = stateHash(
			{ kind: 'group', n: 1 },
			formatAnswers(answers, check.questions),
			selection.items,
			{ [first!.key]: 'yes', [second!.key]: 'unsure', 'nicht#ausgewaehlt': 'no' },
		);
		expect(hash).toBe(
			`#g2&account=private&channel=instagram&topics=confidential&${encodeURIComponent(first!.key)}=yes&${encodeURIComponent(second!.key)}=unsure`,
		);
		expect(viewFromHash(hash)).toEqual({ kind: 'group', n: 1 });
		expect(answersFromLocation('', hash, check.questions)).toEqual(answers);
		expect(itemAnswersFrom(hash, [first!.key, second!.key])).toEqual({
			[first!.key]: 'yes',
			[second!.key]: 'unsure',
		});
		expect(itemAnswersFrom(`?${encodeURIComponent(first!.key)}=vielleicht`, [first!.key])).toEqual(
			{},
		);
		expect(stateHash({ kind: 'post' }, '', [], {})).toBe('');
		expect(stateHash({ kind: 'result' }, 'account=private', [], {})).toBe(
			'#result&account=private',
		);
	});

	it('reads the view from the fragment and never skips a question or group', () => {
		expect(viewFromHash('#g2')).toEqual({ kind: 'group', n: 1 });
		expect(viewFromHash('#result')).toEqual({ kind: 'result' });
		expect(viewFromHash('#channel=blog')).toEqual({ kind: 'post' });
		const answers = {
			account: ['corporate'],
			channel: ['linkedin'],
			topics: ['people'],
			children: ['no'],
		};
		const groups = groupsOf(answers);
		expect(groups).toHaveLength(2);
		const result = { kind: 'result' } as const;
		expect(reachable(result, ['children'], groups, {})).toEqual({ kind: 'post' });
		expect(reachable(result, [], groups, {})).toEqual({ kind: 'group', n: 0 });
		const firstDone = Object.fromEntries(groups[0]!.items.map((x) => [x.key, 'yes' as const]));
		expect(reachable(result, [], groups, firstDone)).toEqual({ kind: 'group', n: 1 });
		expect(reachable({ kind: 'group', n: 5 }, [], groups, firstDone)).toEqual({
			kind: 'group',
			n: 1,
		});
		const all = Object.fromEntries(
			groups.flatMap((g) => g.items).map((x) => [x.key, 'no' as const]),
		);
		expect(reachable(result, [], groups, all)).toEqual(result);
	});
});
