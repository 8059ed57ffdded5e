import { describe, expect, it } from 'vitest';
import { dictionaries, t, tn, translator } from '../../src/i18n/index.ts';
import {
	DOC_TYPE_NAMES,
	LANGUAGES,
	ROLE_CATEGORIES,
	STATUSES,
	EMPLOYMENTS,
} from '../../schemas/index.ts';

describe('i18n', () => {
	it('has the same keys in every language', () => {
		const [first, ...rest] = LANGUAGES.map((lang) => Object.keys(dictionaries[lang]).sort());
		for (const keys of rest) expect(keys).toEqual(first);
	});

	it('has no empty strings', () => {
		for (const lang of LANGUAGES) {
			for (const [key, value] of Object.entries(dictionaries[lang])) {
				expect(value.trim(), `${lang}: ${key}`).not.toBe('');
			}
		}
	});

	it('uses the same placeholders in every language', () => {
		const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(dictionaries.de) as (keyof typeof dictionaries.de)[]) {
			expect(names(dictionaries.en[key]), key).toEqual(names(dictionaries.de[key]));
		}
	});

	it('labels every value of the schema enums', () => {
		const groups: [string, readonly string[]][] = [
			['status', STATUSES],
			['roleCategory', ROLE_CATEGORIES],
			['employment', EMPLOYMENTS],
			['docType', DOC_TYPE_NAMES],
			['docTypePlural', DOC_TYPE_NAMES],
			['docTypeIntro', DOC_TYPE_NAMES],
			['language', LANGUAGES],
		];
		for (const [prefix, values] of groups) {
			for (const value of values)
				expect(dictionaries.de, `${prefix}.${value}`).toHaveProperty([`${prefix}.${value}`]);
		}
	});

	it('fills placeholders', () => {
		expect(tn('de', 'home.documentCount', 3)).toBe('3 Dokumente');
		// Plural forms by Intl.PluralRules, counts formatted for the language.
		expect(tn('de', 'home.documentCount', 1)).toBe('1 Dokument');
		expect(tn('en', 'home.documentCount', 1)).toBe('1 document');
		expect(tn('en', 'home.documentCount', 0)).toBe('0 documents');
		expect(tn('de', 'home.documentCount', 1234)).toBe('1.234 Dokumente');
		expect(tn('en', 'home.documentCount', 1234)).toBe('1,234 documents');
		expect(tn('de', 'approval.overdue', 1, { date: '1. Januar 2027' })).toBe(
			'Prüfung seit 1 Tag überfällig (fällig am 1. Januar 2027).',
		);
		expect(t('en', 'search.noResults', { query: 'x' })).toBe('No results for “x”.');
		expect(t('en', 'search.noResults')).toBe('No results for “{query}”.');
		expect(translator('en')('status.approved')).toBe('Approved');
	});
});
