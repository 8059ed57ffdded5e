import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/load/frontmatter.ts';
import {
	findControlCharacters,
	findYamlCharacterProblems,
} from '../../src/lib/load/text-characters.ts';

/** The rule written the plain way: split into lines, find the first `---` line after the first. */
function splitByLines(text: string) {
	const open = /^---[ \t]*\r?\n/.exec(text);
	if (!open) return { ok: false, reason: 'missing' };
	const lines = text.slice(open[0].length).split('\n');
	const i = lines.findIndex((line) => /^---[ \t]*$/.test(line.replace(/\r$/, '')));
	if (i === -1) return { ok: false, reason: 'unclosed' };
	const yaml = `${['', ...lines.slice(0, i)].join('\n')}\n`;
	return { ok: true, yaml, body: lines.slice(i + 1).join('\n'), bodyLine: i + 3 };
}

describe('splitFrontmatter', () => {
	it('agrees with splitting the text into lines, on any mix of fences and line ends', () => {
		const piece = fc.constantFrom(
			'---',
			'---\n',
			'--- \n',
			'---\t\r\n',
			'---\r\n',
			'----\n',
			' ---\n',
			'a: 1\n',
			'\n',
			'\r\n',
			'\r',
			'x',
			'---x\n',
			'\u2028',
			'---  \t\r',
			'Text\n',
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
				const text = pieces.join('');
				expect(splitFrontmatter(text)).toEqual(splitByLines(text));
			}),
			{ numRuns: 5000, seed: 7 },
		);
	});
	it('splits the YAML (with file line numbers) from the body', () => {
		expect(splitFrontmatter('---\nid: a\ntitle: B\n---\n\nText\n')).toEqual({
			ok: true,
			yaml: '\nid: a\ntitle: B\n',
			body: '\nText\n',
			bodyLine: 5,
		});
	});
	it('accepts CRLF and trailing spaces on the fences', () => {
		const split = splitFrontmatter('---  \r\nid: a\r\n---  \r\nText');
		expect(split).toMatchObject({ ok: true, body: 'Text', bodyLine: 4 });
	});
	it('does not end the frontmatter at "---" inside a value or a longer rule', () => {
		expect(splitFrontmatter('---\nid: a\nnote: "---"\n----\n')).toEqual({
			ok: false,
			reason: 'unclosed',
		});
	});
	it('tells a missing from an unclosed frontmatter', () => {
		expect(splitFrontmatter('# Titel\n')).toEqual({ ok: false, reason: 'missing' });
		expect(splitFrontmatter('---\nid: a\n\nText\n')).toEqual({ ok: false, reason: 'unclosed' });
	});
});

describe('invisible characters', () => {
	it('finds control characters at their line and column, but not tabs or line breaks', () => {
		expect(findControlCharacters('a\tb\r\nc\u0000d\n\u000be')).toEqual([
			{ line: 2, column: 2, kind: 'control', name: 'U+0000 (NUL)' },
			{ line: 3, column: 1, kind: 'control', name: 'U+000B (VERTICAL TAB)' },
		]);
	});
	it('names a tab used for indentation and a non-breaking space after a colon', () => {
		expect(findYamlCharacterProblems('a:\n\tb: 1\nc:\u00a0d\ne: "x:\u00a0y"\n')).toEqual([
			{ line: 2, column: 1, kind: 'tab-indent', name: 'U+0009 (TAB)' },
			{ line: 3, column: 3, kind: 'nbsp-after-colon', name: 'U+00A0 (NO-BREAK SPACE)' },
		]);
	});
});
