import { describe, expect, it } from 'vitest';
import { checklistItemRef, guidelineView } from '../../../src/lib/site/guideline.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const checklist = makeDoc('checklist', 'urheberrecht');
const channel = makeDoc('channel', 'linkedin');
const team = makeDoc('team', 'team');
const guideline = makeDoc('guideline', 'fotos', {
	appliesTo: ['linkedin', 'tiktok'],
	rules: [
		{
			id: 'a',
			kind: 'do',
			text: 'Erst fragen, dann posten.',
			rationale: 'Recht am Bild.',
			checklistItems: ['urheberrecht#b', 'urheberrecht#zz'],
		},
		{ id: 'b', kind: 'dont', text: 'Keine fremden Fotos.' },
		{ id: 'c', kind: 'do', text: 'Quellen nennen.' },
	],
	legalAreas: ['copyright'],
	checklists: ['urheberrecht', 'missing'],
	contacts: ['smm', 'legal'],
});
const ctx = makeContext([checklist, channel, team, guideline]);

describe('guideline view', () => {
	it('resolves checklist item references to their question and anchor', () => {
		expect(checklistItemRef(ctx, 'urheberrecht#b')).toEqual({
			id: 'urheberrecht#b',
			label: 'Ist Frage b geklärt?',
			href: '/de/checklists/urheberrecht/#item-b',
		});
		expect(checklistItemRef(ctx, 'urheberrecht#zz')).toMatchObject({
			label: 'urheberrecht#zz',
			href: '/de/checklists/urheberrecht/#item-zz',
		});
		expect(checklistItemRef(ctx, 'nothing#b')).toEqual({ id: 'nothing#b', label: 'nothing#b' });
	});

	it('splits rules into do and don’t, keeping their order', () => {
		const view = guidelineView(guideline.data, ctx);
		expect(view.dos.map((r) => r.id)).toEqual(['a', 'c']);
		expect(view.donts.map((r) => r.id)).toEqual(['b']);
		expect(view.dos[0]).toMatchObject({ anchor: 'rule-a', rationale: 'Recht am Bild.' });
		expect(view.dos[0]!.basedOn.map((r) => r.label)).toEqual([
			'Ist Frage b geklärt?',
			'urheberrecht#zz',
		]);
		expect(view.dos[1]!.rationale).toBeUndefined();
	});

	it('resolves contacts, channels and checklists', () => {
		const view = guidelineView(guideline.data, ctx);
		expect(view.contacts.map((c) => [c.name, c.known])).toEqual([
			['Social-Media-Managerin', true],
			['legal', false],
		]);
		expect(view.appliesTo).toEqual([
			{ id: 'linkedin', label: 'Titel linkedin', href: '/de/channels/linkedin/' },
			{ id: 'tiktok', label: 'tiktok' },
		]);
		expect(view.checklists.map((c) => c.id)).toEqual(['urheberrecht']);
		expect(view.legalAreas).toEqual(['copyright']);
		expect(guidelineView(makeDoc('guideline', 'x').data, ctx).appliesTo).toBe('all');
	});
});
