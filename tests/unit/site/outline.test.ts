import { describe, expect, it } from 'vitest';
import { outline } from '../../../src/lib/site/document/outline.ts';

const label = (heading: string) => `Link to section “${heading}”`;

describe('outline', () => {
	it('keeps existing ids, slugs missing ones and lists h2 and h3 in page order', () => {
		const { html, entries } = outline(
			'<section><h2 id="rules-title">Rules</h2><h3>Do this</h3><h4>Detail</h4><h2>Gross &amp; Groß</h2></section>',
			{ anchorLabel: label },
		);
		expect(entries).toEqual([
			{ id: 'rules-title', text: 'Rules', depth: 2 },
			{ id: 'do-this', text: 'Do this', depth: 3 },
			{ id: 'gross--groß', text: 'Gross & Groß', depth: 2 },
		]);
		expect(html).toContain('<h4 id="detail">Detail <a class="heading-anchor" href="#detail"');
	});

	it('offers contents only when there is more than one heading to go to', () => {
		const one = outline('<h2>Only</h2><h4>Detail</h4>', { anchorLabel: label });
		expect(one.entries).toHaveLength(1);
		expect(one.contents).toEqual([]);
		const two = outline('<h2>First</h2><h3>Second</h3>', { anchorLabel: label });
		expect(two.contents).toEqual(two.entries);
		expect(two.contents.map((e) => e.id)).toEqual(['first', 'second']);
	});

	it('never hands out an id the page already uses, nor one twice', () => {
		const { entries, html } = outline(
			'<p id="contacts">x</p><h2>Contacts</h2><h2>Contacts</h2><h2 id="same">A</h2><h2 id="same">B</h2>',
			{ anchorLabel: label },
		);
		const ids = entries.map((e) => e.id);
		expect(ids).toEqual(['contacts-1', 'contacts-2', 'same', 'b']);
		expect(new Set(ids).size).toBe(ids.length);
		expect(html.match(/id="contacts"/g)).toHaveLength(1);
	});

	it('gives each anchor link an accessible name and keeps it out of the heading text and search', () => {
		const { html, entries } = outline('<h2>Holding statement</h2>', { anchorLabel: label });
		expect(html).toBe(
			'<h2 id="holding-statement">Holding statement <a class="heading-anchor" href="#holding-statement" aria-label="Link to section “Holding statement”" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></h2>',
		);
		expect(entries[0]!.text).toBe('Holding statement');
		// A second run (e.g. a page rendered twice) reads the heading's own text, not the anchor.
		expect(outline(html, { anchorLabel: label }).entries[0]!.text).toBe('Holding statement');
	});

	it('adds no second interactive element inside a summary or a heading that holds a link', () => {
		const { html, entries } = outline(
			'<details><summary><h3>Level 2</h3></summary></details><h2><a href="/x/">Linked</a></h2>',
			{ anchorLabel: label },
		);
		expect(html).not.toContain('heading-anchor');
		expect(entries.map((e) => e.id)).toEqual(['level-2', 'linked']);
	});

	it('leaves out headings only for screen readers, hidden parts and marked parts', () => {
		const { entries, html } = outline(
			'<h2 class="sr-only" id="footnote-label">Footnotes</h2><div hidden><h2>Hidden</h2></div><div data-toc-ignore><h2>Dialog</h2></div><h2>Shown</h2>',
			{ anchorLabel: label },
		);
		expect(entries.map((e) => e.text)).toEqual(['Shown']);
		// A part hidden until a script shows it still gets ids and anchors.
		expect(html).toContain('<div hidden><h2 id="hidden">Hidden <a class="heading-anchor"');
	});
});
