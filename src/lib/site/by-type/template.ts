/** Template pages: the text with its `{{placeholders}}` marked, filled in by the reader on the page. */
import type { Template } from '../../../../schemas/index.ts';
import { refsTo, type Ref, type ViewContext } from '../model/context.ts';

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
	/** Shown as a hint in the empty field, never as its value. */
	example: string;
	/** Whether the text may be copied while the field is empty. */
	optional?: boolean | undefined;
}

/** A text with placeholders that readers fill in on the page; the fields start empty. */
export interface FillableText {
	segments: TemplateSegment[];
	/** The declared variables that the text uses, in order of first use. */
	variables: FillableVariable[];
	/** The text filled with the examples, for previews outside the page (never the starting value). */
	preview: string;
	/** What each placeholder of the text shows while empty (see {@link placeholderMarker}), by name. */
	markers: Record<string, string>;
}

/** What an empty placeholder shows in the text: its description in brackets, e.g. `[Name der Person]`. */
export function placeholderMarker(variable: { name: string; description?: string }): string {
	return `[${variable.description ?? variable.name}]`;
}

export function fillableText(
	text: string,
	variables: readonly FillableVariable[] | undefined,
): FillableText {
	const segments = templateSegments(text);
	const declared = new Map((variables ?? []).map((v) => [v.name, v]));
	const used: FillableVariable[] = [];
	const markers: Record<string, string> = {};
	for (const s of segments) {
		if (s.kind !== 'variable') continue;
		const v = declared.get(s.name);
		markers[s.name] = placeholderMarker(v ?? { name: s.name });
		if (v && !used.includes(v)) used.push(v);
	}
	return { segments, variables: used, preview: templatePreview(text, variables), markers };
}

/** A template page: its text to fill in, its placeholders as written, and the playbooks using it. */
export interface TemplateView {
	fillable: FillableText;
	/** The text as written, with its placeholders marked. */
	segments: TemplateSegment[];
	/** Every declared variable, for the table of placeholders. */
	variables: FillableVariable[];
	playbooks: Ref[];
}

export function templateView(data: Template, ctx: ViewContext): TemplateView {
	const fillable = fillableText(data.text, data.variables);
	return {
		fillable,
		segments: fillable.segments,
		variables: data.variables ?? [],
		playbooks: refsTo(ctx, data.playbooks, 'playbook'),
	};
}
