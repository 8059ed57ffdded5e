import { describe, expect, it } from 'vitest';
import {
	contactsCard,
	isRegisteredType,
	prepublishCheck,
	PREPUBLISH_TYPE,
	recentlyChanged,
	recentlyReviewed,
	reviewCsvPath,
	reviewPath,
	sameTitle,
} from '../../../src/lib/site/lists/home.ts';
import { createPathOf } from '../../../src/lib/site/model/languages.ts';
import type { SiteDoc } from '../../../src/lib/site/model/types.ts';
import { makeDoc } from './fixtures.ts';
import { homePage } from '../../../src/lib/site/lists/home-page.ts';
import { buildSite, FALLBACK_CONFIG } from '../../../src/lib/site/model/site.ts';

const TODAY = '2027-01-10';

describe('pre-publish entry point', () => {
	it('is left out while no approved prepublish document exists', () => {
		const docs = [makeDoc('guideline', 'a'), makeDoc('checklist', 'b')];
		expect(prepublishCheck(docs, 'de', TODAY)).toBeUndefined();
	});

	it.runIf(isRegisteredType(PREPUBLISH_TYPE))(
		'links the first approved prepublish document',
		() => {
			const make = (id: string, data: Record<string, unknown>) =>
				({ type: PREPUBLISH_TYPE, id, data: { id, title: id, ...data } }) as unknown as SiteDoc;
			const docs = [
				make('zweite', { status: 'approved', language: 'de' }),
				make('erste', { status: 'approved', language: 'de' }),
				make('entwurf', { status: 'in-review', language: 'de' }),
			];
			expect(prepublishCheck(docs, 'de', TODAY)?.id).toBe('erste');
		},
	);
});

describe('contacts entry point', () => {
	it('links the team page in the page language with its key roles', () => {
		const docs = [makeDoc('team', 'team-en', {}, 'en'), makeDoc('team', 'team')];
		const card = contactsCard(docs, 'de')!;
		expect(card.team.href).toBe('/de/teams/team/');
		expect(card.roles).toEqual([
			{
				name: 'Social-Media-Managerin',
				mailbox: 'social@example.com',
				href: '/de/teams/team/#role-smm',
			},
			{ name: 'Leitung', href: '/de/teams/team/#role-head' },
		]);
		expect(contactsCard(docs, 'en')!.team.id).toBe('team-en');
		expect(contactsCard([makeDoc('guideline', 'x')], 'de')).toBeUndefined();
	});
});

describe('recently reviewed', () => {
	it('lists the newest reviews first, drafts and documents without a review left out', () => {
		const docs = [
			makeDoc('guideline', 'alt', { reviewedOn: '2026-01-01' }),
			makeDoc('guideline', 'neu', { reviewedOn: '2026-11-01' }),
			makeDoc('checklist', 'mitte', { reviewedOn: '2026-06-01' }),
			makeDoc('goal', 'entwurf', { status: 'draft', reviewedOn: '2026-12-01' }),
			makeDoc('goal', 'offen', {
				status: 'in-review',
				approvedBy: undefined,
				reviewedOn: undefined,
				reviewBy: undefined,
			}),
			makeDoc('guideline', 'nur-englisch', { reviewedOn: '2026-10-01' }, 'en'),
			makeDoc('guideline', 'translation', { reviewedOn: '2026-12-24', translationOf: 'neu' }, 'en'),
		];
		const recent = recentlyReviewed(docs, 'de', 3);
		expect(recent.map((r) => `${r.doc.id}@${r.date}`)).toEqual([
			'neu@2026-11-01',
			'nur-englisch@2026-10-01',
			'mitte@2026-06-01',
		]);
		// The English page shows the translation, not its German original.
		expect(recentlyReviewed(docs, 'en', 2).map((r) => r.doc.id)).toEqual([
			'translation',
			'nur-englisch',
		]);
	});
});

describe('recently changed (git history)', () => {
	const docs = [
		makeDoc('guideline', 'alt'),
		makeDoc('guideline', 'neu'),
		makeDoc('checklist', 'offen'),
		makeDoc('goal', 'unbekannt'),
		makeDoc('goal', 'entwurf', { status: 'draft' }),
		makeDoc('guideline', 'english', {}, 'en'),
	];
	const git: Record<string, { date: string | undefined; uncommitted: boolean }> = {
		alt: { date: '2026-03-01T10:00:00+01:00', uncommitted: false },
		neu: { date: '2026-11-20T09:00:00+01:00', uncommitted: false },
		offen: { date: '2026-01-01T10:00:00+01:00', uncommitted: true },
		entwurf: { date: '2026-12-01T10:00:00+01:00', uncommitted: false },
		english: { date: '2026-11-20T08:30:00Z', uncommitted: false },
	};

	it('lists uncommitted changes first, then commits newest first; unknown files left out', () => {
		const recent = recentlyChanged(docs, 'de', (d) => git[d.id]);
		expect(recent.map((r) => `${r.doc.id}:${r.kind}`)).toEqual([
			'offen:changed-now',
			'english:changed',
			'neu:changed',
			'alt:changed',
		]);
		expect(recent[0]!.date).toBeUndefined();
		expect(recent[2]!.date).toBe('2026-11-20T09:00:00+01:00');
		expect(recentlyChanged(docs, 'de', (d) => git[d.id], 2)).toHaveLength(2);
	});

	it('links untranslated documents to their fallback page in the page’s language', () => {
		const pathOf = createPathOf(docs, ['de', 'en'], 'en');
		const recent = recentlyChanged(docs, 'en', (d) => git[d.id], 5, pathOf);
		expect(recent.map((r) => [r.doc.id, r.doc.language, r.doc.href])).toEqual([
			['offen', 'de', '/en/checklists/offen/'],
			['english', 'en', '/en/guidelines/english/'],
			['neu', 'de', '/en/guidelines/neu/'],
			['alt', 'de', '/en/guidelines/alt/'],
		]);
		expect(recentlyReviewed(docs, 'en', 1, pathOf)[0]?.doc.href).toMatch(/^\/en\//);
		const team = makeDoc('team', 'team');
		expect(contactsCard([team], 'en', 2, createPathOf([team], ['de', 'en'], 'en'))).toMatchObject({
			team: { href: '/en/teams/team/', language: 'de' },
			roles: [{ href: '/en/teams/team/#role-smm' }, { href: '/en/teams/team/#role-head' }],
		});
	});

	it('is empty when git knows nothing, so the page falls back to reviews', () => {
		expect(recentlyChanged(docs, 'de', () => undefined)).toEqual([]);
		expect(recentlyChanged(docs, 'de', () => ({ date: undefined, uncommitted: false }))).toEqual(
			[],
		);
	});
});

describe('paths', () => {
	it('puts the dashboard and its CSV under the language', () => {
		expect(reviewPath('de')).toBe('/de/review/');
		expect(reviewCsvPath('en')).toBe('/en/review/documents.csv');
	});
});

describe('titles', () => {
	it('treats titles that differ only in case, spaces and punctuation as the same', () => {
		expect(sameTitle('Darf ich das posten?', 'darf ich  das Posten')).toBe(true);
		expect(sameTitle('May I post this?', 'Darf ich das posten?')).toBe(false);
	});
});

describe('home page data', () => {
	const docs = [
		makeDoc('guideline', 'fotos', { reviewedOn: '2026-12-01' }),
		makeDoc('checklist', 'urheberrecht', { reviewedOn: '2026-11-01' }),
		makeDoc('team', 'team'),
	];
	const site = buildSite(
		{ ...FALLBACK_CONFIG, locales: { default: 'de', available: ['de', 'en'] } },
		docs,
		TODAY,
	);

	it('shows git’s latest changes with their dates as readers write them', () => {
		const page = homePage(site, 'de', (d) =>
			d.id === 'fotos'
				? { date: '2027-01-02T10:00:00+01:00', uncommitted: false }
				: d.id === 'team'
					? { date: undefined, uncommitted: true }
					: undefined,
		);
		expect(page.fromGit).toBe(true);
		expect(page.recent.map((e) => [e.doc.id, e.kind, e.dateLabel])).toEqual([
			['team', 'changed-now', undefined],
			['fotos', 'changed', '2. Januar 2027'],
		]);
		expect(page.languages).toEqual([{ lang: 'en', href: '/en/', translated: true }]);
		expect(page.playbooks).toBe('/de/playbooks/');
		expect(page.sections.map((s) => s.type)).toEqual(['guideline', 'checklist', 'team']);
		expect(page.summary.total).toBe(3);
	});

	it('falls back to the recorded reviews without git, never inventing dates', () => {
		const page = homePage(site, 'de', () => undefined);
		expect(page.fromGit).toBe(false);
		expect(page.recent.map((e) => [e.doc.id, e.kind, e.dateLabel])).toEqual([
			['fotos', 'reviewed', '1. Dezember 2026'],
			['urheberrecht', 'reviewed', '1. November 2026'],
			['team', 'reviewed', '1. Juni 2026'],
		]);
	});
});
