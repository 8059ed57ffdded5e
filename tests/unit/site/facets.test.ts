import { describe, expect, it } from 'vitest';
import {
	capitalise,
	channelPlatforms,
	docFacets,
	docPathParts,
	facetFilters,
	facetLabel,
	optionValue,
	searchFilterGroups,
	VALUE_SEPARATOR,
} from '../../../src/lib/site/chrome/facets.ts';
import { dictionaries } from '../../../src/i18n/index.ts';
import { makeDoc } from './fixtures.ts';
import { BUILT_IN } from '../../../src/lib/domain/vocabulary/index.ts';

const linkedin = makeDoc('channel', 'linkedin');
const insta = makeDoc('channel', 'insta', { platform: 'instagram' });
const docs = [
	linkedin,
	insta,
	makeDoc('guideline', 'fotos', {
		legalAreas: ['personality', 'copyright'],
		appliesTo: ['insta'],
		audience: ['social-media-team', 'all-employees'],
	}),
	makeDoc('guideline', 'alle', { appliesTo: 'all' }),
	makeDoc('checklist', 'marken', { legalArea: 'trademark' }, 'en'),
	makeDoc('template', 'antwort', { platforms: ['youtube'] }),
	makeDoc('goal', 'ziel', { channels: ['linkedin', 'unbekannt'] }),
];
const platforms = channelPlatforms(docs);
const facetsOf = (id: string) =>
	docFacets(
		docs.find((d) => d.id === id)!,
		platforms,
		BUILT_IN,
	);

describe('document facets', () => {
	it('maps channel ids to platforms', () => {
		expect([...platforms]).toEqual([
			['linkedin', 'linkedin'],
			['insta', 'instagram'],
		]);
	});

	it('reads legal areas, channels and audiences, in the schema order', () => {
		expect(facetsOf('fotos')).toEqual({
			legal: ['copyright', 'personality'],
			platforms: ['instagram'],
			audience: ['all-employees', 'social-media-team'],
		});
		expect(facetsOf('marken').legal).toEqual(['trademark']);
		expect(facetsOf('marken').platforms).toEqual([]);
		expect(facetsOf('linkedin').platforms).toEqual(['linkedin']);
		expect(facetsOf('antwort').platforms).toEqual(['youtube']);
		// Unknown channel ids are skipped; `all` means every platform of the handbook.
		expect(facetsOf('ziel').platforms).toEqual(['linkedin']);
		expect(facetsOf('alle').platforms).toEqual(['instagram', 'linkedin']);
	});

	it('writes one filter value per facet, labelled in the page language', () => {
		expect(facetFilters(facetsOf('fotos'), 'de', BUILT_IN)).toEqual([
			'legal:Urheberrecht',
			'legal:Persönlichkeitsrecht',
			'channel:Instagram',
			'audience:Alle Mitarbeitenden',
			'audience:Social-Media-Team',
		]);
		expect(facetFilters(facetsOf('marken'), 'en', BUILT_IN)).toEqual([
			'legal:Trademark law',
			'audience:All employees',
		]);
	});

	it('names each language in itself for the language filter', () => {
		expect(facetLabel('language', 'de', 'en', BUILT_IN)).toBe('Deutsch');
		expect(facetLabel('language', 'en', 'de', BUILT_IN)).toBe('English');
		expect(capitalise('ärger', 'de')).toBe('Ärger');
	});
});

describe('search filter options', () => {
	const groups = searchFilterGroups(docs, ['de', 'en'], 'de', BUILT_IN);
	const group = (key: string) => groups.find((g) => g.key === key)!;

	it('offers only values that occur, with every language’s label as the value', () => {
		expect(groups.map((g) => g.key)).toEqual(['type', 'legal', 'channel', 'audience', 'language']);
		expect(group('type').options.map((o) => o.key)).toEqual([
			'guideline',
			'checklist',
			'channel',
			'template',
			'goal',
		]);
		const checklist = group('type').options.find((o) => o.key === 'checklist')!;
		expect(checklist.label).toBe('Checkliste');
		expect(optionValue(checklist)).toBe('Checkliste|Checklist');
		expect(group('legal').options.map((o) => o.key)).toEqual([
			'copyright',
			'trademark',
			'personality',
		]);
		expect(group('channel').options.map((o) => optionValue(o))).toEqual([
			'Instagram',
			'LinkedIn',
			'YouTube',
		]);
		expect(group('language').options).toEqual([
			{ key: 'de', label: 'Deutsch', values: ['Deutsch'] },
			{ key: 'en', label: 'Englisch', values: ['English'] },
		]);
	});

	it('never uses the value separator inside a filter label', () => {
		const prefixes = /^(docType|language)\./;
		for (const dict of Object.values(dictionaries))
			for (const [key, value] of Object.entries(dict))
				if (prefixes.test(key)) expect(value, key).not.toContain(VALUE_SEPARATOR);
		for (const kind of ['legalAreas', 'platforms', 'audiences'] as const)
			for (const term of BUILT_IN[kind].values())
				for (const label of Object.values(term.label))
					expect(label, `${kind}.${term.id}`).not.toContain(VALUE_SEPARATOR);
	});
});

describe('document paths', () => {
	it('finds language, folder and id of a document page', () => {
		expect(docPathParts('/de/guidelines/fotos-und-videos/')).toEqual({
			lang: 'de',
			folder: 'guidelines',
			id: 'fotos-und-videos',
		});
		expect(docPathParts('/handbuch/en/checklists/x/', '/handbuch/')).toEqual({
			lang: 'en',
			folder: 'checklists',
			id: 'x',
		});
		expect(docPathParts('/de/')).toBeUndefined();
		expect(docPathParts('/de/guidelines/')).toBeUndefined();
		expect(docPathParts('/404.html')).toBeUndefined();
	});
});
