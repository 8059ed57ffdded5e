import { describe, expect, it } from 'vitest';
import { relatedLinks } from '../../../src/lib/site/model/docs.ts';
import { refTo } from '../../../src/lib/site/model/context.ts';
import { resolveRole } from '../../../src/lib/site/model/roles.ts';
import { readerContext } from '../../../src/lib/site/model/reader.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const team = makeDoc('team', 'team');
const rules = makeDoc('guideline', 'regeln', { related: ['regeln-en', 'krise', 'team'] });
const rulesEn = makeDoc('guideline', 'regeln-en', { translationOf: 'regeln' }, 'en');
const crisis = makeDoc('playbook', 'krise');
const docs = [team, rules, rulesEn, crisis];
const site = {
	docs,
	languages: ['de', 'en'] as const,
	context: (lang: 'de' | 'en') => makeContext(docs, lang),
};

describe('reader context', () => {
	it('keeps links of pages in the documents’ own language', () => {
		const ctx = readerContext(site, 'de');
		expect(refTo(ctx, 'krise').href).toBe('/de/playbooks/krise/');
		expect(resolveRole(ctx.roles, 'smm', 'de').href).toBe('/de/teams/team/#role-smm');
	});

	it('leads English readers to translations and fallback pages in English', () => {
		const ctx = readerContext(site, 'en');
		expect(refTo(ctx, 'krise').href).toBe('/en/playbooks/krise/');
		expect(refTo(ctx, 'regeln').href).toBe('/en/guidelines/regeln-en/');
		expect(resolveRole(ctx.roles, 'smm', 'en').href).toBe('/en/teams/team/#role-smm');
		expect(relatedLinks(rules, ctx.docs, ctx.pathOf).map((l) => l.href)).toEqual([
			'/en/guidelines/regeln-en/',
			'/en/playbooks/krise/',
			'/en/teams/team/',
		]);
	});

	it('names the linked version: the translation’s title, else the original’s with its language', () => {
		const ctx = readerContext(site, 'en');
		expect(refTo(ctx, 'regeln')).toEqual({
			id: 'regeln',
			label: 'Titel regeln-en',
			href: '/en/guidelines/regeln-en/',
			language: 'en',
		});
		expect(refTo(ctx, 'krise')).toMatchObject({ label: 'Titel krise', language: 'de' });
		expect(relatedLinks(rules, ctx.docs, ctx).map((l) => [l.id, l.language])).toEqual([
			['regeln-en', 'en'],
			['krise', 'de'],
			['team', 'de'],
		]);
		// The English translation lists its original: that is the page itself, left out.
		const own = makeDoc(
			'guideline',
			'regeln-en',
			{ translationOf: 'regeln', related: ['regeln'] },
			'en',
		);
		expect(relatedLinks(own, ctx.docs, ctx)).toEqual([]);
	});

	it('is computed once per site and language', () => {
		expect(readerContext(site, 'en')).toBe(readerContext(site, 'en'));
		expect(readerContext(site, 'en')).not.toBe(readerContext(site, 'de'));
	});
});
