import { describe, expect, it } from 'vitest';
import { VOCABULARY_KINDS } from '../../../schemas/index.ts';
import {
	allowedIds,
	BUILT_IN,
	holdingStatementKinds,
	lawName,
	mergeVocabulary,
	termLabel,
	vocabularyData,
	vocabularyOf,
} from '../../../src/lib/domain/vocabulary/index.ts';
import { lawAbbreviations, lawLinker } from '../../../src/lib/domain/vocabulary/laws.ts';
import { nearestTerm } from '../../../src/lib/domain/vocabulary/check.ts';

describe('built-in vocabulary', () => {
	it('labels every built-in entry in German and English', () => {
		for (const kind of VOCABULARY_KINDS) {
			expect(BUILT_IN[kind].size, kind).toBeGreaterThan(0);
			for (const term of BUILT_IN[kind].values()) {
				expect(term.label['de']?.trim(), `${kind}.${term.id}`).toBeTruthy();
				expect(term.label['en']?.trim(), `${kind}.${term.id}`).toBeTruthy();
			}
		}
		for (const law of BUILT_IN.laws.values()) {
			expect(law.name['de']?.trim(), law.id).toBeTruthy();
			expect(law.name['en']?.trim(), law.id).toBeTruthy();
		}
	});

	it('keeps the legal areas the example and the core rules use', () => {
		expect(allowedIds(BUILT_IN, 'legalAreas').slice(0, 4)).toEqual([
			'copyright',
			'trademark',
			'competition',
			'personality',
		]);
	});
});

describe('merging a company vocabulary', () => {
	const vocabulary = mergeVocabulary({
		legalAreas: [
			{ id: 'energy', label: { de: 'Energierecht', en: 'Energy law', tr: 'Enerji hukuku' } },
			// Clashes with a built-in id: replaces the German label only.
			{ id: 'copyright', label: { de: 'Urheber- und Nutzungsrechte' } },
		],
		signals: [{ id: 'supply-outage', label: { de: 'Versorgungsausfall', en: 'Supply outage' } }],
		laws: [
			{
				id: 'EnWG',
				name: { de: 'Energiewirtschaftsgesetz', en: 'Energy Industry Act' },
				url: 'https://www.gesetze-im-internet.de/enwg_2005/',
				provisionUrl: 'https://www.gesetze-im-internet.de/enwg_2005/__{n}.html',
			},
			// Clashes with a built-in law: its own link replaces the built-in one.
			{
				id: 'MStV',
				name: { en: 'State Media Treaty' },
				url: 'https://www.die-medienanstalten.de/mstv',
			},
		],
	});

	it('adds company entries after the built-in ones, in the order written', () => {
		const ids = allowedIds(vocabulary, 'legalAreas');
		expect(ids.at(-1)).toBe('energy');
		expect(ids.filter((id) => id === 'copyright')).toHaveLength(1);
		expect(ids.indexOf('copyright')).toBe(0);
		expect(allowedIds(vocabulary, 'signals')).toContain('supply-outage');
		expect(allowedIds(vocabulary, 'signals')).toContain('volume-spike');
	});

	it('lets a company entry with a built-in id replace only the labels it gives', () => {
		const copyright = vocabulary.legalAreas.get('copyright')!;
		expect(copyright.builtIn).toBe(true);
		expect(copyright.label).toEqual({ de: 'Urheber- und Nutzungsrechte', en: 'Copyright' });
		expect(vocabulary.legalAreas.get('energy')!.builtIn).toBe(false);
	});

	it('labels in the page language, then the default language, then English, then the id', () => {
		expect(termLabel(vocabulary, 'legalAreas', 'energy', 'tr')).toBe('Enerji hukuku');
		expect(termLabel(vocabulary, 'signals', 'supply-outage', 'uk', 'de')).toBe(
			'Versorgungsausfall',
		);
		expect(termLabel(vocabulary, 'signals', 'supply-outage', 'uk')).toBe('Supply outage');
		expect(termLabel(vocabulary, 'signals', 'unknown-signal', 'de')).toBe('unknown-signal');
	});

	it('labels a built-in entry in a third language without redefining it', () => {
		const pt = mergeVocabulary({
			legalAreas: [{ id: 'personality', label: { 'pt-BR': 'Direitos da personalidade' } }],
			audiences: [{ id: 'legal', label: { pt: 'Jurídico' } }],
		});
		const personality = pt.legalAreas.get('personality')!;
		expect(personality).toMatchObject({ builtIn: true });
		expect(personality.label).toEqual({
			de: 'Persönlichkeitsrecht',
			en: 'Personality rights',
			'pt-BR': 'Direitos da personalidade',
		});
		expect(allowedIds(pt, 'legalAreas')).toEqual(allowedIds(BUILT_IN, 'legalAreas'));
		expect(termLabel(pt, 'legalAreas', 'personality', 'pt-BR', 'de')).toBe(
			'Direitos da personalidade',
		);
		// Page language, then its primary language, then the default language, then English.
		expect(termLabel(pt, 'audiences', 'legal', 'pt-BR', 'de')).toBe('Jurídico');
		expect(termLabel(pt, 'legalAreas', 'personality', 'pt-PT', 'de')).toBe('Persönlichkeitsrecht');
		expect(termLabel(pt, 'legalAreas', 'personality', 'pt-PT')).toBe('Personality rights');
	});

	it('marks which template kinds are holding statements: the built-in one and those a company flags', () => {
		expect(holdingStatementKinds(BUILT_IN)).toEqual(['holding-statement']);
		const own = mergeVocabulary({
			templateKinds: [
				{ id: 'first-statement', label: { en: 'First statement' }, holdingStatement: true },
				{ id: 'public-warning', label: { en: 'Public warning' } },
				{ id: 'holding-statement', label: { 'pt-BR': 'Primeira declaração' } },
			],
		});
		expect(holdingStatementKinds(own)).toEqual(['holding-statement', 'first-statement']);
		expect(own.templateKinds.get('public-warning')?.holdingStatement).toBeUndefined();
		expect(own.legalAreas.get('copyright')).not.toHaveProperty('holdingStatement');
	});

	it('adds laws to the one catalogue and replaces a built-in law it names', () => {
		const link = lawLinker(vocabulary.laws);
		expect(link('EnWG', '§ 13 Abs. 2')).toBe(
			'https://www.gesetze-im-internet.de/enwg_2005/__13.html',
		);
		expect(link('EnWG', 'Anlage 1')).toBe('https://www.gesetze-im-internet.de/enwg_2005/');
		expect(link('MStV', '§ 18')).toBe('https://www.die-medienanstalten.de/mstv');
		expect(lawName(vocabulary, 'MStV', 'de')).toBe('Medienstaatsvertrag');
		expect(lawName(vocabulary, 'MStV', 'en')).toBe('State Media Treaty');
		expect(link('UrhG', '§ 51a')).toBe('https://www.gesetze-im-internet.de/urhg/__51a.html');
		expect(lawAbbreviations(vocabulary.laws)).toContain('EnWG');
		expect(lawAbbreviations(vocabulary.laws)).not.toContain('case-law');
		expect(link('NichtDa', '§ 1')).toBeUndefined();
	});

	it('suggests a value only when it is close, never a different law', () => {
		expect(nearestTerm(vocabulary, 'laws', 'EnWG')).toBe('EnWG');
		expect(nearestTerm(BUILT_IN, 'laws', 'EnWG')).toBeUndefined();
		expect(nearestTerm(BUILT_IN, 'laws', 'urhg')).toBe('UrhG');
		expect(nearestTerm(vocabulary, 'signals', 'supply-outgae')).toBe('supply-outage');
		expect(nearestTerm(vocabulary, 'legalAreas', 'Energierecht')).toBe('energy');
		expect(nearestTerm(vocabulary, 'legalAreas', 'water')).toBeUndefined();
	});

	it('gives plain data with labels per language for other tools', () => {
		const data = vocabularyData(vocabulary);
		expect(data.signals.find((t) => t.id === 'supply-outage')).toEqual({
			id: 'supply-outage',
			label: { de: 'Versorgungsausfall', en: 'Supply outage' },
		});
		expect(data.laws.find((t) => t.id === 'EnWG')?.label['en']).toBe('Energy Industry Act');
	});

	it('uses no half vocabulary when the vocabulary section itself is invalid', () => {
		expect(vocabularyOf(undefined)).toBe(BUILT_IN);
		expect(
			vocabularyOf({ raw: { vocabulary: { signals: [{ id: 'Not A Slug' }] } }, data: undefined }),
		).toBeUndefined();
		const ok = vocabularyOf({
			raw: { company: 1, vocabulary: { signals: [{ id: 'outage', label: { de: 'Ausfall' } }] } },
			data: undefined,
		});
		expect(ok && allowedIds(ok, 'signals')).toContain('outage');
	});
});
