/**
 * `remarkTypography` (src/lib/body/typography.ts) replaces Astro's
 * remark-smartypants in the build and must give exactly its output: the same
 * tree after both, on known trouble cases, on every body of the example and
 * the fixtures, and on random Markdown made of quotes, apostrophes, dashes,
 * dots, backticks, emphasis, links, code and Kodex directives.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkTypography } from '../../../src/lib/body/typography.ts';
import { splitFrontmatter } from '../../../src/lib/load/frontmatter.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The tree of `body` after the parser Astro uses for `.mdx` plus one smart-punctuation plugin. */
function tree(body: string, plugin: PluggableList[number], mdx = true): Root {
	const processor = unified()
		.use(remarkParse)
		.use(mdx ? [remarkMdx] : [])
		.use(remarkGfm)
		.use(remarkDirective)
		.use([plugin]);
	return processor.runSync(processor.parse(body)) as Root;
}

function expectSame(body: string, mdx = true): void {
	expect(tree(body, remarkTypography, mdx)).toEqual(tree(body, remarkSmartypants, mdx));
}

/** Whether `body` is valid MDX (some fixtures are broken on purpose). */
function parses(body: string): boolean {
	try {
		unified().use(remarkParse).use(remarkMdx).parse(body);
		return true;
	} catch {
		return false;
	}
}

/** The text of a single paragraph after remarkTypography. */
function text(body: string): string {
	const paragraph = tree(body, remarkTypography).children[0];
	if (paragraph?.type !== 'paragraph') throw new Error(`no paragraph in ${body}`);
	return paragraph.children.map((child) => ('value' in child ? child.value : '')).join('');
}

describe('remarkTypography', () => {
	it('gives typographic quotes, apostrophes, dashes and ellipses', () => {
		expect(text("\"Hallo\" -- sagte sie... 'gut' ``so'' it's")).toBe(
			'“Hallo” — sagte sie… ‘gut’ “so” it’s',
		);
	});

	const TROUBLE = [
		'"quoted *emphasis*" and "*emphasis* quoted"',
		'He said "[a link](https://x.test)" -- then left.',
		'"Quote across **strong "nested" text**" end',
		"Don't, won't, 'n' rock, the '90s, rock 'n' roll, Peter's.",
		'`"code"` is "not" code; `--` stays, -- not.',
		'```\n"fenced" -- ... \'x\'\n```\n\n"after" fence',
		'Ellipses: ... . . . .... and .. and . . and a.b.c.',
		'Dashes: - -- --- ---- a--b a -- b',
		"Backticks: ``quoted'' and `single' and ''two''",
		'# "Heading" -- text\n\n"Paragraph" starts',
		'| "a" | \'b\' |\n| --- | --- |\n| c -- d | e... |',
		':::note\n"Inside" a *callout* -- yes...\n:::\n\n"Out"',
		'Text :abbr[„DSGVO"]{title="x"} and ::break\n\n> "Quoted" block',
		'<span>"in jsx"</span> and <script>{"x"}</script> "after"',
		'„Deutsche" Anführung und ‚einfach\' -- „Zitat"...',
		'"\'Nested\'" and \'"nested"\' and "\'"',
		'Line one "open\nline two" close',
		'- "item" one\n- \'item\' two -- x',
		'Footnote[^1] "q"\n\n[^1]: "note" -- text',
		'a"b\'c d" e\' "f\'g',
	];
	it.each(TROUBLE)('gives the same tree as remark-smartypants: %j', (body) => expectSame(body));

	it('gives the same tree on every body of the example and the fixtures', () => {
		let count = 0;
		for (const dir of ['content', 'tests/fixtures'])
			for (const entry of fs.readdirSync(path.join(ROOT, dir), { recursive: true })) {
				const rel = String(entry);
				if (!rel.endsWith('.mdx')) continue;
				const split = splitFrontmatter(fs.readFileSync(path.join(ROOT, dir, rel), 'utf8'));
				if (!split.ok || !parses(split.body)) continue;
				expectSame(split.body);
				count++;
			}
		expect(count).toBeGreaterThan(50);
	});

	const WORDS = [
		'Hallo',
		'Welt',
		'über',
		'Straße',
		'don',
		't',
		's',
		'90s',
		'it',
		'rock',
		'n',
		'a',
		'B',
		'1',
		'z',
	];
	const PIECES = [
		'"',
		"'",
		'`',
		'``',
		"''",
		'-',
		'--',
		'---',
		'.',
		'...',
		'. . .',
		',',
		'!',
		'?',
		'(',
		')',
		'„',
		'“',
		'&',
		' ',
		' ',
		' ',
		'\n',
	];
	const INLINE = fc.oneof(
		{ weight: 6, arbitrary: fc.constantFrom(...WORDS) },
		{ weight: 8, arbitrary: fc.constantFrom(...PIECES) },
	);
	const run = fc.array(INLINE, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
	const phrase = fc.oneof(
		{ weight: 6, arbitrary: run },
		{ weight: 1, arbitrary: run.map((s) => `*${s.trim() || 'x'}*`) },
		{ weight: 1, arbitrary: run.map((s) => `**${s.trim() || 'x'}**`) },
		{ weight: 1, arbitrary: run.map((s) => `[${s.trim() || 'x'}](https://x.test)`) },
		{ weight: 1, arbitrary: run.map((s) => `\`${s.replace(/`/g, '').trim() || 'x'}\``) },
	);
	const line = fc.array(phrase, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
	const block = fc.oneof(
		{ weight: 6, arbitrary: line },
		{ weight: 1, arbitrary: line.map((s) => `# ${s}`) },
		{ weight: 1, arbitrary: line.map((s) => `- ${s}\n- ${s}`) },
		{ weight: 1, arbitrary: line.map((s) => `> ${s}`) },
		{ weight: 1, arbitrary: line.map((s) => `\`\`\`\n${s}\n\`\`\``) },
		{ weight: 1, arbitrary: line.map((s) => `:::note\n${s}\n:::`) },
		{ weight: 1, arbitrary: line.map((s) => `| ${s.replace(/\|/g, '')} |\n| --- |\n| x |`) },
	);
	const markdown = fc.array(block, { minLength: 1, maxLength: 5 }).map((b) => b.join('\n\n'));

	it('gives the same tree as remark-smartypants on random Markdown', () => {
		// Plain Markdown: random text is rarely valid MDX (braces, angle brackets).
		fc.assert(
			fc.property(markdown, (body) => {
				expectSame(body, false);
			}),
			{ numRuns: 1500 },
		);
	});
});
