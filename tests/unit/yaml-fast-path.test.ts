/**
 * parseYaml reads plain YAML with a fast reader and builds the position-keeping
 * tree of the `yaml` package only when a position is asked for
 * (src/lib/yaml-source.ts). Both paths must give the same result: this test
 * compares parseYaml with the `yaml` package on its own, for every YAML text in
 * the example handbook and the fixtures and for scalars the YAML versions and
 * libraries are known to read differently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseWithPositions, parseYaml } from '../../src/lib/load/yaml-source.ts';

/** What the `yaml` package alone makes of a text: its data, or that it has errors. */
function reference(text: string): { data?: unknown; error?: true } {
	const doc = parseDocument(text, { uniqueKeys: true });
	if (doc.errors.length > 0) return { error: true };
	try {
		return { data: doc.toJS({ maxAliasCount: 100 }) };
	} catch {
		return { error: true };
	}
}

/**
 * The fast path gives what the full path gives; and where the full path finds
 * nothing to explain, that is the `yaml` package's own reading. (The full path
 * may explain more than the package complains about, e.g. an unquoted comma
 * inside `{ … }` that silently splits a text into two fields.)
 */
function same(text: string): void {
	const got = parseYaml(text);
	const full = parseWithPositions(text);
	const want = reference(text);
	expect(got.problems, text).toEqual(full.problems);
	if (want.error) expect(got.problems.length, text).toBeGreaterThan(0);
	else if (full.problems.length === 0) expect(got.data, text).toEqual(want.data);
}

const SCALARS = [
	'0b101',
	'0o17',
	'0x1F',
	'017',
	'1_000',
	'+12',
	'-12',
	'12',
	'1e3',
	'1.5e-3',
	'.5',
	'1.',
	'.inf',
	'-.Inf',
	'.NaN',
	'yes',
	'no',
	'on',
	'off',
	'y',
	'n',
	'True',
	'FALSE',
	'null',
	'NULL',
	'~',
	'',
	'2026-01-01',
	'2026-01-01T10:00:00Z',
	'12:30',
	'1:20:30',
	'"quoted"',
	"'it''s'",
	'§ 22 KUG',
	'PT4H',
	'P5D',
	'#1F5F8B',
	"'#1F5F8B'",
	'a # comment',
	'a#b',
	'Q&A',
	'**bold**',
	'!important',
	'<<',
	'[a, b]',
	'{ a: 1, b: [x, y] }',
	'[]',
	'{}',
	'x: y',
	'"a\\tb"',
	'@handle',
	'`code`',
	'%percent',
	'-',
	'- a',
	'? x',
	'|',
	'>',
	'"unclosed',
	"'unclosed",
];

const DOCUMENTS = [
	'',
	'# only a comment\n',
	'plain scalar\n',
	'- a list\n- at the top\n',
	'a: 1\na: 2\n',
	'a: b: c\n',
	'a:\n\tb: 1\n',
	'a:\n  b: 1\n   c: 2\n',
	'a: x\n---\nb: y\n',
	'---\na: 1\n...\n',
	'a: 1\r\nb: two\r\n',
	'text: >-\n  folded\n  lines\n\n  paragraph\nkeep: |\n  literal\n    indented\n',
	'long: this is\n  a multi-line\n  plain scalar\n',
	'1: numeric key\ntrue: bool key\nnull: null key\n',
	'__proto__: x\nconstructor: y\n',
	'anchor: &a [1, 2]\nalias: *a\n',
	'base: &b { x: 1 }\nmerged:\n  <<: *b\n  y: 2\n',
	'tagged: !!str 12\n',
	'nbsp:\u00a0value\n',
	'key:value\n',
	'list:\n- a\n- b\n',
	'nested:\n  - id: x\n    items: [1, 2]\n  - { id: y, when: { a: [b] } }\n',
	'quote: "a \\"b\\" c"\nsingle: \'x\'\n',
	'emoji: 🙂\numlaut: Größe\n',
	'trailing: spaces   \n',
	'empty:\nnext: 1\n',
];

function yamlTexts(dir: string, out: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yamlTexts(full, out);
		else if (/\.ya?ml$/.test(entry.name)) out.push(readFileSync(full, 'utf8'));
		else if (entry.name.endsWith('.mdx')) {
			const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(full, 'utf8'));
			if (m) out.push(m[1]!);
		}
	}
	return out;
}

describe('parseYaml fast path', () => {
	it('reads every scalar as the yaml package does', () => {
		for (const scalar of SCALARS) {
			same(`value: ${scalar}\n`);
			same(`list: [${scalar}]\n`);
			same(`- ${scalar}\n`);
		}
	});

	it('accepts, rejects and reads whole documents as the yaml package does', () => {
		for (const text of DOCUMENTS) same(text);
	});

	it('reads the example handbook and every fixture as the yaml package does', () => {
		const texts = [...yamlTexts('content'), ...yamlTexts('tests/fixtures')];
		expect(texts.length).toBeGreaterThan(50);
		for (const text of texts) same(text);
	});

	it('still points at keys and values of a plainly read document', () => {
		const parsed = parseYaml('id: x\nrules:\n  - id: a\n    text: Hallo\n', 10);
		expect(parsed.problems).toEqual([]);
		expect(parsed.locate.value(['rules', 0, 'text'])).toEqual({ line: 14, column: 11 });
		expect(parsed.locate.key(['rules', 0, 'text'])).toEqual({ line: 14, column: 5 });
		expect(parsed.locate.value(['missing'])).toEqual({ line: 11, column: 1 });
	});
});
