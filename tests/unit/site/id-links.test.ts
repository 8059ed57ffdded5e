import { describe, expect, it } from 'vitest';
import { linkIds, linkedText } from '../../../src/lib/site/by-type/id-links.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const template = makeDoc('template', 'holding-erstreaktion', {});
const playbook = makeDoc('playbook', 'shitstorm', {});
const ctx = makeContext([template, playbook]);

describe('ids in free text', () => {
	it('replaces a document id by its title and page', () => {
		const segments = linkIds('Aus dem Baustein holding-erstreaktion anpassen.', ctx);
		expect(segments).toEqual([
			{ kind: 'text', value: 'Aus dem Baustein ' },
			{
				kind: 'ref',
				ref: expect.objectContaining({
					id: 'holding-erstreaktion',
					label: 'Titel holding-erstreaktion',
					href: '/de/templates/holding-erstreaktion/',
				}),
			},
			{ kind: 'text', value: ' anpassen.' },
		]);
		expect(linkedText(segments)).toBe('Aus dem Baustein Titel holding-erstreaktion anpassen.');
	});

	it('leaves words, unknown ids, addresses and longer words alone', () => {
		for (const text of [
			'Der shitstorm wächst.',
			'Baustein weiterleitung-dm nutzen.',
			'Anfragen an holding-erstreaktion@firma.example weiterleiten.',
			'Siehe intranet.example/holding-erstreaktion/neu.',
			'Die holding-erstreaktionen sind anders.',
			'Eine pre-holding-erstreaktion gibt es nicht.',
		])
			expect(linkIds(text, ctx), text).toEqual([{ kind: 'text', value: text }]);
	});

	it('finds an id at the start, at the end and twice', () => {
		const segments = linkIds('holding-erstreaktion oder holding-erstreaktion', ctx);
		expect(segments.map((s) => s.kind)).toEqual(['ref', 'text', 'ref']);
	});
});
