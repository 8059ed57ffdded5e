import { describe, expect, it } from 'vitest';
import { docMeta, editUrl } from '../../../src/lib/site/document/meta.ts';
import { readerContext } from '../../../src/lib/site/model/reader.ts';
import { makeContext, makeDoc } from './fixtures.ts';

describe('meta', () => {
	it('resolves owner and approver and formats review dates', () => {
		const doc = makeDoc('guideline', 'fotos', {
			tags: ['Fotos'],
			audience: ['legal', 'management'],
		});
		const meta = docMeta(doc, makeContext([doc, makeDoc('team', 'team')], 'de'), '2026-11-22');
		expect(meta).toMatchObject({
			status: 'approved',
			lifecycle: 'current',
			owner: { id: 'smm', name: 'Social-Media-Managerin', known: true },
			approvedBy: { id: 'head', name: 'Leitung' },
			reviewedOn: '1. Juni 2026',
			reviewBy: '1. Mai 2027',
			audience: ['legal', 'management'],
			tags: ['Fotos'],
		});
	});

	it('omits what an in-review document does not have', () => {
		const doc = makeDoc('guideline', 'neu', {
			status: 'in-review',
			approvedBy: undefined,
			reviewedOn: undefined,
			reviewBy: undefined,
		});
		const meta = docMeta(doc, makeContext([doc], 'en'), '2026-11-22');
		expect(meta.approvedBy).toBeUndefined();
		expect(meta.reviewBy).toBeUndefined();
		expect(meta.owner).toEqual({ id: 'smm', name: 'smm', known: false });
		expect(meta.lifecycle).toBe('in-review');
		expect(meta.version).toBeUndefined();
		expect(meta.replacedBy).toBeUndefined();
	});

	it('marks coming documents and shows version and start date', () => {
		const doc = makeDoc('guideline', 'neu', { version: 3, effectiveFrom: '2027-01-01' });
		const ctx = makeContext([doc], 'de');
		expect(docMeta(doc, ctx, '2026-11-22')).toMatchObject({
			lifecycle: 'coming',
			version: 3,
			effectiveFrom: '1. Januar 2027',
		});
		expect(docMeta(doc, ctx, '2027-01-01').lifecycle).toBe('current');
	});

	it('links a superseded document to the one in force at the end of the chain', () => {
		const a = makeDoc('guideline', 'a', { status: 'superseded', supersededBy: 'b' });
		const b = makeDoc('guideline', 'b', { status: 'superseded', supersededBy: 'c' });
		const c = makeDoc('guideline', 'c');
		const meta = docMeta(a, makeContext([a, b, c]), '2026-11-22');
		expect(meta.lifecycle).toBe('superseded');
		expect(meta.replacedBy?.href).toBe('/de/guidelines/c/');
		// Read in English: the replacement's English translation, with its title.
		const cEn = makeDoc('guideline', 'c-en', { translationOf: 'c' }, 'en');
		const site = {
			docs: [a, b, c, cEn],
			languages: ['de', 'en'] as const,
			context: (lang: 'de' | 'en') => makeContext([a, b, c, cEn], lang),
		};
		expect(docMeta(a, readerContext(site, 'en'), '2026-11-22').replacedBy).toMatchObject({
			href: '/en/guidelines/c-en/',
			title: 'Titel c-en',
			language: 'en',
		});
		const lonely = makeDoc('guideline', 'x', { status: 'superseded', supersededBy: 'gone' });
		expect(docMeta(lonely, makeContext([lonely]), '2026-11-22').replacedBy).toBeUndefined();
	});

	it('builds edit links from editBaseUrl and the file path', () => {
		expect(editUrl('https://git.example/edit/main/', 'content/guidelines/a b.mdx')).toBe(
			'https://git.example/edit/main/content/guidelines/a%20b.mdx',
		);
		expect(editUrl('https://git.example/edit/main', './content/x.yaml')).toBe(
			'https://git.example/edit/main/content/x.yaml',
		);
		expect(editUrl(undefined, 'content/x.yaml')).toBeUndefined();
		expect(editUrl('https://git.example/', undefined)).toBeUndefined();
	});
});
