/**
 * The last word on what reaches a page. MDX parses HTML as JSX; the allowed
 * elements (src/lib/body/policy.ts) become plain HTML elements with their
 * allowed literal attributes, and then rehype-sanitize keeps only what
 * Markdown, the Kodex directives and that allowlist produce. Anything else —
 * `import`/`export`, `{…}`, components, scripts, handlers, unknown schemes —
 * is dropped, so even a body `check` was never run on cannot run code or load
 * anything from another host.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import { ALLOWED_ELEMENTS, CALLOUTS, isRelativePath, loadsCss, urlScheme } from './policy.ts';

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

interface JsxElement {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: JsxAttribute[];
	children: RootContent[];
}

function isJsx(node: unknown): node is JsxElement {
	const type = (node as { type?: string }).type;
	return type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement';
}

function isRemoteImage(node: RootContent): boolean {
	if (node.type !== 'element' || node.tagName !== 'img') return false;
	const src = node.properties['src'];
	return typeof src !== 'string' || !isRelativePath(src);
}

/**
 * Allowed JSX elements → HTML elements with allowed literal attributes; other
 * JSX is left for the sanitizer to drop. Images that are not relative paths
 * (other hosts, `//host/…`, any scheme) are removed: the sanitizer's protocol
 * list cannot express "relative only".
 */
function rehypeAllowedHtml() {
	const convert = (parent: { children: RootContent[] }) => {
		parent.children = parent.children.filter((child) => !isRemoteImage(child));
		parent.children = parent.children.map((child) => {
			if (isJsx(child) && child.name && ALLOWED_ELEMENTS[child.name]) {
				const allowed = ALLOWED_ELEMENTS[child.name]!;
				const properties: Properties = {};
				for (const attr of child.attributes) {
					if (attr.type !== 'mdxJsxAttribute' || !attr.name || !allowed.includes(attr.name))
						continue;
					if (attr.value === null || attr.value === undefined) properties[attr.name] = true;
					else if (
						typeof attr.value === 'string' &&
						!loadsCss(attr.value) &&
						!urlScheme(attr.value)
					)
						properties[attr.name] = attr.value;
				}
				const element: Element = {
					type: 'element',
					tagName: child.name,
					properties,
					children: child.children as ElementContent[],
				};
				convert(element as unknown as { children: RootContent[] });
				return element;
			}
			if ('children' in child && Array.isArray(child.children))
				convert(child as unknown as { children: RootContent[] });
			return child;
		});
	};
	return (tree: Root) => convert(tree);
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** What a body may become: the output of Markdown + GFM, callouts, citations, glossary terms and the HTML allowlist. */
const BODY_SCHEMA: SanitizeSchema = {
	tagNames: [
		'a',
		'blockquote',
		'br',
		'code',
		'del',
		'div',
		'em',
		...HEADINGS,
		'hr',
		'img',
		'input',
		'li',
		'ol',
		'p',
		'pre',
		'section',
		'span',
		'strong',
		'table',
		'tbody',
		'td',
		'th',
		'thead',
		'tr',
		'ul',
		...Object.keys(ALLOWED_ELEMENTS),
	],
	attributes: {
		a: [
			'href',
			'title',
			['className', 'citation', 'data-footnote-backref'],
			'dataFootnoteRef',
			'dataFootnoteBackref',
			'ariaDescribedBy',
			'ariaLabel',
			'id',
		],
		img: ['src', 'alt', 'title'],
		code: [['className', /^language-[\w+-]+$/]],
		input: [['type', 'checkbox'], ['disabled', true], 'checked'],
		li: ['id', ['className', 'task-list-item']],
		ol: ['start', ['className', 'contains-task-list']],
		ul: [['className', 'contains-task-list']],
		section: ['dataFootnotes', ['className', 'footnotes']],
		h2: ['id', ['className', 'sr-only']],
		td: ['align'],
		th: ['align'],
		div: [
			['className', 'callout', ...CALLOUTS.map((c) => `callout-${c}`)],
			['role', 'note'],
		],
		p: [['className', 'callout-title']],
		span: [
			['className', 'term', 'term-tip'],
			['tabIndex', 0],
		],
		...Object.fromEntries(Object.entries(ALLOWED_ELEMENTS).map(([n, attrs]) => [n, [...attrs]])),
	},
	// Relative addresses always pass; `src` is limited to relative paths by rehypeAllowedHtml.
	protocols: { href: ['http', 'https', 'mailto', 'tel'] },
	strip: ['script', 'style'],
	// Ids come only from Markdown (footnotes, already prefixed); authors cannot set any.
	clobber: [],
	required: { input: { type: 'checkbox', disabled: true } },
};

export const rehypeSafeBody = [rehypeAllowedHtml, [rehypeSanitize, BODY_SCHEMA]] as const;
