import { describe, expect, it } from 'vitest';
import {
	activeFilterCount,
	compareSortValues,
	nextDirection,
	NO_FILTERS,
	rowMatches,
} from '../../../src/lib/site/chrome/table-sort.ts';

const sort = (values: string[], direction: 'ascending' | 'descending', lang = 'de') =>
	[...values].sort((a, b) => compareSortValues(a, b, direction, lang));

describe('table sorting', () => {
	it('sorts numbers as numbers, negative (overdue) first', () => {
		expect(sort(['10', '-3', '2', '-12', '0'], 'ascending')).toEqual(['-12', '-3', '0', '2', '10']);
		expect(sort(['10', '-3', '2'], 'descending')).toEqual(['10', '2', '-3']);
	});

	it('sorts ISO dates chronologically and text by the page language', () => {
		expect(sort(['2027-03-01', '2026-12-31', '2027-01-15'], 'ascending')).toEqual([
			'2026-12-31',
			'2027-01-15',
			'2027-03-01',
		]);
		expect(sort(['Zweig', 'Äpfel', 'apfel', 'Bäume'], 'ascending')).toEqual([
			'Äpfel',
			'apfel',
			'Bäume',
			'Zweig',
		]);
		expect(sort(['Punkt 10', 'Punkt 9'], 'ascending')).toEqual(['Punkt 9', 'Punkt 10']);
	});

	it('keeps empty values last in both directions', () => {
		expect(sort(['2027-01-01', '', '2026-01-01'], 'ascending')).toEqual([
			'2026-01-01',
			'2027-01-01',
			'',
		]);
		expect(sort(['2027-01-01', '', '2026-01-01'], 'descending')).toEqual([
			'2027-01-01',
			'2026-01-01',
			'',
		]);
		expect(compareSortValues('', '', 'ascending', 'de')).toBe(0);
	});

	it('starts ascending and toggles', () => {
		expect(nextDirection(null)).toBe('ascending');
		expect(nextDirection('none')).toBe('ascending');
		expect(nextDirection('ascending')).toBe('descending');
		expect(nextDirection('descending')).toBe('ascending');
	});
});

describe('table filters', () => {
	const row = { type: 'checklist', state: 'overdue', owner: 'legal' };

	it('matches every row without filters', () => {
		expect(rowMatches(row, NO_FILTERS)).toBe(true);
		expect(activeFilterCount(NO_FILTERS)).toBe(0);
	});

	it('narrows by type, state, owner and overdue only — all must match', () => {
		expect(rowMatches(row, { ...NO_FILTERS, type: 'checklist' })).toBe(true);
		expect(rowMatches(row, { ...NO_FILTERS, type: 'guideline' })).toBe(false);
		expect(rowMatches(row, { ...NO_FILTERS, owner: 'legal', state: 'overdue' })).toBe(true);
		expect(rowMatches(row, { ...NO_FILTERS, owner: 'smm' })).toBe(false);
		expect(rowMatches(row, { ...NO_FILTERS, overdueOnly: true })).toBe(true);
		expect(rowMatches({ ...row, state: 'due-soon' }, { ...NO_FILTERS, overdueOnly: true })).toBe(
			false,
		);
		expect(activeFilterCount({ type: 'a', state: '', owner: 'b', overdueOnly: true })).toBe(3);
	});
});
