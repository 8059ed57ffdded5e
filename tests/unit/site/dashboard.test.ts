import { describe, expect, it } from 'vitest';
import { formatShortDate } from '../../../src/lib/util/format.ts';
import {
	siteDashboardRows,
	compareRows,
	dashboardRows,
	daysLeft,
	daysLeftLabel,
	ownerOptions,
	dashboardState,
	reviewSummary,
	sortValue,
	typeOptions,
	type DashboardRow,
} from '../../../src/lib/site/lists/dashboard.ts';
import { DOC_TYPE_NAMES } from '../../../schemas/index.ts';
import { createPageOf } from '../../../src/lib/site/model/languages.ts';
import { buildSite, FALLBACK_CONFIG } from '../../../src/lib/site/model/site.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const TODAY = '2027-01-10';

describe('review state and days', () => {
	it('counts days until reviewBy, negative when overdue', () => {
		expect(daysLeft(TODAY, '2027-01-15')).toBe(5);
		expect(daysLeft(TODAY, TODAY)).toBe(0);
		expect(daysLeft(TODAY, '2027-01-03')).toBe(-7);
		expect(daysLeft(TODAY, '2026-01-10')).toBe(-365);
		expect(daysLeft(TODAY, undefined)).toBeUndefined();
		// Across a daylight-saving change the count stays whole days.
		expect(daysLeft('2027-03-27', '2027-03-29')).toBe(2);
	});

	it('classifies approved documents by their review date and warnDays', () => {
		const state = (reviewBy: string) => dashboardState({ status: 'approved', reviewBy }, TODAY, 30);
		expect(state('2027-01-09')).toBe('overdue');
		expect(state(TODAY)).toBe('due-soon');
		expect(state('2027-02-09')).toBe('due-soon');
		expect(state('2027-02-10')).toBe('current');
		expect(dashboardState({ status: 'in-review' }, TODAY, 30)).toBe('in-review');
		expect(dashboardState({ status: 'superseded' }, TODAY, 30)).toBe('superseded');
		expect(dashboardState({ status: 'deprecated', reviewBy: '2020-01-01' }, TODAY, 30)).toBe(
			'deprecated',
		);
	});

	it('writes compact dates for the table cells', () => {
		expect(formatShortDate('2027-03-01', 'de')).toBe('01.03.2027');
		expect(formatShortDate('2027-03-01', 'en')).toBe('01/03/2027');
		expect(formatShortDate('soon', 'de')).toBe('soon');
	});

	it('labels the days cell in both languages', () => {
		expect(daysLeftLabel(undefined, 'de')).toBeUndefined();
		expect(daysLeftLabel(12, 'de')).toBe('noch 12 Tage');
		expect(daysLeftLabel(1, 'en')).toBe('1 day left');
		expect(daysLeftLabel(0, 'de')).toBe('heute fällig');
		expect(daysLeftLabel(-1, 'en')).toBe('1 day overdue');
		expect(daysLeftLabel(-5, 'de')).toBe('5 Tage überfällig');
	});
});

describe('dashboard rows', () => {
	const docs = [
		makeDoc('team', 'team'),
		makeDoc('guideline', 'spaet', { reviewBy: '2027-01-01', title: 'Zuletzt überfällig' }),
		makeDoc('guideline', 'sehr-spaet', { reviewBy: '2026-12-01', title: 'Lange überfällig' }),
		makeDoc('checklist', 'bald', { reviewBy: '2027-01-20' }),
		makeDoc('goal', 'neu', {
			status: 'in-review',
			approvedBy: undefined,
			reviewedOn: undefined,
			reviewBy: undefined,
		}),
		makeDoc('channel', 'alt', { status: 'deprecated' }),
		makeDoc('template', 'entwurf', { status: 'draft' }),
		makeDoc('guideline', 'english', { reviewBy: '2027-06-01' }, 'en'),
	];
	const rows = dashboardRows(docs, makeContext(docs, 'de'), TODAY, 30);

	it('lists every published document, drafts left out, most urgent first', () => {
		expect(rows.map((r) => `${r.id}:${r.state}`)).toEqual([
			'sehr-spaet:overdue',
			'spaet:overdue',
			'bald:due-soon',
			'neu:in-review',
			'team:current',
			'english:current',
			'alt:deprecated',
		]);
	});

	it('links each row’s own document, on its page in the reader’s language when it has one', () => {
		expect(rows.find((r) => r.id === 'english')?.href).toBe('/en/guidelines/english/');
		const inEnglish = dashboardRows(
			docs,
			makeContext(docs, 'en'),
			TODAY,
			30,
			createPageOf(docs, ['de', 'en'], 'en'),
		);
		expect(inEnglish.find((r) => r.id === 'english')?.href).toBe('/en/guidelines/english/');
		expect(inEnglish.find((r) => r.id === 'team')).toMatchObject({
			href: '/en/teams/team/',
			language: 'de',
		});
		// The page and the CSV take the same rows from the site model.
		const site = buildSite(
			{ ...FALLBACK_CONFIG, locales: { default: 'de', available: ['de', 'en'] } },
			docs,
			TODAY,
		);
		expect(siteDashboardRows(site, 'en')).toEqual(inEnglish);
	});

	it('resolves owner and approver, keeps ISO dates and days for approved documents', () => {
		const row = rows.find((r) => r.id === 'sehr-spaet')!;
		expect(row.owner).toMatchObject({ id: 'smm', name: 'Social-Media-Managerin', known: true });
		expect(row.approver?.name).toBe('Leitung');
		// The person behind the approving role, from the team file.
		expect(row.approverPeople?.map((p) => p.name)).toEqual(['Ben']);
		expect(row.approverPeople?.[0]?.href).toMatch(/\/teams\/[^/]+\/#member-ben$/);
		expect(row.reviewedOn).toBe('2026-06-01');
		expect(row.reviewBy).toBe('2026-12-01');
		expect(row.daysLeft).toBe(-40);
		expect(row.href).toBe('/de/guidelines/sehr-spaet/');
		const waiting = rows.find((r) => r.id === 'neu')!;
		expect(waiting.approver).toBeUndefined();
		expect(waiting.approverPeople).toBeUndefined();
		expect(waiting.daysLeft).toBeUndefined();
		expect(rows.find((r) => r.id === 'alt')!.daysLeft).toBeUndefined();
		expect(rows.find((r) => r.id === 'english')!.href).toBe('/en/guidelines/english/');
	});

	it('sorts cells by value: urgency for the state, numbers for days, "" when unset', () => {
		const label = (type: string) => type.toUpperCase();
		const overdue = rows[0]!;
		expect(sortValue(overdue, 'state', label)).toBe('0');
		expect(sortValue(overdue, 'daysLeft', label)).toBe('-40');
		expect(sortValue(overdue, 'reviewBy', label)).toBe('2026-12-01');
		expect(sortValue(overdue, 'type', label)).toBe('GUIDELINE');
		expect(sortValue(overdue, 'title', label)).toBe('Lange überfällig');
		expect(sortValue(overdue, 'owner', label)).toBe('Social-Media-Managerin');
		const waiting = rows.find((r) => r.id === 'neu')!;
		expect(sortValue(waiting, 'approver', label)).toBe('');
		expect(sortValue(waiting, 'daysLeft', label)).toBe('');
		expect(sortValue(waiting, 'reviewedOn', label)).toBe('');
	});

	it('orders rows by urgency, then days, then title', () => {
		const a = { ...rows[0]!, state: 'current', daysLeft: 3, title: 'B' } as DashboardRow;
		const b = { ...a, daysLeft: 3, title: 'A' };
		const c = { ...a, state: 'overdue' } as DashboardRow;
		expect([a, b, c].sort((x, y) => compareRows(x, y, 'de')).map((r) => r.title)).toEqual([
			'B',
			'A',
			'B',
		]);
		expect(compareRows(c, a, 'de')).toBeLessThan(0);
	});

	it('counts states for the summary, drafts never included', () => {
		expect(reviewSummary(rows)).toEqual({
			current: 2,
			dueSoon: 1,
			overdue: 2,
			inReview: 1,
			retired: 1,
			total: 7,
		});
	});

	it('offers owners and types that occur', () => {
		expect(ownerOptions(rows, 'de').map((o) => o.id)).toEqual(['smm']);
		expect(typeOptions(rows, DOC_TYPE_NAMES)).toEqual([
			'guideline',
			'checklist',
			'team',
			'channel',
			'goal',
		]);
	});
});
