/** The dev server's problem panel speaks the handbook's language (src/astro/dev-problems.ts). */
import { describe, expect, it } from 'vitest';
import { devProblems } from '../../src/astro/dev-problems.ts';
import { loadHandbookFromFiles } from '../../src/lib/load/load.ts';
import { validateLoaded } from '../../src/lib/validate.ts';
import { baseline, TODAY, toFiles } from '../helpers/handbook.ts';

function result(edit: (b: ReturnType<typeof baseline>) => void = () => {}) {
	const b = baseline();
	edit(b);
	return validateLoaded(loadHandbookFromFiles(toFiles(b)), { today: TODAY, history: false });
}

describe('the dev problems panel', () => {
	const broken = () =>
		result((b) => {
			b.guideline['owner'] = 'rechtsabteilung';
		});

	it('titles, explains and reports in German for a German handbook', () => {
		const p = devProblems(broken(), 'de');
		expect(p).toMatchObject({
			count: 1,
			lang: 'de',
			title: 'Kodex: 1 Inhaltsfehler (npm run check)',
			hint: expect.stringContaining('Datei korrigieren und speichern'),
		});
		expect(p.text).toMatch(/guidelines\/fotos\.mdx:\d+:\d+ {2}Fehler {2}REF-001 {2}owner/);
		expect(p.text).toContain('1 Fehler');
	});

	it("shows a schema problem's message and fix in German", () => {
		const p = devProblems(
			result((b) => {
				b.guideline['tagz'] = ['x'];
			}),
			'de',
		);
		expect(p.text).toContain('  Unbekanntes Feld „tagz“.');
		expect(p.text).toMatch(/Lösung: +„tagz“ in „tags“ umbenennen\./);
		expect(p.text).not.toContain('Unknown field');
	});

	it('does the same in English, with the plural', () => {
		const p = devProblems(
			result((b) => {
				b.guideline['owner'] = 'rechtsabteilung';
				b.playbook['owner'] = 'niemand';
			}),
			'en',
		);
		expect(p.count).toBe(2);
		expect(p.title).toBe('Kodex: 2 content errors (npm run check)');
		expect(p.hint).toContain('Fix the file and save');
		expect(p.text).toMatch(/ {2}error {2}REF-001 {2}owner/);
	});

	it('takes the handbook default language when no language is given, and is empty when all is well', () => {
		const p = devProblems(broken());
		expect(p.lang).toBe(process.env['KODEX_LANG']?.startsWith('en') ? 'en' : 'de');
		const fine = devProblems(result(), 'de');
		expect(fine).toMatchObject({ count: 0, text: '' });
	});
});
