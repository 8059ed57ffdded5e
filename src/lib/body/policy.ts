/**
 * What a document body may contain: Markdown (CommonMark + GFM), the Kodex
 * directives, and a few harmless HTML elements. Everything here is data, read
 * by `check` (src/lib/body/inspect.ts) and by the build (src/lib/body/build.ts),
 * so both accept and refuse exactly the same things.
 *
 * In MDX, HTML tags are parsed as JSX. Kodex therefore allows a closed set of
 * lowercase element names, each with a closed set of literal attributes; no
 * components, no expressions, no `import`/`export`.
 */

/** HTML elements an author may write, with the attributes each may carry (literal values only). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	kbd: [],
	abbr: ['title'],
	sup: [],
	sub: [],
	br: [],
	details: ['open'],
	summary: [],
};

/** Elements that would load or run something; refused with a specific message. */
export const EMBEDDING_ELEMENTS: ReadonlySet<string> = new Set([
	'img',
	'picture',
	'source',
	'iframe',
	'frame',
	'embed',
	'object',
	'video',
	'audio',
	'track',
	'link',
	'meta',
	'base',
	'form',
	'svg',
	'math',
]);

/** Callouts: `:::do`, `:::dont`, `:::note`, `:::warning`, `:::legal`. */
export const CALLOUTS = ['do', 'dont', 'note', 'warning', 'legal'] as const;
export type CalloutName = (typeof CALLOUTS)[number];

export function isCallout(name: string): name is CalloutName {
	return (CALLOUTS as readonly string[]).includes(name);
}

/** Text directives: `:term[Einwilligung]` marks a glossary term. */
export const TEXT_DIRECTIVES = ['term'] as const;

/** URL schemes a link may use. `kodex:` links point at documents by id. */
export const LINK_SCHEMES: ReadonlySet<string> = new Set([
	'http',
	'https',
	'mailto',
	'tel',
	'kodex',
]);

/** The scheme of a URL (`javascript`, `https` …) as a browser reads it, or undefined for relative URLs. */
export function urlScheme(url: string): string | undefined {
	// Browsers ignore control characters and spaces inside a scheme (`java\tscript:`).
	const cleaned = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
	return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** `//other.example/x`: relative to the scheme, but on another host. */
export function isProtocolRelative(url: string): boolean {
	return /^[\s]*[/\\]{2}/.test(url);
}

/** A path inside the content folder, relative to the document: no scheme, no host, not root-relative. */
export function isRelativePath(url: string): boolean {
	return urlScheme(url) === undefined && !isProtocolRelative(url) && !/^\s*[/\\#?]/.test(url);
}

/** CSS `url(…)` or `@import` anywhere in a text an author wrote into an attribute. */
export function loadsCss(value: string): boolean {
	return /url\s*\(|@import|image-set\s*\(/i.test(value);
}
