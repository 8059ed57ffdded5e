/**
 * `bodyFacts` skips parsing a body that cannot hold anything the body rules look at
 * (`mayHoldItems`, src/lib/body/facts.ts). Skipping must never hide a finding: every
 * body that the quick check passes over gives no items and no parse error when it is
 * parsed in full — on every document of the example and the fixtures, and on random
 * Markdown-like text.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBodyFacts, mayHoldItems } from '../../../src/lib/body/facts.ts';
import { splitFrontmatter } from '../../../src/lib/load/frontmatter.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function bodies(): [string, string][] {
	const out: [string, string][] = [];
	for (const dir of ['content', 'tests/fixtures'])
		for (const entry of fs.readdirSync(path.join(ROOT, dir), { recursive: true })) {
			const rel = String(entry);
			if (!rel.endsWith('.mdx')) continue;
			const split = splitFrontmatter(fs.readFileSync(path.join(ROOT, dir, rel), 'utf8'));
			if (split.ok) out.push([`${dir}/${rel}`, split.body]);
		}
	return out;
}

const EMPTY = { ok: true, items: [] };

describe('the quick check before a body is parsed', () => {
	it('passes over only bodies whose full parse finds nothing, in every fixture', () => {
		const all = bodies();
		const skipped = all.filter(([, body]) => !mayHoldItems(body));
		// The premise: both kinds occur, and every body with a finding is parsed.
		expect(skipped.length).toBeGreaterThan(10);
		expect(all.length - skipped.length).toBeGreaterThan(10);
		for (const [file, body] of all) {
			const facts = computeBodyFacts(body);
			if (!mayHoldItems(body)) expect(facts, file).toEqual(EMPTY);
		}
	});

	it('flags each construct the body rules look at', () => {
		for (const text of [
			'<b>x</b>',
			'a {1 + 1} b',
			'a } b',
			'[link](https://example.com)',
			'![image](x.png)',
			'[x]: https://example.com',
			':::warnung\nx\n:::',
			'::video',
			'siehe :term[Impressum]',
			'mailto:a@example.com',
			'schreib an info@example.com',
			'www.example.com',
			'https://example.com',
			'import x from "y"',
			'  export const a = 1',
		])
			expect(mayHoldItems(text), text).toBe(true);
		for (const text of [
			'Hinweis: wichtig',
			'um 12:30 Uhr',
			'# Titel\n\n- eins\n- zwei',
			'| a | b |',
		])
			expect(mayHoldItems(text), text).toBe(false);
	});

	it('passes over no random text that has something to find', () => {
		const piece = fc.constantFrom(
			'a',
			'Wort ',
			' ',
			'\n',
			'\n\n',
			'# ',
			'- ',
			'1. ',
			'> ',
			'```\n',
			'    ',
			'|',
			'---',
			'*',
			'_',
			'`',
			'\\',
			'!',
			'(',
			')',
			']',
			'>',
			'&amp;',
			'&',
			':',
			': ',
			'::',
			':term',
			'12:30',
			'http',
			'://',
			'www',
			'.',
			'@',
			'import',
			'export',
			' x ',
			'<',
			'{',
			'}',
			'[',
			'"',
			"'",
			'~',
			'^',
			'$',
			'#',
			'=',
			'ä',
			'\t',
			'mailto:',
			'https://a.de',
			'[^1]',
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const text = pieces.join('');
				if (!mayHoldItems(text)) expect(computeBodyFacts(text)).toEqual(EMPTY);
			}),
			{ numRuns: 3000, seed: 12 },
		);
	});
});
