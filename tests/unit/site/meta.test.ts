import { describe, expect, it } from 'vitest';
import { docMeta, editUrl } from '../../../src/lib/site/meta.ts';
import { makeContext, makeDoc } from './fixtures.ts';

describe('meta', () => {
	it('resolves owner and approver and formats review dates', () => {
		const doc = makeDoc('guideline', 'fotos', {
			tags: ['Fotos'],
			audience: ['legal', 'management'],
		});
		const meta = docMeta(doc, makeContext([doc, makeDoc('team', 'team')], 'de'));
		expect(meta).toMatchObject({
			status: 'approved',
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
		const meta = docMeta(doc, makeContext([doc], 'en'));
		expect(meta.approvedBy).toBeUndefined();
		expect(meta.reviewBy).toBeUndefined();
		expect(meta.owner).toEqual({ id: 'smm', name: 'smm', known: false });
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
