import { describe, expect, it } from 'vitest';
import { createIndexes, refTo, refsTo } from '../../../src/lib/site/model/context.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const channel = makeDoc('channel', 'linkedin');
const team = makeDoc('team', 'team');

describe('context', () => {
	it('builds document and role indexes', () => {
		const { docs, roles } = createIndexes([channel, team]);
		expect(docs.get('linkedin')).toBe(channel);
		expect(roles.get('smm')?.[0]?.name).toBe('Social-Media-Managerin');
	});

	it('links known documents and keeps unknown ids as text', () => {
		const ctx = makeContext([channel, team]);
		expect(refTo(ctx, 'linkedin', 'channel')).toEqual({
			id: 'linkedin',
			label: 'Titel linkedin',
			href: '/de/channels/linkedin/',
			language: 'de',
		});
		expect(refTo(ctx, 'linkedin', 'goal')).toEqual({ id: 'linkedin', label: 'linkedin' });
		expect(refsTo(ctx, ['linkedin', 'x'])).toEqual([
			{ id: 'linkedin', label: 'Titel linkedin', href: '/de/channels/linkedin/', language: 'de' },
			{ id: 'x', label: 'x' },
		]);
		expect(refsTo(ctx, undefined)).toEqual([]);
	});
});
