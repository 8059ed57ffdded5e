import { describe, expect, it } from 'vitest';
import { dictionaries, missingKeys, t, tn, translator, uiLanguage } from '../../src/i18n/index.ts';
import {
	DOC_TYPE_NAMES,
	UI_LANGUAGES,
	ROLE_CATEGORIES,
	STATUSES,
	EMPLOYMENTS,
} from '../../schemas/index.ts';

describe('i18n', () => {
	it('has the same keys in every language', () => {
		const [first, ...rest] = UI_LANGUAGES.map((lang) => Object.keys(dictionaries[lang]).sort());
		for (const keys of rest) expect(keys).toEqual(first);
	});

	it('has no empty strings', () => {
		for (const lang of UI_LANGUAGES) {
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
			['language', UI_LANGUAGES],
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

describe('content languages beyond the built-in interface', () => {
	it('picks the dictionary of the tag, of its primary language, else English', () => {
		expect(uiLanguage('de')).toBe('de');
		expect(uiLanguage('de-AT')).toBe('de');
		expect(uiLanguage('en-US')).toBe('en');
		expect(uiLanguage('pt-BR')).toBe('en');
		expect(uiLanguage('sr-Latn')).toBe('en');
		expect(t('tr', 'status.approved')).toBe(t('en', 'status.approved'));
		expect(t('de-CH', 'status.approved')).toBe(t('de', 'status.approved'));
	});

	it('names any language through Intl, in the interface language', () => {
		expect(t('de', 'language.de')).toBe('Deutsch');
		expect(t('de', 'language.tr')).toBe('Türkisch');
		expect(t('en', 'language.uk')).toBe('Ukrainian');
		expect(t('en', 'language.pt-BR')).toBe('Brazilian Portuguese');
		expect(t('de', 'fallback.only.tr')).toBe('Dieses Dokument gibt es nur auf Türkisch.');
		expect(t('en', 'fallback.only.de')).toBe('This document is only available in German.');
	});

	it('reports the keys a new dictionary lacks or leaves empty', () => {
		const partial: Record<string, string> = { ...dictionaries.en };
		delete partial['status.approved'];
		partial['nav.home'] = ' ';
		expect(missingKeys(partial).sort()).toEqual(['nav.home', 'status.approved']);
		for (const lang of UI_LANGUAGES) expect(missingKeys(dictionaries[lang]), lang).toEqual([]);
	});

	it('refuses an unknown key instead of showing it', () => {
		expect(() => t('en', 'no.such.key' as 'nav.home')).toThrow(/Unknown UI string/);
	});
});
