import { describe, expect, it } from 'vitest';
import {
	languageFilter,
	typeFilter,
	typeLabel,
	typeMeta,
} from '../../../src/lib/site/chrome/search.ts';
import { moveInResults, typeBadge } from '../../../src/lib/site/chrome/search-keys.ts';
import { optionValue, searchFilterGroups } from '../../../src/lib/site/chrome/facets.ts';
import { BUILT_IN } from '../../../src/lib/domain/vocabulary/index.ts';
import { makeDoc } from './fixtures.ts';

describe('search markup', () => {
	it('uses localised labels for type filter and badge', () => {
		expect(typeLabel('checklist', 'de')).toBe('Checkliste');
		expect(typeFilter('checklist', 'de')).toBe('type:Checkliste');
		expect(typeMeta('checklist', 'en')).toBe('type:Checklist');
		expect(languageFilter('de')).toBe('language:Deutsch');
		expect(languageFilter('en')).toBe('language:English');
	});
});

describe('search keyboard', () => {
	it('enters the results from the field with ArrowDown and leaves them with ArrowUp', () => {
		expect(moveInResults(-1, 'ArrowDown', 3)).toBe(0);
		expect(moveInResults(0, 'ArrowDown', 3)).toBe(1);
		expect(moveInResults(2, 'ArrowDown', 3)).toBe(2); // no wrapping at the end
		expect(moveInResults(2, 'ArrowUp', 3)).toBe(1);
		expect(moveInResults(0, 'ArrowUp', 3)).toBe(-1); // back to the field
	});

	it('leaves the field’s own keys and empty lists alone', () => {
		expect(moveInResults(-1, 'ArrowUp', 3)).toBeUndefined();
		expect(moveInResults(-1, 'Home', 3)).toBeUndefined();
		expect(moveInResults(-1, 'End', 3)).toBeUndefined();
		expect(moveInResults(-1, 'ArrowDown', 0)).toBeUndefined();
		expect(moveInResults(1, 'Tab', 3)).toBeUndefined();
		expect(moveInResults(1, 'a', 3)).toBeUndefined();
		expect(moveInResults(5, 'ArrowDown', 3)).toBeUndefined(); // a stale position
	});

	it('jumps to the first and last result with Home and End', () => {
		expect(moveInResults(1, 'Home', 3)).toBe(0);
		expect(moveInResults(0, 'End', 3)).toBe(2);
	});
});

describe('search result badges', () => {
	it('shows a result’s type in the page’s language, from the type filter’s options', () => {
		const docs = [makeDoc('checklist', 'c'), makeDoc('guideline', 'g', {}, 'en')];
		const [type] = searchFilterGroups(docs, ['de', 'en'], 'en', BUILT_IN);
		const options = type!.options.map((o) => ({ label: o.label, value: optionValue(o) }));
		expect(typeBadge('Checkliste', options)).toBe('Checklist');
		expect(typeBadge('Checklist', options)).toBe('Checklist');
		expect(typeBadge('Richtlinie', options)).toBe('Guideline');
		expect(typeBadge('Unbekannt', options)).toBe('Unbekannt');
		expect(typeBadge('Checkliste', [])).toBe('Checkliste');
	});
});
