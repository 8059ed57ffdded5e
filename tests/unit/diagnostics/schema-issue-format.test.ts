/**
 * SCH-005 fixes that rewrite the value: an id suggested from a title (German umlauts
 * written out), and a date that is no calendar day explained by its month, in English
 * and German.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDate, slug } from '../../../schemas/common.ts';
import { issuesToDiagnostics } from '../../../src/lib/diagnostics/schema-issues.ts';

const at = { line: 1, column: 1 };
const locate = { key: () => at, value: () => at };

function diagnose(schema: z.ZodType, raw: unknown) {
	const result = schema.safeParse(raw);
	if (result.success) throw new Error('the value was expected to fail its schema');
	return issuesToDiagnostics(result.error.issues, schema, { file: 'x.yaml', raw, locate });
}

describe('format fixes (SCH-005)', () => {
	it('suggests an id written from a title, umlauts written out', () => {
		const [d] = diagnose(z.object({ id: slug() }), { id: 'Muster Bäckerei Süd' });
		expect(d).toMatchObject({ rule: 'SCH-005', fix: 'Write id: muster-baeckerei-sued' });
		expect(d!.de!.fix).toBe('Stattdessen id: muster-baeckerei-sued schreiben.');
	});

	it('explains a day the month does not have, in both languages', () => {
		const [d] = diagnose(z.object({ reviewBy: isoDate() }), { reviewBy: '2026-02-30' });
		expect(d!.message).toBe(
			'"2026-02-30" is not a real calendar date (February 2026 has 28 days).',
		);
		expect(d!.de!.message).toBe(
			'"2026-02-30" ist kein echtes Kalenderdatum (der Februar 2026 hat 28 Tage).',
		);
		const [leap] = diagnose(z.object({ reviewBy: isoDate() }), { reviewBy: '2028-02-30' });
		expect(leap!.message).toContain('(February 2028 has 29 days)');
		const [month] = diagnose(z.object({ reviewBy: isoDate() }), { reviewBy: '2026-13-01' });
		expect(month!.message).toContain('(months run from 01 to 12)');
		expect(month!.de!.message).toContain('(Monate laufen von 01 bis 12)');
	});
});
