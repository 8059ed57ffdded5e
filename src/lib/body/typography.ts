/**
 * Smart punctuation for document bodies: typographic quotes and apostrophes,
 * `--` → —, `...` → …, ``` ``…'' ``` → “…”. The output is exactly that of
 * `remark-smartypants` with the options Astro uses (its defaults), which Astro
 * otherwise runs on every body; Kodex switches Astro's off (src/astro/body.ts)
 * and runs this one first among its remark plugins, where Astro ran it.
 *
 * remark-smartypants runs retext's natural-language parser twice: once over
 * the whole body's text (for the quotes, so that a quote pairs across
 * emphasis or a link) and once more over every single text node (for dashes,
 * ellipses and backticks). Parsing is what costs. The typography itself is
 * still retext-smartypants' (no second implementation of its quote rules);
 * this plugin only leaves out the parses that cannot change anything:
 * - the quote pass, when the body's text holds no `"` and no `'`;
 * - the pass over a text node, when it holds none of the sequences that pass
 *   rewrites (`--`, two backticks, two apostrophes, or two dots with nothing
 *   but spaces or punctuation between them).
 * retext's parse is lossless (its text out equals its text in), so a skipped
 * pass leaves the text just as the pass would have. The equivalence is tested
 * against remark-smartypants itself (tests/unit/body/typography.test.ts).
 */
import type { Node, Parent, Root } from 'mdast';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/** The quote pass: quotes and apostrophes only (they keep the text's length). */
const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
/** The pass over each text node: dashes, ellipses, backticks; quotes are done. */
const punctuation = retext().use(smartypants, { quotes: false });

/** Nodes whose text takes part, as in remark-smartypants. */
const TAKES_PART = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** Blocks whose text starts fresh: they add one space to the joined text. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** HTML elements in MDX whose text is left alone. */
const RAW_ELEMENTS = new Set(['style', 'script']);

/** Text the quote pass may change. */
const QUOTE = /["']/;
/** Text the per-node pass may change: a superset of what it rewrites. */
const PUNCTUATION = /--|``|''|\.[^\p{L}\p{N}]*\./u;

interface Literal extends Node {
	value: string;
}

function isLiteral(node: Node): node is Literal {
	return typeof (node as Partial<Literal>).value === 'string';
}

function takesPart(node: Node, parent: Parent | undefined): boolean {
	if (!parent || !TAKES_PART.has(node.type)) return false;
	if (parent.type === 'mdxJsxTextElement') {
		const name = (parent as { name?: unknown }).name;
		if (typeof name !== 'string' || RAW_ELEMENTS.has(name)) return false;
	}
	return isLiteral(node) || BLOCKS.has(node.type);
}

/** remark plugin: smart punctuation, the same as remark-smartypants with default options. */
export function remarkTypography() {
	return (tree: Root): void => {
		const nodes: Node[] = [];
		let joined = '';
		visit(tree, (node, _index, parent) => {
			if (!takesPart(node, parent)) return;
			nodes.push(node);
			if (!isLiteral(node)) joined += ' ';
			else joined += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
		});
		if (QUOTE.test(joined)) joined = String(quotes.processSync(joined));
		let start = 0;
		for (const node of nodes) {
			if (!isLiteral(node)) {
				start += 1;
				continue;
			}
			const end = start + node.value.length;
			if (node.type === 'text') {
				const text = joined.slice(start, end);
				node.value = PUNCTUATION.test(text) ? String(punctuation.processSync(text)) : text;
			}
			start = end;
		}
	};
}
