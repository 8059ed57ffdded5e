/**
 * A single pass over rendered HTML that finds what the page outline needs (outline.ts):
 * every h2–h6 with its attributes, where its start tag and its content end, the text a
 * reader sees in it and what surrounds it, and every id on the page. No tree is built and
 * nothing is serialised again, so the caller can splice into the original string.
 *
 * It reads HTML as the browser's parser nests it for well-formed markup (what Astro
 * renders): void elements, self-closing tags only in SVG and MathML, raw text in
 * `<script>`/`<style>`, comments, a heading closed by any heading end tag or by the next
 * heading, `<template>` contents kept apart (they are not part of the page's tree).
 * Markup the parser would have to repair (misnested formatting elements, a `<button>`
 * inside a `<button>` …) may nest differently; the page's own components do not write it.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

export interface HtmlElement {
	/** Tag name, lower case. */
	name: string;
	/** 2–6 for an h2–h6. */
	heading: 2 | 3 | 4 | 5 | 6;
	/** Attributes in source order, names in lower case, values decoded; the first of duplicates. */
	attributes: [string, string][];
	/** The `id` attribute (decoded), if any. */
	id: string | undefined;
	/** The `class` attribute's tokens. */
	classes: string[];
	/** Offset of `<` of the start tag. */
	start: number;
	/** Offset just after the start tag's `>`. */
	startTagEnd: number;
	/** Offset where the content ends: the end tag, or whatever closed the heading. */
	contentEnd: number;
	/**
	 * End tags of elements left open inside the heading when something else closed it
	 * (`</span>` for `<h2><span>x</div>`): what must precede content added at its end.
	 */
	closeFirst: string;
	/** The text inside, decoded, without `aria-hidden="true"` parts, comments and templates (whitespace as written). */
	text: string;
	/** Whether an `<a>` is inside. */
	holdsLink: boolean;
	/** Whether the heading or an ancestor has `data-toc-ignore`. */
	ignored: boolean;
	/** Whether an ancestor is a `summary`, `a`, `button` or `label`. */
	interactive: boolean;
	/** Whether an ancestor has the `hidden` attribute. */
	hidden: boolean;
	/** Whether it sits inside another h2–h6 (of the list: index into it). */
	insideHeading: number | undefined;
}

export interface HtmlScan {
	/** The h2–h6 elements outside templates, in document order. */
	elements: HtmlElement[];
	/** Every id on the page outside templates. */
	ids: Set<string>;
}

const VOID = new Set(
	'area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr'.split(
		' ',
	),
);
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const ESCAPABLE_RAW_TEXT = new Set(['textarea', 'title']);
/** Elements an end tag of an ordinary element (`</span>`, `</label>` …) never closes implicitly. */
const SPECIAL = new Set(
	(
		'address applet area article aside base basefont bgsound blockquote body br button caption center col ' +
		'colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 ' +
		'h4 h5 h6 head header hgroup html iframe img input keygen li link listing main marquee menu meta nav ' +
		'noembed noframes noscript object ol p param plaintext pre script search section select source style ' +
		'summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp'
	).split(' '),
);
const INTERACTIVE = new Set(['summary', 'a', 'button', 'label']);
const HEADING = /^h[1-6]$/;

/** A comment, doctype or processing instruction, an end tag, or a start tag. */
const TAG =
	/<(?:!--(?:-?>|[\s\S]*?--!?>|[\s\S]*$)|[!?][^>]*(?:>|$)|\/([a-zA-Z][^\t\n\f\r />]*)[^>]*(?:>|$)|([a-zA-Z][^\t\n\f\r />]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>)/g;
const ATTRIBUTE =
	/([^\t\n\f\r />"'=][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]+)))?/g;

function parseAttributes(source: string): [string, string][] {
	if (!source.trim()) return [];
	const attributes: [string, string][] = [];
	const seen = new Set<string>();
	ATTRIBUTE.lastIndex = 0;
	for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) {
		const name = m[1]!.toLowerCase();
		if (seen.has(name)) continue;
		seen.add(name);
		const raw = m[2] ?? m[3] ?? m[4] ?? '';
		attributes.push([name, raw.includes('&') ? decodeHTMLAttribute(raw) : raw]);
	}
	return attributes;
}

interface Open {
	name: string;
	/** The heading this element is, if it is an h2–h6. */
	heading: HtmlElement | undefined;
	/** Set on `aria-hidden="true"`. */
	ariaHidden: boolean;
	ignored: boolean;
	interactive: boolean;
	hidden: boolean;
	foreign: boolean;
	template: boolean;
}

function attribute(attributes: [string, string][], name: string): string | undefined {
	for (const [n, v] of attributes) if (n === name) return v;
	return undefined;
}

/** Scans `html` once (see the module comment). */
export function scanHtml(html: string): HtmlScan {
	const elements: HtmlElement[] = [];
	const ids = new Set<string>();
	const stack: Open[] = [];
	/** Open h2–h6 elements with how many aria-hidden elements are open inside each. */
	const headings: { element: HtmlElement; depth: number; hiddenInside: number }[] = [];
	let templates = 0;

	const addText = (text: string) => {
		if (templates > 0 || !text) return;
		for (const h of headings) if (h.hiddenInside === 0) h.element.text += text;
	};
	/** Elements closed by the current token so far, innermost first. */
	let closing: string[] = [];
	const pop = (at: number) => {
		const open = stack.pop()!;
		if (open.template) templates--;
		if (open.ariaHidden) for (const h of headings) if (h.depth < stack.length + 1) h.hiddenInside--;
		if (open.heading) {
			open.heading.contentEnd = at;
			open.heading.closeFirst = closing.map((name) => `</${name}>`).join('');
			headings.pop();
		}
		closing.push(open.name);
	};

	TAG.lastIndex = 0;
	let textFrom = 0;
	for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
		const at = m.index;
		if (at > textFrom) {
			const text = html.slice(textFrom, at);
			addText(text.includes('&') ? decodeHTML(text) : text);
		}
		textFrom = TAG.lastIndex;
		closing = [];
		const [, endName, startName, attributeSource] = m;
		if (endName) {
			const name = endName.toLowerCase();
			const matches = HEADING.test(name)
				? (o: Open) => HEADING.test(o.name)
				: (o: Open) => o.name === name;
			// The end tag of an ordinary element stops at a special one (it is then ignored);
			// that of a special element closes whatever is open inside it.
			const ordinary = !SPECIAL.has(name);
			for (let i = stack.length - 1; i >= 0; i--) {
				const open = stack[i]!;
				if (matches(open)) {
					while (stack.length > i) pop(at);
					break;
				}
				if (open.template || (ordinary && !open.foreign && SPECIAL.has(open.name))) break;
			}
			continue;
		}
		if (!startName) continue;
		const name = startName.toLowerCase();
		const attributes = parseAttributes(attributeSource ?? '');
		const parent = stack[stack.length - 1];
		const foreign = name === 'svg' || name === 'math' || (parent?.foreign ?? false);
		const id = attribute(attributes, 'id');
		if (templates === 0 && id !== undefined) ids.add(id);
		const level = HEADING.test(name) ? Number(name[1]) : 0;
		// A heading that starts right inside another closes it.
		if (level && parent && HEADING.test(parent.name)) pop(at);
		const top = stack[stack.length - 1];
		const ignored =
			(top?.ignored ?? false) || attribute(attributes, 'data-toc-ignore') !== undefined;
		let heading: HtmlElement | undefined;
		if (level >= 2 && templates === 0) {
			heading = {
				name,
				heading: level as HtmlElement['heading'],
				attributes,
				id,
				classes: (attribute(attributes, 'class') ?? '').split(/[\t\n\f\r ]+/).filter(Boolean),
				start: at,
				startTagEnd: TAG.lastIndex,
				contentEnd: html.length,
				closeFirst: '',
				text: '',
				holdsLink: false,
				ignored,
				interactive: top?.interactive ?? false,
				hidden: top?.hidden ?? false,
				insideHeading:
					headings.length > 0
						? elements.indexOf(headings[headings.length - 1]!.element)
						: undefined,
			};
			elements.push(heading);
		}
		if (name === 'a' && templates === 0) for (const h of headings) h.element.holdsLink = true;
		const selfClosing = m[0].endsWith('/>') && foreign;
		if (VOID.has(name) || selfClosing) continue;
		const ariaHidden = attribute(attributes, 'aria-hidden') === 'true';
		stack.push({
			name,
			heading,
			ariaHidden,
			ignored,
			interactive: (top?.interactive ?? false) || INTERACTIVE.has(name),
			hidden: (top?.hidden ?? false) || attribute(attributes, 'hidden') !== undefined,
			foreign,
			template: name === 'template',
		});
		if (name === 'template') templates++;
		if (ariaHidden) for (const h of headings) h.hiddenInside++;
		if (heading)
			headings.push({ element: heading, depth: stack.length, hiddenInside: ariaHidden ? 1 : 0 });
		if ((RAW_TEXT.has(name) || ESCAPABLE_RAW_TEXT.has(name)) && !foreign) {
			const close = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
			close.lastIndex = TAG.lastIndex;
			const end = close.exec(html)?.index ?? html.length;
			const text = html.slice(TAG.lastIndex, end);
			addText(ESCAPABLE_RAW_TEXT.has(name) && text.includes('&') ? decodeHTML(text) : text);
			textFrom = end;
			TAG.lastIndex = end;
		}
	}
	if (html.length > textFrom) {
		const text = html.slice(textFrom);
		addText(text.includes('&') ? decodeHTML(text) : text);
	}
	closing = [];
	while (stack.length > 0) pop(html.length);
	return { elements, ids };
}
