/**
 * The benchmark corpus generator (tests/bench/corpus.ts): the same N and seed give
 * the same bytes, the mix of types is the one the benchmark promises, every page
 * has 600–1,500 words of prose with headings, lists and a table, and a small
 * corpus passes `check --strict` (the benchmark itself refuses to measure an
 * invalid one).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/lib/validate.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';

const bytes = (n: number, seed: number) =>
	[...generateCorpus(n, seed).files].map(([file, text]) => `${file}\n${text}`).join('\n');

describe('benchmark corpus', () => {
	it('gives the same bytes for the same N and seed, and other bytes for another seed', () => {
		expect(bytes(60, 7)).toBe(bytes(60, 7));
		expect(bytes(60, 8)).not.toBe(bytes(60, 7));
	});

	it('keeps the first documents when N grows, so pages can be compared across N', () => {
		const small = generateCorpus(100, 1).files;
		const large = generateCorpus(1000, 1).files;
		expect(large.get('guidelines/leitlinie-1.mdx')).toBe(small.get('guidelines/leitlinie-1.mdx'));
		expect(large.get('checklists/checkliste-3.mdx')).toBe(small.get('checklists/checkliste-3.mdx'));
	});

	it('holds about 90 % guidelines, 8 % checklists and 2 % playbooks', () => {
		const { counts, files } = generateCorpus(1000, 1);
		expect(counts).toEqual({ guidelines: 896, checklists: 80, playbooks: 20, other: 4 });
		const docs = [...files.keys()].filter((f) => /\.(mdx|yaml)$/.test(f) && f !== 'handbook.yaml');
		expect(docs).toHaveLength(1000);
		expect(docs.filter((f) => f.startsWith('guidelines/'))).toHaveLength(896);
	});

	it('writes German and English prose of 600 to 1,500 words with headings, lists and tables', () => {
		const { prose } = generateCorpus(200, 1);
		expect(new Set(prose.map((d) => d.language))).toEqual(new Set(['de', 'en']));
		for (const doc of prose) {
			const words = doc.body.split(/\s+/).filter(Boolean).length;
			expect(words, doc.id).toBeGreaterThanOrEqual(600);
			expect(words, doc.id).toBeLessThanOrEqual(1600);
			expect(doc.body, doc.id).toMatch(/^## /m);
			expect(doc.body, doc.id).toMatch(/^- /m);
			expect(doc.body, doc.id).toMatch(/^\| --- \| --- \| --- \|$/m);
		}
		const translations = [...generateCorpus(200, 1).files.values()].filter((t) =>
			/^translationOf: /m.test(t),
		);
		expect(translations.length).toBeGreaterThan(30);
	});

	it('is a valid handbook under --strict, committed in git', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'kodex-corpus-'));
		try {
			const content = writeCorpus(dir, generateCorpus(60, 3));
			const result = await validate(content, { strict: true, today: '2026-11-22' });
			expect([...result.errors, ...result.warnings]).toEqual([]);
			expect(result.handbook.docs).toHaveLength(60);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
