import { describe, expect, it } from 'vitest';
import {
	checklistStorageKey,
	checklistView,
	groupItems,
	legalBasisHref,
	legalBasisLabel,
	severityCounts,
} from '../../../src/lib/site/by-type/checklist.ts';
import { makeContext, makeDoc } from './fixtures.ts';

describe('checklist helpers', () => {
	it('groups items in order of first appearance', () => {
		const groups = groupItems([
			{ id: 1, group: 'A' },
			{ id: 2 },
			{ id: 3, group: 'B' },
			{ id: 4, group: 'A' },
		]);
		expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
			['A', [1, 4]],
			[undefined, [2]],
			['B', [3]],
		]);
	});

	it('links the official text of a legal basis (details in law-links.test.ts)', () => {
		expect(legalBasisHref({ law: 'UrhG', ref: '§ 51a' })).toBe(
			'https://www.gesetze-im-internet.de/urhg/__51a.html',
		);
		expect(legalBasisHref({ law: 'DSGVO', ref: 'Art. 6' })).toBe(
			'https://eur-lex.europa.eu/eli/reg/2016/679/art_6/oj',
		);
		expect(legalBasisHref({ law: 'MStV', ref: '§ 18' })).toBeUndefined();
	});

	it('keeps answers per checklist and version', () => {
		expect(checklistStorageKey('urheberrecht', 3, '2026-04-14')).toBe(
			'kodex:checklist:urheberrecht:v3:2026-04-14',
		);
		expect(checklistStorageKey('urheberrecht', undefined, '2026-04-14')).not.toBe(
			checklistStorageKey('urheberrecht', undefined, '2026-10-01'),
		);
		expect(checklistStorageKey('urheberrecht', 3, '2026-04-14')).not.toBe(
			checklistStorageKey('urheberrecht', 4, '2026-04-14'),
		);
		expect(checklistStorageKey('x', undefined, undefined)).toBe('kodex:checklist:x:v0:unreviewed');
	});

	it('labels a legal basis the way lawyers cite it', () => {
		expect(legalBasisLabel({ law: 'UrhG', ref: '§ 51a' })).toBe('§ 51a UrhG');
		expect(legalBasisLabel({ law: 'UrhG', ref: '§ 51a UrhG' })).toBe('§ 51a UrhG');
		expect(legalBasisLabel({ law: 'case-law', ref: 'BGH I ZR 1/23' })).toBe('BGH I ZR 1/23');
		expect(legalBasisLabel({ law: 'guidance', ref: 'DSK Orientierungshilfe' })).toBe(
			'DSK Orientierungshilfe',
		);
	});

	it('counts items per severity', () => {
		expect(
			severityCounts([{ severity: 'blocker' }, { severity: 'minor' }, { severity: 'minor' }]),
		).toEqual({
			blocker: 1,
			major: 0,
			minor: 2,
		});
	});
});

describe('checklist view', () => {
	it('resolves escalation roles, defaults to the legal reviewer and keeps uncertainty', () => {
		const team = makeDoc('team', 'team');
		const base = makeDoc('checklist', 'urheberrecht').data;
		const items = base.items.map((item, i) =>
			i === 0
				? {
						...item,
						group: 'Fotos',
						severity: 'blocker' as const,
						escalateTo: 'smm',
						uncertain: true,
						uncertainNote: 'Noch nicht entschieden.',
					}
				: item,
		);
		const doc = makeDoc('checklist', 'urheberrecht', { items, legalReviewer: 'head' });
		const view = checklistView(doc.data, makeContext([team, doc]));
		expect(view.legalReviewer.name).toBe('Leitung');
		expect(view.counts).toEqual({ blocker: 1, major: 0, minor: 4 });
		expect(view.groups.map((g) => g.label)).toEqual(['Fotos', undefined]);
		const first = view.groups[0]!.items[0]!;
		expect(first).toMatchObject({
			id: 'a',
			anchor: 'item-a',
			escalateTo: { name: 'Social-Media-Managerin' },
			uncertain: true,
			uncertainNote: 'Noch nicht entschieden.',
			legalBasis: [
				{ label: '§ 51a UrhG', href: 'https://www.gesetze-im-internet.de/urhg/__51a.html' },
			],
		});
		const second = view.groups[1]!.items[0]!;
		expect(second.escalateTo.name).toBe('Leitung');
		expect(second.uncertain).toBe(false);
		expect(view.groups.map((g) => g.anchor)).toEqual(['group-1', 'group-2']);
		expect(view).toMatchObject({ total: 5, uncertainCount: 1 });
		expect(view.storageKey).toBe('kodex:checklist:urheberrecht:v0:2026-06-01');
	});

	it('names the people behind escalation roles, with deputies and mailbox', () => {
		const team = makeDoc('team', 'team');
		const doc = makeDoc('checklist', 'datenschutz', { legalReviewer: 'smm' });
		const view = checklistView(doc.data, makeContext([team, doc]));
		expect(view.legalReviewer).toMatchObject({
			name: 'Social-Media-Managerin',
			mailbox: 'social@example.com',
			people: [{ id: 'anna', name: 'Anna', href: '/de/teams/team/#member-anna' }],
			deputies: [{ id: 'ben', name: 'Ben', of: 'anna' }],
		});
	});
});
