/**
 * The page data: texts come from the handbook (no copies), in the page language where a
 * translation exists; roles are resolved to people and mailboxes; only what the check
 * references is bundled.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Checklist, Guideline, Prepublish } from '../../../schemas/index.ts';
import type { PrepublishView } from '../../../src/lib/site/lists/prepublish.ts';
import { example, type Example } from './example.ts';

let ex: Example;
let de: PrepublishView;
let en: PrepublishView;

beforeAll(async () => {
	ex = await example();
	de = ex.view('darf-ich-das-posten');
	en = ex.view('may-i-post-this');
});

function data<T>(type: string, id: string): T {
	return ex.docs.find((d) => d.type === type && d.id === id)!.data as T;
}

describe('pre-publish page data', () => {
	it('takes item texts from the checklists and rule texts from the guidelines', () => {
		const checklist = data<Checklist>('checklist', 'urheberrecht');
		const source = checklist.items.find((i) => i.id === 'musik-lizenziert')!;
		expect(de.check.items['urheberrecht#musik-lizenziert']).toEqual({
			key: 'urheberrecht#musik-lizenziert',
			checklist: 'urheberrecht',
			question: source.question,
			guidance: source.guidance,
			severity: 'blocker',
			legalBasis: expect.arrayContaining([
				{ label: '§ 85 UrhG', href: 'https://www.gesetze-im-internet.de/urhg/__85.html' },
			]),
			reviewer: 'legal-counsel',
			href: '/de/checklists/urheberrecht/#item-musik-lizenziert',
		});
		const guideline = data<Guideline>('guideline', 'fotos-und-videos');
		const rule = guideline.rules.find((r) => r.id === 'keine-kinder')!;
		expect(de.check.rules['fotos-und-videos#keine-kinder']).toMatchObject({
			text: rule.text,
			rationale: rule.rationale,
			kind: 'dont',
			source: guideline.title,
			items: ['persoenlichkeitsrecht#kinder-nur-mit-einwilligung'],
		});
	});

	it('bundles exactly the referenced items and rules', () => {
		const check = data<Prepublish>('prepublish', 'darf-ich-das-posten');
		const includes = [check.always, ...check.mappings.map((m) => m.include)];
		const items = new Set(includes.flatMap((i) => i?.checklistItems ?? []));
		const rules = new Set(includes.flatMap((i) => i?.guidelineRules ?? []));
		expect(Object.keys(de.check.items).sort()).toEqual([...items].sort());
		expect(Object.keys(de.check.rules).sort()).toEqual([...rules].sort());
		expect(de.check.sources.map((s) => s.id).sort()).toEqual([
			'arbeitsrecht',
			'datenschutz',
			'impressum',
			'markenrecht',
			'persoenlichkeitsrecht',
			'urheberrecht',
			'wettbewerbsrecht',
		]);
		expect(de.check.sources.find((s) => s.id === 'urheberrecht')).toMatchObject({
			reviewedOn: '4. Dezember 2026',
			href: '/de/checklists/urheberrecht/',
		});
	});

	it('resolves every role to its people and mailbox', () => {
		expect(de.check.contact).toEqual({
			default: 'social-media-manager',
			deputy: 'social-media-deputy',
		});
		expect(de.check.roles['social-media-deputy']).toMatchObject({
			name: 'Stellvertretung Social Media',
			people: ['Tobias Reuter'],
			mailbox: 'social-media@rohrwerk.example',
		});
		expect(de.check.roles['legal-counsel']).toMatchObject({ people: ['Lena Vogt'] });
		for (const item of Object.values(de.check.items)) {
			expect(de.check.roles[item.reviewer], item.key).toBeDefined();
			if (item.escalateTo) expect(de.check.roles[item.escalateTo], item.key).toBeDefined();
		}
	});

	it('offers the active channels by platform, with their titles as help', () => {
		const channel = de.check.questions.find((q) => q.id === 'channel')!;
		expect(channel.options.find((o) => o.id === 'linkedin')).toEqual({
			id: 'linkedin',
			label: 'LinkedIn',
			help: 'LinkedIn – Unternehmensseite Beispiel Rohrwerk',
		});
		expect(channel.options.map((o) => o.id)).not.toContain('xing'); // paused
	});

	it('shows the English check in English, with translated rules and items and marked German rules', () => {
		const people = en.check.questions.find((q) => q.id === 'people')!;
		expect(people.text).toBe('Can people be recognised?');
		expect(people.options).toEqual([
			{ id: 'yes', label: 'Yes' },
			{ id: 'no', label: 'No' },
		]);
		const rule = en.check.rules['mitarbeitende#zugehoerigkeit-offenlegen']!;
		expect(rule.guideline).toBe('employees');
		expect(rule.text).toMatch(/^State in words in the post itself/);
		expect(rule.lang).toBeUndefined();
		// The AI guideline is in review and not translated yet: its rules stay German, marked.
		expect(en.check.rules['fotos-und-videos#keine-kinder']!.guideline).toBe('photos-and-videos');
		expect(en.check.rules['ki-inhalte#menschlich-pruefen']!.lang).toBe('de');
		const item = en.check.items['urheberrecht#lizenz-vorhanden']!;
		expect(item.checklist).toBe('copyright');
		expect(item.lang).toBeUndefined();
		expect(item.question).toMatch(/^(Is|Are|Has|Have|Does|Do)\b/);
		expect(item.href).toMatch(/\/en\/checklists\/copyright\/#item-lizenz-vorhanden$/);
		const untranslated = Object.values(en.check.items).filter((i) => i.lang !== undefined);
		expect(untranslated).toEqual([]);
		expect(en.check.roles['legal-counsel']!.name).not.toBe(de.check.roles['legal-counsel']!.name);
		expect(en.strings['prepublish.verdictFix']).toBe('Fix first');
		expect(en.overview[0]!.label).toBe('For every post');
	});

	it('describes each mapping in words for readers without JavaScript', () => {
		const group = de.overview.find((g) => g.id === 'werbung-mit-personen')!;
		expect(group.when).toEqual([
			'Sind Personen zu erkennen? → Ja',
			'Wirbt der Beitrag oder geht es um Geld? → Werbung für unsere Produkte oder Leistungen oder Bezahlte Zusammenarbeit oder Kooperation',
		]);
		const any = de.overview.find((g) => g.id === 'personenbezug')!;
		expect(any.when).toEqual([]);
		expect(any.whenAny).toEqual([
			['Sind Personen zu erkennen? → Ja'],
			[
				'Enthält der Beitrag persönliche Daten oder einen Kundenfall? → Namen, Zitate, Markierungen oder andere persönliche Daten',
			],
		]);
	});
});
