import { describe, expect, it } from 'vitest';
import { inLanguage, type Diagnostic } from '../../../src/lib/diagnostics/diagnostics.ts';
import { formatOne } from '../../../src/lib/diagnostics/format-text.ts';
import { runBaseline } from '../../helpers/handbook.ts';

const plain = (_style: unknown, text: string) => text;

describe('diagnostics in the CLI language', () => {
	const base: Diagnostic = {
		rule: 'X-001',
		severity: 'error',
		file: 'content/a.yaml',
		line: 2,
		column: 3,
		path: 'owner',
		message: 'English message.',
		expected: 'English expectation',
		fix: 'English fix.',
		de: { message: 'Deutsche Meldung.', fix: 'Deutsche Lösung.' },
	};

	it('uses the German wording in German and keeps English texts the translation leaves out', () => {
		const de = inLanguage(base, 'de');
		expect(de.message).toBe('Deutsche Meldung.');
		expect(de.fix).toBe('Deutsche Lösung.');
		expect(de.expected).toBe('English expectation');
	});

	it('keeps the English source in English and when there is no German wording', () => {
		expect(inLanguage(base, 'en')).toBe(base);
		const { de: _, ...english } = base;
		expect(inLanguage(english, 'de')).toEqual(english);
	});

	it('prints a rule finding in German in the German report', () => {
		const run = runBaseline((b) => (b.guideline.approvedBy = 'community-manager'));
		const [d] = run.diagnostics;
		const text = formatOne(d!, false, plain, 'de');
		expect(text).toContain('Die Rolle „community-manager“ darf keine Dokumente freigeben');
		expect(text).toMatch(/erwartet: +eine Rolle mit canApprove: true, z\. B\. /);
		expect(text).toMatch(/Lösung: +Eine freigabeberechtigte Rolle nennen/);
		expect(formatOne(d!, false, plain, 'en')).toContain('may not approve documents');
	});
});
