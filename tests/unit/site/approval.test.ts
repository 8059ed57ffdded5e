import { describe, expect, it } from 'vitest';
import { approvalView } from '../../../src/lib/site/document/approval.ts';
import { daysOverdue, reviewDue } from '../../../src/lib/domain/review.ts';
import { makeContext, makeDoc } from './fixtures.ts';

describe('review dates', () => {
	it('counts the days a review is overdue', () => {
		expect(daysOverdue('2026-11-20', '2026-11-22')).toBe(2);
		expect(daysOverdue('2026-11-22', '2026-11-22')).toBe(0);
		expect(daysOverdue('2027-01-01', '2026-11-22')).toBe(0);
		expect(daysOverdue('2025-11-22', '2026-11-22')).toBe(365);
		expect(daysOverdue('2026-02-28', '2026-03-01')).toBe(1);
	});

	it('tells ok, due soon and overdue apart', () => {
		expect(reviewDue('2027-05-01', '2026-11-22', 30)).toBe('ok');
		expect(reviewDue('2026-12-22', '2026-11-22', 30)).toBe('due-soon');
		expect(reviewDue('2026-11-22', '2026-11-22', 30)).toBe('due-soon');
		expect(reviewDue('2026-11-21', '2026-11-22', 30)).toBe('overdue');
	});
});

describe('approval line', () => {
	const team = makeDoc('team', 'team');

	it('names version, approver and dates of a document in force', () => {
		const doc = makeDoc('guideline', 'fotos', { version: 3 });
		const view = approvalView(doc, makeContext([team, doc]), '2026-11-22', 30);
		expect(view).toMatchObject({
			lifecycle: 'current',
			version: 3,
			approvedBy: { name: 'Leitung', people: [{ name: 'Ben' }] },
			reviewedOn: '1. Juni 2026',
			reviewBy: '1. Mai 2027',
			review: { state: 'ok', days: 160 },
			owner: { name: 'Social-Media-Managerin' },
		});
	});

	it('warns once the review date has passed', () => {
		const doc = makeDoc('checklist', 'alt', { reviewedOn: '2025-01-01', reviewBy: '2026-11-01' });
		const view = approvalView(doc, makeContext([team, doc], 'en'), '2026-11-22', 30);
		expect(view.review).toEqual({ state: 'overdue', days: 21 });
		expect(view.reviewBy).toBe('1 November 2026');
	});

	it('has no review state for documents not approved', () => {
		const doc = makeDoc('guideline', 'neu', {
			status: 'in-review',
			approvedBy: undefined,
			reviewedOn: undefined,
			reviewBy: undefined,
		});
		const view = approvalView(doc, makeContext([doc]), '2026-11-22', 30);
		expect(view.lifecycle).toBe('in-review');
		expect(view.review).toBeUndefined();
		expect(view.approvedBy).toBeUndefined();
	});
});
