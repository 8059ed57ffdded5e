/** The integration's decision whether a build may go on (src/astro/validation.ts). */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/lib/diagnostics/diagnostics.ts';
import type { ValidationResult } from '../../../src/lib/validate.ts';
import { failsBuild, isStrict, refusal, report } from '../../../src/astro/validation.ts';

const warning: Diagnostic = {
	rule: 'PB-006',
	severity: 'warning',
	file: 'content/playbooks/krise.mdx',
	line: 2,
	column: 1,
	path: 'lastExercised',
	message: 'The playbook has no lastExercised date.',
};
const error: Diagnostic = { ...warning, rule: 'SCH-003', severity: 'error', message: 'Bad value.' };

function result(errors: Diagnostic[], warnings: Diagnostic[], strict = false): ValidationResult {
	return {
		handbook: { contentDir: '/x', contentRel: 'content', config: undefined, docs: [] },
		errors,
		warnings,
		notices: [],
		strict,
		fileCount: 1,
	};
}

describe('build gate', () => {
	it('fails on errors, and on warnings only under strict', () => {
		expect(failsBuild(result([error], []), {})).toBe(true);
		expect(failsBuild(result([], [warning]), {})).toBe(false);
		expect(failsBuild(result([], [warning], true), {})).toBe(true);
		expect(failsBuild(result([], [warning]), { KODEX_STRICT: '1' })).toBe(true);
		expect(failsBuild(result([], []), { KODEX_STRICT: '1' })).toBe(false);
	});

	it('takes strict from handbook.yaml or KODEX_STRICT=1', () => {
		expect(isStrict(result([], [], true), {})).toBe(true);
		expect(isStrict(result([], []), { KODEX_STRICT: '1' })).toBe(true);
		expect(isStrict(result([], []), { KODEX_STRICT: '0' })).toBe(false);
	});

	it('reports like npm run check, marking warnings that fail under strict', () => {
		const text = report(result([], [warning]), { KODEX_STRICT: '1' });
		expect(text).toContain('content/playbooks/krise.mdx:2:1');
		expect(text).toContain('PB-006');
		expect(text).toContain('warning (strict: fails)');
		expect(text).not.toMatch(/\u001b\[/);
	});

	it("speaks check's language: KODEX_LANG, else the handbook's default language", () => {
		const german: Diagnostic = { ...error, de: { message: 'Falscher Wert.' } };
		const de = result([german], []);
		de.handbook.config = {
			file: 'content/handbook.yaml',
			raw: {},
			data: { locales: { default: 'de', available: ['de'] } } as never,
			locate: { value: () => ({ line: 1, column: 1 }), key: () => ({ line: 1, column: 1 }) },
		};
		const text = report(de, {});
		expect(text).toContain('  Falscher Wert.');
		expect(text).toMatch(/✖ 1 Fehler/);
		expect(report(de, { KODEX_LANG: 'en' })).toContain('  Bad value.');
		expect(refusal(de, 'inhalt', {}).message).toBe(
			'Das Handbuch in „inhalt“ ist nicht gültig; es wurde nichts gebaut.',
		);
		expect(refusal(de, 'content', { KODEX_LANG: 'en' }).message).toBe(
			'The handbook in "content" is not valid; nothing was built.',
		);
	});
});
