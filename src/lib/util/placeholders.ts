/**
 * Splits a translated text at its `{placeholders}`, so a component can put
 * markup (a `<time>`, a link) where the placeholder stands while the word
 * order stays the translation's. Pure.
 */

export type TemplatePart = string | { name: string };

/** `'Last changed on {date} by {author}'` → `['Last changed on ', {name:'date'}, ' by ', {name:'author'}]`. */
export function templateParts(text: string): TemplatePart[] {
	const out: TemplatePart[] = [];
	let last = 0;
	for (const m of text.matchAll(/\{(\w+)\}/g)) {
		if (m.index > last) out.push(text.slice(last, m.index));
		out.push({ name: m[1]! });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push(text.slice(last));
	return out;
}
