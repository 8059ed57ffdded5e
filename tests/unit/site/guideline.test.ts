import { describe, expect, it } from 'vitest';
import { checklistItemRef, guidelineView } from '../../../src/lib/site/by-type/guideline.ts';
import { readerContext } from '../../../src/lib/site/model/reader.ts';
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
			language: 'de',
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
		expect(view.contacts.map((c) => [c.name, c.known, c.people.map((p) => p.name)])).toEqual([
			['Social-Media-Managerin', true, ['Anna']],
			['legal', false, []],
		]);
		expect(view.contacts[0]).toMatchObject({
			mailbox: 'social@example.com',
			deputies: [{ name: 'Ben' }],
		});
		expect(view).toMatchObject({ scope: 'corporate-accounts', binding: 'policy' });
		expect(view.disclaimer).toBeUndefined();
		expect(view.appliesTo).toEqual([
			{ id: 'linkedin', label: 'Titel linkedin', href: '/de/channels/linkedin/', language: 'de' },
			{ id: 'tiktok', label: 'tiktok' },
		]);
		expect(view.checklists.map((c) => c.id)).toEqual(['urheberrecht']);
		expect(view.legalAreas).toEqual(['copyright']);
		expect(guidelineView(makeDoc('guideline', 'x').data, ctx).appliesTo).toBe('all');
	});
});

describe('guideline view for readers of another language', () => {
	it('links checklist items and checklists on the page in the reader language', () => {
		const ctx = readerContext(
			{
				docs: [checklist, channel, team, guideline],
				languages: ['de', 'en'],
				context: (lang) => makeContext([checklist, channel, team, guideline], lang),
			},
			'en',
		);
		expect(checklistItemRef(ctx, 'urheberrecht#b').href).toBe(
			'/en/checklists/urheberrecht/#item-b',
		);
		const view = guidelineView(guideline.data, ctx);
		expect(view.checklists.map((c) => c.href)).toEqual(['/en/checklists/urheberrecht/']);
		expect(view.contacts[0]!.href).toBe('/en/teams/team/#role-smm');
		expect(view.appliesTo).toEqual([
			{ id: 'linkedin', label: 'Titel linkedin', href: '/en/channels/linkedin/', language: 'de' },
			{ id: 'tiktok', label: 'tiktok' },
		]);
	});

	it('offers the disclaimer to copy when the guideline has one', () => {
		const doc = makeDoc('guideline', 'privat', {
			disclaimer: 'Hier schreibe ich privat.',
			scope: 'private-accounts',
		});
		expect(guidelineView(doc.data, makeContext([doc]))).toMatchObject({
			disclaimer: 'Hier schreibe ich privat.',
			scope: 'private-accounts',
		});
	});
});
