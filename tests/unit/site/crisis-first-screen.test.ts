import { describe, expect, it } from 'vitest';
import { telHref } from '../../../src/lib/site/by-type/contacts.ts';
import { crisisFirstScreen } from '../../../src/lib/site/by-type/crisis-first-screen.ts';
import { playbookView } from '../../../src/lib/site/by-type/playbook.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const baseTeam = makeDoc('team', 'team').data;
const team = (phones: Record<string, string>, mailboxes = true) =>
	makeDoc('team', 'team', {
		roles: baseTeam.roles.map((r) => {
			const { mailbox, ...rest } = r;
			return {
				...rest,
				...(mailboxes && mailbox ? { mailbox } : {}),
				...(phones[r.id] ? { businessPhone: phones[r.id] } : {}),
			};
		}),
	});
const template = makeDoc('template', 'erste-reaktion');
const base = makeDoc('playbook', 'krise').data;

function screen(
	teamDoc = team({ head: '+49 30 1234-5670' }),
	overrides: Record<string, unknown> = {},
) {
	const doc = makeDoc('playbook', 'krise', overrides);
	const view = playbookView(doc.data, makeContext([teamDoc, template, doc]));
	const first = crisisFirstScreen(view);
	expect(first).toBeDefined();
	return first!;
}

describe('tel links', () => {
	it('keeps the digits and a leading plus', () => {
		expect(telHref('+49 30 1234-5670')).toBe('tel:+493012345670');
		expect(telHref('+49 (0)30 / 1234 5670')).toBe('tel:+493012345670');
		expect(telHref('030 1234 5670')).toBe('tel:03012345670');
	});
});

describe('crisis first screen', () => {
	it('shows the earliest step, the first role of the chain with a phone line and the first holding statement', () => {
		const first = screen(undefined, {
			firstHour: [
				{ at: 'PT20M', action: 'Später', owner: 'head' },
				{ at: 'PT0M', action: 'Baustein erste-reaktion vorbereiten', owner: 'smm' },
			],
			levels: [{ ...base.levels[0]!, holdingStatements: ['erste-reaktion'] }, base.levels[1]!],
		});
		expect(first.now.minutes).toBe(0);
		expect(first.now.action.map((s) => (s.kind === 'ref' ? s.ref.label : s.value))).toEqual([
			'Baustein ',
			'Titel erste-reaktion',
			' vorbereiten',
		]);
		expect(first.steps).toBe(2);
		expect(first.call).toMatchObject({
			kind: 'phone',
			phone: '+49 30 1234-5670',
			tel: 'tel:+493012345670',
			text: '+49\u00a030\u00a01234\u20115670',
			contact: { id: 'head', people: [{ name: 'Ben' }] },
		});
		expect(first.thenCall).toEqual([]);
		expect(first.holding).toMatchObject({ id: 'erste-reaktion', levelText: '1' });
		expect(first.holdingAnchor).toBe('hs-erste-reaktion');
		expect(first.levels.map((l) => [l.level, l.href])).toEqual([
			[1, '#level-1'],
			[3, '#level-3'],
		]);
	});

	it('falls back to the mailbox, then to the role, and says when there is no holding statement', () => {
		const mail = screen(team({}));
		expect(mail.call).toMatchObject({ kind: 'mail', mailbox: 'social@example.com' });
		expect(mail.thenCall.map((c) => c.id)).toEqual(['head']);
		expect(mail.holding).toBeUndefined();
		expect(mail.holdingAnchor).toBeUndefined();
		const role = screen(team({}, false));
		expect(role.call).toMatchObject({ kind: 'role', contact: { id: 'smm' } });
	});

	it('orders the level jumps from mild to severe on a descending scale with any number of levels', () => {
		const levels = [4, 3, 2, 1].map((level) => ({
			...base.levels[0]!,
			level,
			name: `Tier ${level}`,
		}));
		const first = screen(undefined, {
			scale: 'tiers-4-1',
			levels,
			postMortem: { ...base.postMortem, fromLevel: 2 },
		});
		expect(first.levels.map((l) => [l.level, l.tone])).toEqual([
			[4, 0],
			[3, 1],
			[2, 3],
			[1, 4],
		]);
	});
});
