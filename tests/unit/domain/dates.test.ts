import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, daysInMonth } from '../../../src/lib/domain/dates.ts';
import { file, PATHS, runBaseline } from '../../helpers/handbook.ts';

describe('date helpers', () => {
	it('knows how many days a month has, leap years included', () => {
		expect(daysInMonth(2026, 2)).toBe(28);
		expect(daysInMonth(2024, 2)).toBe(29);
		expect(daysInMonth(1900, 2)).toBe(28);
		expect(daysInMonth(2026, 4)).toBe(30);
		expect(daysInMonth(2026, 12)).toBe(31);
	});

	it('adds months and clamps to the last day of the month', () => {
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
		expect(addMonths('2026-06-01', -12)).toBe('2025-06-01');
	});

	it('counts days across a year boundary and daylight saving time', () => {
		expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-06-01', '2026-05-20')).toBe(-12);
	});
});

describe('DATE-001 overdue reviews', () => {
	it('warns about an approved document past its reviewBy date, naming the owner role', () => {
		const run = runBaseline((b) => {
			b.guideline.reviewBy = '2026-05-20';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'DATE-001',
				severity: 'warning',
				file: file(PATHS.guideline),
				line: run.lineOf(PATHS.guideline, 'reviewBy: 2026-05-20'),
				path: 'reviewBy',
				value: '2026-05-20',
				message:
					'The review was due on 2026-05-20, 12 days ago; the owner role "social-media-manager" (Rolle social-media-manager) has to review it.',
			}),
		]);
	});

	it('ignores documents that are not approved', () => {
		const run = runBaseline((b) => {
			b.guideline.reviewBy = '2026-05-20';
			b.guideline.status = 'in-review';
		});
		expect(run.diagnostics).toEqual([]);
	});
});

describe('DATE-003 reviews due soon', () => {
	it('notes reviews due within review.warnDays, without failing', () => {
		const run = runBaseline((b) => {
			b.guideline.reviewBy = '2026-06-21';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'DATE-003',
				severity: 'notice',
				line: run.lineOf(PATHS.guideline, 'reviewBy: 2026-06-21'),
				path: 'reviewBy',
				message: expect.stringMatching(/^The review is due in 20 days \(2026-06-21\)/),
			}),
		]);
	});

	it('says "today" on the due date', () => {
		const run = runBaseline((b) => {
			b.guideline.reviewBy = '2026-06-01';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({ rule: 'DATE-003', message: expect.stringContaining('due today') }),
		]);
	});

	it('respects a shorter warnDays', () => {
		const run = runBaseline((b) => {
			b.guideline.reviewBy = '2026-06-21';
			b.config.review.warnDays = 10;
		});
		expect(run.diagnostics).toEqual([]);
	});
});

describe('DATE-002 date consistency', () => {
	it('reports a review interval longer than configured', () => {
		const run = runBaseline((b) => {
			b.checklist.reviewBy = '2027-03-01';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'DATE-002',
				severity: 'error',
				file: file(PATHS.checklist),
				line: run.lineOf(PATHS.checklist, 'reviewBy: 2027-03-01'),
				path: 'reviewBy',
				value: '2027-03-01',
				expected: '2027-01-15 or earlier',
			}),
		]);
	});

	it('uses the interval from handbook.yaml', () => {
		const run = runBaseline((b) => {
			b.checklist.reviewBy = '2027-03-01';
			b.config.review.maxIntervalMonths.checklist = 24;
		});
		expect(run.diagnostics).toEqual([]);
	});

	it('reports a reviewedOn date in the future', () => {
		const run = runBaseline((b) => {
			b.guideline.reviewedOn = '2026-07-01';
			b.guideline.reviewBy = '2027-07-01';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'DATE-002',
				line: run.lineOf(PATHS.guideline, 'reviewedOn: 2026-07-01'),
				path: 'reviewedOn',
				expected: 'today (2026-06-01) or earlier',
			}),
		]);
	});

	it('reports a goal period that ends before it starts', () => {
		const run = runBaseline((b) => {
			b.goal.period = { start: '2026-01-01', end: '2025-12-31' };
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'DATE-002',
				file: file(PATHS.goal),
				line: run.lineOf(PATHS.goal, 'end: 2025-12-31'),
				path: 'period.end',
				value: '2025-12-31',
			}),
		]);
	});
});
