import { describe, expect, it } from 'vitest';
import { channelView } from '../../../src/lib/site/by-type/channel.ts';
import { makeContext, makeDoc } from './fixtures.ts';

describe('channel view', () => {
	it('resolves the deputy, house rules and goals and words the response target', () => {
		const team = makeDoc('team', 'team');
		const rules = makeDoc('guideline', 'hausregeln');
		const goal = makeDoc('goal', 'reichweite');
		const channel = makeDoc('channel', 'linkedin', {
			responseTarget: 'PT4H',
			houseRules: 'hausregeln',
			goals: ['reichweite', 'weg'],
		});
		const view = channelView(channel.data, makeContext([team, rules, goal, channel]));
		expect(view).toEqual({
			owner: expect.objectContaining({
				name: 'Social-Media-Managerin',
				mailbox: 'social@example.com',
				people: [expect.objectContaining({ name: 'Anna' })],
			}),
			deputy: expect.objectContaining({
				name: 'Leitung',
				people: [expect.objectContaining({ name: 'Ben' })],
			}),
			responseTarget: '4 Std.',
			responseTargetWords: '4 Stunden',
			houseRules: {
				id: 'hausregeln',
				label: 'Titel hausregeln',
				href: '/de/guidelines/hausregeln/',
				language: 'de',
			},
			goals: [
				{
					id: 'reichweite',
					label: 'Titel reichweite',
					href: '/de/goals/reichweite/',
					language: 'de',
				},
				{ id: 'weg', label: 'weg' },
			],
			replies: true,
		});
	});

	it('says a broadcast-only channel takes no replies and promises no response time', () => {
		const view = channelView(
			makeDoc('channel', 'warnkanal', { replies: false, responseTarget: 'PT4H' }).data,
			makeContext([]),
		);
		expect(view.replies).toBe(false);
		expect(view.responseTarget).toBeUndefined();
	});

	it('leaves out what the channel does not set', () => {
		const view = channelView(makeDoc('channel', 'linkedin').data, makeContext([]));
		expect(view.responseTarget).toBeUndefined();
		expect(view.houseRules).toBeUndefined();
		expect(view.goals).toEqual([]);
	});
});
