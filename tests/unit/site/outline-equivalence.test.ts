/**
 * The outline scans the page's HTML and splices ids and anchors into it (html-scan.ts)
 * instead of parsing it into a tree and serialising it again. Whatever HTML the page's
 * components render, the reader must get what the tree-based outline gave: the same
 * headings with the same ids, texts and anchors, the same contents list. fast-check
 * generates varied markup (nesting, ids taken and repeated, entities, hidden, ignored and
 * interactive parts, templates, comments, SVG, raw text, odd quoting and case) and every
 * result is compared with the old implementation's (outline-reference.ts), the HTML after
 * both are read by the same parser.
 *
 * The seed is printed; rerun a failure with KODEX_FUZZ_SEED=<seed>.
 */
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { outline } from '../../../src/lib/site/document/outline.ts';
import { referenceOutline } from './outline-reference.ts';

const SEED = Number(process.env['KODEX_FUZZ_SEED'] || Date.now() % 2 ** 31);
const RUNS = Number(process.env['KODEX_FUZZ_RUNS'] || 1000);
console.log(`fast-check seed: ${SEED} (rerun with KODEX_FUZZ_SEED=${SEED})`);

const label = (heading: string) => `Link to “${heading}” & more`;

/** The same HTML as the parser reads it, so that quoting and escaping do not count. */
const normal = (html: string) => toHtml(fromHtml(html, { fragment: true }));

function expectSame(html: string): void {
	const expected = referenceOutline(html, { anchorLabel: label });
	const actual = outline(html, { anchorLabel: label });
	expect(actual.entries).toEqual(expected.entries);
	expect(actual.contents).toEqual(expected.contents);
	expect(normal(actual.html)).toBe(expected.html);
}

const words = fc.constantFrom(
	'Rules',
	'Contacts',
	'Gross &amp; Groß',
	'a&nbsp;b',
	'  \n  ',
	'&lt;tag&gt;',
	'x &amp y',
	'#',
	'Über uns',
	'&#x27;quoted&#39;',
	'1 < 2',
	'',
);
const ids = fc.constantFrom(
	'rules',
	'contacts',
	'contacts-1',
	'same',
	'',
	'a&amp;b',
	'section',
	'Rules',
);

/** An attribute written with double, single or no quotes (when the value allows it). */
const attr = (name: string, value: fc.Arbitrary<string>) =>
	fc
		.tuple(value, fc.constantFrom('"', "'", ''))
		.map(([v, q]) =>
			q === '' && (v === '' || /[\s"'=<>`]/.test(v)) ? ` ${name}="${v}"` : ` ${name}=${q}${v}${q}`,
		);

const headingAttributes = fc
	.tuple(
		fc.option(attr('id', ids)),
		fc.option(attr('class', fc.constantFrom('sr-only', 'visually-hidden', 'x', 'x sr-only', ''))),
		fc.option(fc.constantFrom(' data-toc-ignore', ' aria-hidden="true"', ' hidden', ' data-x="1"')),
		fc.option(attr('id', ids)),
	)
	.map((parts) => parts.filter((p) => p !== null).join(''));

const tagCase = fc.constantFrom(
	(s: string) => s,
	(s: string) => s.toUpperCase(),
);

const { block } = fc.letrec<{ inline: string; block: string; headingContent: string }>((tie) => ({
	inline: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		words,
		words,
		fc.constantFrom(
			'<br>',
			'<img src="x.png" alt="">',
			'<!-- a comment with <h2>inside</h2> -->',
			'<svg viewBox="0 0 1 1" aria-hidden="true"><path d="M0 0"/><title>Icon</title></svg>',
			'<code>&lt;h2&gt;</code>',
		),
		fc
			.tuple(
				fc.constantFrom('span', 'strong', 'em', 'code'),
				fc.array(tie('inline'), { maxLength: 3 }),
			)
			.map(([t, c]) => `<${t}>${c.join('')}</${t}>`),
		fc
			.array(tie('inline'), { maxLength: 2 })
			.map((c) => `<span aria-hidden="true">${c.join('')}</span>`),
		fc.array(words, { maxLength: 2 }).map((c) => `<a href="/x/">${c.join('')}</a>`),
		fc.array(words, { maxLength: 2 }).map((c) => `<button type="button">${c.join('')}</button>`),
		fc
			.array(words, { maxLength: 2 })
			.map((c) => `<template><h2>In a template</h2>${c.join('')}</template>`),
	),
	headingContent: fc.oneof(
		{ depthSize: 'small' },
		fc.array(tie('inline'), { maxLength: 4 }).map((c) => c.join('')),
		fc.array(tie('block'), { maxLength: 2 }).map((c) => `<div>${c.join('')}</div>`),
	),
	block: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		fc
			.tuple(
				fc.integer({ min: 1, max: 6 }),
				headingAttributes,
				tie('headingContent'),
				tagCase,
				fc.boolean(),
			)
			.map(
				([level, attributes, content, tagName, closed]) =>
					`<${tagName(`h${level}`)}${attributes}>${content}${closed ? `</h${level}>` : ''}`,
			),
		fc.array(tie('inline'), { maxLength: 4 }).map((c) => `<p>${c.join('')}</p>`),
		fc
			.tuple(
				fc.constantFrom(
					'<div>',
					'<section id="rules">',
					'<div hidden>',
					'<div data-toc-ignore>',
					'<div id="same">',
					'<label>',
					'<div aria-hidden="true">',
				),
				fc.array(tie('block'), { maxLength: 4 }),
			)
			.map(([open, c]) => `${open}${c.join('')}</${/^<(\w+)/.exec(open)![1]}>`),
		fc
			.tuple(fc.array(tie('block'), { maxLength: 2 }), fc.array(tie('block'), { maxLength: 3 }))
			.map(([s, c]) => `<details><summary>${s.join('')}</summary>${c.join('')}</details>`),
		fc
			.array(tie('block'), { maxLength: 3 })
			.map((c) => `<ul>${c.map((x) => `<li>${x}</li>`).join('')}</ul>`),
		fc.array(tie('block'), { maxLength: 3 }).map((c) => `<template>${c.join('')}</template>`),
		fc.constantFrom(
			'<script type="module">const h = "<h2>not a heading</h2>";</script>',
			'<style>h2::after { content: "</h3>"; }</style>',
			'<p id="contacts">Contacts</p>',
			'<hr>',
			'<a href="/"><h3>In a link</h3></a>',
			'<button type="button"><h4 id="contacts">In a button</h4></button>',
		),
	),
}));

const page = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => blocks.join('\n'));

describe('the scanning outline', () => {
	it('gives what the tree-based outline gave, on generated markup', () => {
		fc.assert(
			fc.property(page, (html) => expectSame(html)),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it('gives what the tree-based outline gave, on known trouble cases', () => {
		for (const html of [
			'<h2>Open<h3>Next</h3>',
			'<h2>Open</h3><h2>Two</h2>',
			'<div><h2>Unclosed</div><h2>After</h2>',
			'<h2 ID="Rules" CLASS="x">Rules</H2><h2 id=rules>Again</h2>',
			'<h2 id="">Empty id</h2><h2>   </h2><h2></h2>',
			'<h2 data-toc-ignore id="x">Ignored</h2><h2>x</h2>',
			'<h2 class="sr-only"><div><h3>Inside a hidden heading</h3></div></h2>',
			'<h2><div><h3>Inside a heading</h3></div></h2>',
			'<h2 aria-hidden="true">Hidden text</h2><h3>Shown <span aria-hidden="true">icon</span></h3>',
			'<h2>Link <a href="#">inside</a></h2><a href="/"><h3>In a link</h3></a>',
			'<h2 title="a > b">Quoted &gt;</h2><h3 data-x=\'it"s\'>Single</h3>',
			'<h2>Script <script>let a = "</h2>";</script> after</h2>',
			'<h2>Title <textarea>&amp; <b></textarea></h2>',
			'<template id="contacts"><h2>In template</h2></template><h2>Contacts</h2>',
			'<div id="in-ignored" data-toc-ignore><p id="contacts">x</p></div><h2>Contacts</h2>',
			'<svg><h2>Out of svg</h2></svg><svg><title>T</title><g/><h3>x</h3></svg>',
			'<h4>Detail</h4><h5>Deeper</h5><h6>Deepest</h6><h1>Top</h1>',
			'<h2>Gross &amp Groß &notin; &copy</h2>',
			'<!----><h2>After an empty comment</h2><!--><h3>x</h3>',
			'<!DOCTYPE html><h2>Doc</h2>',
			'<h2>Last',
		])
			expectSame(html);
	});
});
