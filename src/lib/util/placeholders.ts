/**
 * `{name}` placeholders in UI strings: filled with values (`t()`, the
 * pre-publish check, the browser scripts), or split so a component can put
 * markup (a `<time>`, a link) where the placeholder stands while the word
 * order stays the translation's. Pure; runs in the browser too.
 * (Response templates use `{{name}}`: see src/lib/site/by-type/template.ts.)
 */

const PLACEHOLDER = /\{(\w+)\}/g;

/** `text` with each `{name}` replaced by `vars[name]`; unknown names stay as written. */
export function fillPlaceholders(text: string, vars: Record<string, string | number>): string {
	return text.replace(PLACEHOLDER, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole,
	);
}

export type TemplatePart = string | { name: string };

/** `'Last changed on {date} by {author}'` → `['Last changed on ', {name:'date'}, ' by ', {name:'author'}]`. */
export function templateParts(text: string): TemplatePart[] {
	const out: TemplatePart[] = [];
	let last = 0;
	for (const m of text.matchAll(PLACEHOLDER)) {
		if (m.index > last) out.push(text.slice(last, m.index));
		out.push({ name: m[1]! });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push(text.slice(last));
	return out;
}
