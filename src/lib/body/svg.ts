/**
 * What an SVG published by the site may not contain: scripts, event
 * handlers, `foreignObject` (HTML inside the image), references to other
 * hosts or files (`href`, `url(…)`, `@import`) and DTDs (entities). The logo
 * is served from the site's own host as `image/svg+xml`; opened on its own,
 * an SVG runs its scripts.
 */

export interface SvgProblem {
	line: number;
	column: number;
	/** What was found, for the message: `a <script> element`. */
	what: string;
	/** The same in German: `ein <script>-Element`. */
	whatDe: string;
	value: string;
}

const CHECKS: { pattern: RegExp; what: string; whatDe: string }[] = [
	{ pattern: /<\s*script\b/gi, what: 'a <script> element', whatDe: 'ein <script>-Element' },
	{
		pattern: /<\s*foreignObject\b/gi,
		what: 'a <foreignObject> element (HTML inside the image)',
		whatDe: 'ein <foreignObject>-Element (HTML im Bild)',
	},
	{
		pattern: /<!DOCTYPE|<!ENTITY/gi,
		what: 'a DTD or entity declaration',
		whatDe: 'eine DTD oder Entity-Deklaration',
	},
	{
		pattern: /\son[a-z]+\s*=/gi,
		what: 'an event handler attribute',
		whatDe: 'ein Event-Handler-Attribut',
	},
	{
		pattern: /\b(?:xlink:)?href\s*=\s*["']\s*(?!#)[^"']*["']/gi,
		what: 'a reference to another file or host (href)',
		whatDe: 'einen Verweis auf eine andere Datei oder einen anderen Host (href)',
	},
	{
		pattern: /url\(\s*["']?\s*(?!#)[^)]*\)/gi,
		what: 'a CSS url(…) that loads another file or host',
		whatDe: 'ein CSS-url(…), das eine andere Datei oder einen anderen Host lädt',
	},
	{ pattern: /@import\b/gi, what: 'a CSS @import', whatDe: 'ein CSS-@import' },
	{ pattern: /javascript:/gi, what: 'a javascript: address', whatDe: 'eine javascript:-Adresse' },
];

/** Every refused construct in an SVG's text, at its line and column. */
export function inspectSvg(text: string): SvgProblem[] {
	const out: SvgProblem[] = [];
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
	const position = (offset: number) => {
		let line = 0;
		while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
		return { line: line + 1, column: offset - starts[line]! + 1 };
	};
	for (const { pattern, what, whatDe } of CHECKS)
		for (const m of text.matchAll(pattern)) {
			const at = m.index + (m[0].length - m[0].trimStart().length);
			out.push({ ...position(at), what, whatDe, value: m[0].trim().slice(0, 80) });
		}
	return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
