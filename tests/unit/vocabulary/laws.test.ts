import { describe, expect, it } from 'vitest';
import {
	BUILT_IN_CATALOGUE,
	firstArticle,
	firstSection,
	lawHref,
	legalBasisHref,
	legalBasisLabel,
} from '../../../src/lib/domain/vocabulary/laws.ts';

const href = (law: string, ref: string) => lawHref(BUILT_IN_CATALOGUE, law, ref);

describe('law catalogue links', () => {
	it('finds the first cited section and article', () => {
		expect(firstSection('§ 51a')).toBe('51a');
		expect(firstSection('§§ 15, 16, 19a')).toBe('15');
		expect(firstSection('§ 31 Abs. 1 und 5')).toBe('31');
		expect(firstSection('Art. 6')).toBeUndefined();
		expect(firstArticle('Art. 6 Abs. 1 lit. a')).toBe('6');
		expect(firstArticle('Art. 2 Abs. 1 i. V. m. Art. 1 Abs. 1')).toBe('2');
		expect(firstArticle('Artikel 50')).toBe('50');
		expect(firstArticle('§ 5')).toBeUndefined();
	});

	it('links German federal laws to the cited section on gesetze-im-internet.de', () => {
		expect(href('UrhG', '§ 51a')).toBe('https://www.gesetze-im-internet.de/urhg/__51a.html');
		expect(href('KUG', '§§ 22, 23')).toBe('https://www.gesetze-im-internet.de/kunsturhg/__22.html');
		expect(href('UWG', '§ 5a Abs. 4')).toBe(
			'https://www.gesetze-im-internet.de/uwg_2004/__5a.html',
		);
		expect(href('TDDDG', '§ 25 Abs. 1')).toBe('https://www.gesetze-im-internet.de/ttdsg/__25.html');
		expect(href('BDSG', '§ 26')).toBe('https://www.gesetze-im-internet.de/bdsg_2018/__26.html');
	});

	it('uses articles for the Basic Law and the whole law for annexes or unclear refs', () => {
		expect(href('GG', 'Art. 5 Abs. 1')).toBe('https://www.gesetze-im-internet.de/gg/art_5.html');
		expect(href('UWG', 'Anhang Nr. 11')).toBe('https://www.gesetze-im-internet.de/uwg_2004/');
		expect(href('DDG', 'Anlage')).toBe('https://www.gesetze-im-internet.de/ddg/');
		expect(href('BGB', 'allgemein')).toBe('https://www.gesetze-im-internet.de/bgb/');
	});

	it('links nothing for laws without a federal text', () => {
		expect(href('MStV', '§ 18')).toBeUndefined();
		expect(href('TMG', '§ 5')).toBeUndefined();
		expect(legalBasisHref({ law: 'case-law', ref: 'BGH I ZR 1/23' })).toBeUndefined();
		expect(legalBasisHref({ law: 'other', ref: '§ 3 PatG' })).toBeUndefined();
	});

	it('links EU regulations to the cited article through their ELI on EUR-Lex', () => {
		expect(href('DSGVO', 'Art. 6 Abs. 1 lit. a')).toBe(
			'https://eur-lex.europa.eu/eli/reg/2016/679/art_6/oj',
		);
		expect(href('AI-Act', 'Art. 50 Abs. 4')).toBe(
			'https://eur-lex.europa.eu/eli/reg/2024/1689/art_50/oj',
		);
		expect(href('DSA', 'Erwägungsgrund 12')).toBe('https://eur-lex.europa.eu/eli/reg/2022/2065/oj');
		// A section law cited by article: the whole law, never a made-up article page.
		expect(href('UrhG', 'Art. 1')).toBe('https://www.gesetze-im-internet.de/urhg/');
		expect(legalBasisHref({ law: 'DSGVO', ref: 'Art. 9 Abs. 2, Art. 14' })).toBe(
			'https://eur-lex.europa.eu/eli/reg/2016/679/art_9/oj',
		);
	});

	it('lets an authored url win', () => {
		expect(legalBasisHref({ law: 'UWG', ref: '§ 5a', url: 'https://example.com/uwg' })).toBe(
			'https://example.com/uwg',
		);
		expect(legalBasisHref({ law: 'other', ref: 'CC BY 4.0', url: 'https://cc.example/' })).toBe(
			'https://cc.example/',
		);
	});

	it('labels a legal basis the way lawyers cite it', () => {
		expect(legalBasisLabel({ law: 'UrhG', ref: '§ 51a' })).toBe('§ 51a UrhG');
		expect(legalBasisLabel({ law: 'UrhG', ref: '§ 51a UrhG' })).toBe('§ 51a UrhG');
		expect(legalBasisLabel({ law: 'case-law', ref: 'BGH I ZR 1/23' })).toBe('BGH I ZR 1/23');
	});
});
