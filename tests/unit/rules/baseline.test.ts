import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/rules/index.ts';
import { runBaseline } from '../../helpers/handbook.ts';

describe('baseline handbook', () => {
	it('loads without parse or schema problems', () => {
		expect(runBaseline().load.diagnostics).toEqual([]);
	});

	it('passes every rule', () => {
		expect(runBaseline().diagnostics).toEqual([]);
	});

	it('has unique rule ids, each with a title', () => {
		const ids = RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of RULES) expect(rule.title.length).toBeGreaterThan(10);
	});
});
