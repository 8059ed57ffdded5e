/** Template pages: the text with its `{{placeholders}}` marked, and a filled-in preview. */

export type TemplateSegment = { kind: 'text'; value: string } | { kind: 'variable'; name: string };

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** Splits `Hallo {{name}}!` into text and placeholder segments, in order. */
export function templateSegments(text: string): TemplateSegment[] {
	const out: TemplateSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(PLACEHOLDER)) {
		const start = match.index;
		if (start > last) out.push({ kind: 'text', value: text.slice(last, start) });
		out.push({ kind: 'variable', name: match[1] as string });
		last = start + match[0].length;
	}
	if (last < text.length) out.push({ kind: 'text', value: text.slice(last) });
	return out;
}

/** The text with every placeholder replaced by `values[name]`; unknown placeholders stay as written. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
	return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** The text filled with each variable's `example`, as readers would send it. */
export function templatePreview(
	text: string,
	variables: readonly { name: string; example: string }[] | undefined,
): string {
	return fillTemplate(text, Object.fromEntries((variables ?? []).map((v) => [v.name, v.example])));
}
