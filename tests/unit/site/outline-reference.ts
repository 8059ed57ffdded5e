/**
 * The outline as it was computed before html-scan.ts: hast-util-from-html, the walk, hast-util-to-html.
 * Kept only as the oracle of outline-equivalence.test.ts, which the scanning outline must match.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type {
	Outline,
	OutlineEntry,
	OutlineOptions,
} from '../../../src/lib/site/document/outline.ts';

const HEADING = /^h([2-6])$/;
/** Headings only for assistive technology (the footnotes label): no anchor, not in the contents. */
const HIDDEN_CLASSES = ['sr-only', 'visually-hidden'];

function classes(node: Element): string[] {
	const value = node.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
}

/** A subtree the outline leaves alone: marked `data-toc-ignore`, or a template. */
function ignored(node: Element): boolean {
	return node.properties['dataTocIgnore'] !== undefined || node.tagName === 'template';
}

/** The text a reader sees: text nodes, without `aria-hidden` parts, whitespace collapsed. */
function visibleText(node: Element | Root): string {
	let text = '';
	const walk = (n: Root | RootContent) => {
		if (n.type === 'text') text += n.value;
		else if (n.type === 'element' && n.properties['ariaHidden'] === 'true') return;
		else if ('children' in n) for (const child of n.children) walk(child);
	};
	walk(node);
	return text.replace(/\s+/g, ' ').trim();
}

function contains(node: Element, tagName: string): boolean {
	return node.children.some(
		(c) => c.type === 'element' && (c.tagName === tagName || contains(c, tagName)),
	);
}

function anchorLink(id: string, label: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: {
			className: ['heading-anchor'],
			href: `#${id}`,
			ariaLabel: label,
			dataPagefindIgnore: '',
		},
		children: [
			{
				type: 'element',
				tagName: 'span',
				properties: { ariaHidden: 'true' },
				children: [{ type: 'text', value: '#' }],
			},
		],
	};
}

/** Every id in the tree, so new ones never collide with the page's own. */
function existingIds(tree: Root): Set<string> {
	const ids = new Set<string>();
	const walk = (n: Root | RootContent) => {
		if (n.type === 'element' && typeof n.properties['id'] === 'string') ids.add(n.properties['id']);
		if ('children' in n) for (const child of n.children) walk(child);
	};
	walk(tree);
	return ids;
}

/**
 * Gives every h2–h6 of `html` (except those only for screen readers) an id (its own if it has a unique one,
 * else a slug of its text that no other element uses) and an anchor link
 * (unless it sits in a `<summary>` or already holds a link, where a second
 * interactive element would not work), and lists the h2 and h3 headings that
 * are not hidden.
 */
export function referenceOutline(html: string, options: OutlineOptions): Outline {
	const tree = fromHtml(html, { fragment: true });
	const taken = existingIds(tree);
	const used = new Set<string>();
	const slugger = new GithubSlugger();
	const entries: OutlineEntry[] = [];

	const uniqueId = (text: string): string => {
		let id = slugger.slug(text || 'section');
		while (taken.has(id) || used.has(id)) id = slugger.slug(text || 'section');
		return id;
	};

	// Headings in a part hidden until a script shows it (a later step) get ids and anchors, but
	// stay out of the contents: a link to them would lead nowhere.
	const walk = (parent: Root | Element, inInteractive: boolean, hidden: boolean) => {
		for (const node of parent.children) {
			if (node.type !== 'element' || ignored(node)) continue;
			const level = HEADING.exec(node.tagName)?.[1];
			if (level && !classes(node).some((c) => HIDDEN_CLASSES.includes(c))) {
				const text = visibleText(node);
				const own = node.properties['id'];
				const id = typeof own === 'string' && own && !used.has(own) ? own : uniqueId(text);
				used.add(id);
				node.properties['id'] = id;
				if (!inInteractive && !contains(node, 'a'))
					node.children.push(
						{ type: 'text', value: ' ' },
						anchorLink(id, options.anchorLabel(text)),
					);
				if ((level === '2' || level === '3') && text && !hidden)
					entries.push({ id, text, depth: Number(level) as 2 | 3 });
				continue;
			}
			const interactive = ['summary', 'a', 'button', 'label'].includes(node.tagName);
			walk(node, inInteractive || interactive, hidden || node.properties['hidden'] !== undefined);
		}
	};
	walk(tree, false, false);
	// A single heading needs no table of contents.
	return { html: toHtml(tree), entries, contents: entries.length > 1 ? entries : [] };
}
