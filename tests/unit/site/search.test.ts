import { describe, expect, it } from 'vitest';
import {
	languageFilter,
	searchTypes,
	typeFilter,
	typeLabel,
	typeMeta,
} from '../../../src/lib/site/search.ts';
import { makeDoc } from './fixtures.ts';

describe('search markup', () => {
	it('uses localised labels for type filter and badge', () => {
		expect(typeLabel('checklist', 'de')).toBe('Checkliste');
		expect(typeFilter('checklist', 'de')).toBe('type:Checkliste');
		expect(typeMeta('checklist', 'en')).toBe('type:Checklist');
		expect(languageFilter('de')).toBe('language:Deutsch');
		expect(languageFilter('en')).toBe('language:English');
	});

	it('offers the types that have documents in the language, in type order', () => {
		const docs = [
			makeDoc('goal', 'g'),
			makeDoc('guideline', 'a'),
			makeDoc('checklist', 'c', {}, 'en'),
		];
		expect(searchTypes(docs, 'de')).toEqual([
			{ type: 'guideline', value: 'Richtlinie' },
			{ type: 'goal', value: 'Ziel' },
		]);
		expect(searchTypes(docs, 'en')).toEqual([{ type: 'checklist', value: 'Checklist' }]);
	});
});
