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

export interface FillableVariable {
	name: string;
	description: string;
	example: string;
}

/** A text with placeholders that readers fill in on the page, starting from the examples. */
export interface FillableText {
	segments: TemplateSegment[];
	/** The declared variables that the text uses, in order of first use. */
	variables: FillableVariable[];
	/** The text filled with the examples: what the page shows before anyone types. */
	preview: string;
}

export function fillableText(
	text: string,
	variables: readonly FillableVariable[] | undefined,
): FillableText {
	const segments = templateSegments(text);
	const declared = new Map((variables ?? []).map((v) => [v.name, v]));
	const used: FillableVariable[] = [];
	for (const s of segments) {
		if (s.kind !== 'variable') continue;
		const v = declared.get(s.name);
		if (v && !used.includes(v)) used.push(v);
	}
	return { segments, variables: used, preview: templatePreview(text, variables) };
}
