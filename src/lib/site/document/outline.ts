/**
 * The outline of a document page: every heading of the rendered page body
 * (the prose from the body pipeline and the structured parts — rules,
 * checklist groups, playbook levels …) gets a stable, unique id and a link to
 * itself, and the h2/h3 headings become the page's "on this page" table of
 * contents. Computed once per page from the page's HTML, so the table of
 * contents always matches what the page shows, whichever component drew a
 * heading.
 *
 * The HTML is only scanned (html-scan.ts), never parsed into a tree: the ids and
 * anchor links are spliced into the original string. Every page of a large
 * handbook passes through here, and a tree built and serialised again per page
 * cost several per cent of the build.
 */
import GithubSlugger from 'github-slugger';
import { escapeAttribute } from 'entities';
import { scanHtml, type HtmlElement } from './html-scan.ts';

export interface OutlineEntry {
	/** The heading's id, the target of `#id`. */
	id: string;
	/** The heading's text as a reader sees it. */
	text: string;
	/** 2 for an h2, 3 for an h3. */
	depth: 2 | 3;
}

export interface Outline {
	/** The page body with ids and anchor links on its headings. */
	html: string;
	/** The h2 and h3 headings in page order. */
	entries: OutlineEntry[];
	/** What the "on this page" contents list: the entries, or none when there is only one. */
	contents: OutlineEntry[];
}

export interface OutlineOptions {
	/** Accessible name of a heading's anchor link, e.g. `Link to section “Rules”`. */
	anchorLabel: (heading: string) => string;
}

/** Headings only for assistive technology (the footnotes label): no anchor, not in the contents. */
const HIDDEN_CLASSES = ['sr-only', 'visually-hidden'];

/**
 * Which headings the outline gives an id (and maybe an anchor): not marked to be left
 * alone, not only for screen readers, and not inside a heading that is outlined itself.
 */
function outlined(elements: HtmlElement[]): boolean[] {
	const result: boolean[] = [];
	const blocked: boolean[] = [];
	elements.forEach((element, i) => {
		const parent = element.insideHeading;
		blocked[i] = parent !== undefined && (result[parent]! || blocked[parent]!);
		result[i] =
			!blocked[i] && !element.ignored && !element.classes.some((c) => HIDDEN_CLASSES.includes(c));
	});
	return result;
}

function anchorLink(id: string, label: string): string {
	return (
		` <a class="heading-anchor" href="#${escapeAttribute(id)}" aria-label="${escapeAttribute(label)}"` +
		` data-pagefind-ignore=""><span aria-hidden="true">#</span></a>`
	);
}

/** The heading's start tag with `id` set: in place of its own id attribute, or added last. */
function startTagWithId(element: HtmlElement, id: string): string {
	let found = false;
	const attributes = element.attributes.map(([name, value]) => {
		if (name !== 'id') return [name, value] as const;
		found = true;
		return [name, id] as const;
	});
	if (!found) attributes.push(['id', id]);
	const serialised = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`);
	return `<${element.name}${serialised.join('')}>`;
}

interface Splice {
	at: number;
	/** Characters of the original replaced (0 for an insertion). */
	length: number;
	text: string;
}

/**
 * Gives every h2–h6 of `html` (except those only for screen readers) an id (its own if it has a unique one,
 * else a slug of its text that no other element uses) and an anchor link
 * (unless it sits in a `<summary>` or already holds a link, where a second
 * interactive element would not work), and lists the h2 and h3 headings that
 * are not hidden. Headings inside `data-toc-ignore` or a `<template>` stay as they are;
 * those in a part hidden until a script shows it get ids and anchors but stay out of
 * the contents (a link to them would lead nowhere).
 */
export function outline(html: string, options: OutlineOptions): Outline {
	const { elements, ids: taken } = scanHtml(html);
	const used = new Set<string>();
	const slugger = new GithubSlugger();
	const entries: OutlineEntry[] = [];
	const splices: Splice[] = [];

	const uniqueId = (text: string): string => {
		let id = slugger.slug(text || 'section');
		while (taken.has(id) || used.has(id)) id = slugger.slug(text || 'section');
		return id;
	};

	const marked = outlined(elements);
	for (const [i, heading] of elements.entries()) {
		if (!marked[i]) continue;
		const text = heading.text.replace(/\s+/g, ' ').trim();
		const own = heading.id;
		const id = own !== undefined && own && !used.has(own) ? own : uniqueId(text);
		used.add(id);
		if (id !== own)
			splices.push({
				at: heading.start,
				length: heading.startTagEnd - heading.start,
				text: startTagWithId(heading, id),
			});
		if (!heading.interactive && !heading.holdsLink)
			splices.push({
				at: heading.contentEnd,
				length: 0,
				text: heading.closeFirst + anchorLink(id, options.anchorLabel(text)),
			});
		if ((heading.heading === 2 || heading.heading === 3) && text && !heading.hidden)
			entries.push({ id, text, depth: heading.heading });
	}

	let out = '';
	let from = 0;
	for (const splice of splices.sort((a, b) => a.at - b.at)) {
		out += html.slice(from, splice.at) + splice.text;
		from = splice.at + splice.length;
	}
	out += html.slice(from);
	// A single heading needs no table of contents.
	return { html: out, entries, contents: entries.length > 1 ? entries : [] };
}
