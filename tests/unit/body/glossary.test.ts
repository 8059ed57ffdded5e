import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../../src/lib/domain/glossary.ts';
import { glossaryTermsUnique } from '../../../src/lib/rules/glossary.ts';
import { baseline, runBaseline } from '../../helpers/handbook.ts';
import { glossaryTermsDefined } from '../../../src/lib/rules/body.ts';
import { renderBody, TEST_GLOSSARY } from './render.ts';

describe('glossary terms in a body', () => {
	it('explains a term (found by alias, any case) in the document language', async () => {
		const html = await renderBody('Ohne :term[einwilligungen] kein Foto.\n');
		expect(html).toBe(
			'<p>Ohne <span class="term" tabindex="0">einwilligungen<span class="term-tip"> (Die freiwillige Zustimmung einer Person.)</span></span> kein Foto.</p>',
		);
	});

	it('uses the glossary of the document language and leaves unknown terms as text', async () => {
		const en = await renderBody('No :term[Einwilligung] here, but :term[consent].\n', {
			language: 'en',
		});
		expect(en).toBe(
			'<p>No Einwilligung here, but <span class="term" tabindex="0">consent<span class="term-tip"> (A person’s free agreement.)</span></span>.</p>',
		);
	});

	it('lists a language’s entries sorted by term', () => {
		const glossary = buildGlossary([
			...TEST_GLOSSARY,
			{ term: 'Anonymisierung', language: 'de', definition: 'Personenbezug entfernen.' },
		]);
		expect(glossary.entries('de').map((e) => e.term)).toEqual(['Anonymisierung', 'Einwilligung']);
	});
});

describe('GLOS-001 and GLOS-002', () => {
	it('reports a :term[…] the glossary does not define, at its line', () => {
		const { diagnostics, lineOf } = runBaseline(
			(b) => {
				b.config.glossary = [
					{ term: 'Einwilligung', language: 'de', definition: 'Die freiwillige Zustimmung.' },
				];
				const guideline = Object.entries(b.files).find(([p]) => p.startsWith('guidelines/'))!;
				guideline[1].body = '\nMit :term[Einwilligung] und :term[Schöpfungshöhe].\n';
			},
			{ rules: [glossaryTermsDefined] },
		);
		const file = Object.keys(baseline().files).find((p) => p.startsWith('guidelines/'))!;
		expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.value])).toEqual([
			['GLOS-002', lineOf(file, 'Schöpfungshöhe'), 29, ':term[Schöpfungshöhe]'],
		]);
	});

	it('reports a term defined twice in one language at the second definition', () => {
		const { diagnostics, lineOf } = runBaseline(
			(b) => {
				b.config.glossary = [
					{ term: 'Einwilligung', language: 'de', definition: 'Die freiwillige Zustimmung.' },
					{ term: 'Consent', language: 'en', definition: 'Free agreement of a person.' },
					{ term: 'einwilligung', language: 'de', definition: 'Noch einmal dasselbe Wort.' },
				];
			},
			{ rules: [glossaryTermsUnique] },
		);
		expect(diagnostics.map((d) => [d.rule, d.path, d.line])).toEqual([
			['GLOS-001', 'glossary[2].term', lineOf('handbook.yaml', 'term: einwilligung')],
		]);
	});
});
