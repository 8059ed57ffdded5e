/**
 * Document ids written into free text ("aus dem Baustein holding-erstreaktion")
 * resolved to the document's title and page, so readers never see a raw id.
 * Only ids that cannot be ordinary words are resolved: an id is taken when it
 * matches exactly (lower case, as ids are written) and contains a hyphen or a
 * digit; `shitstorm` in running text stays a word.
 */
import { refTo, type Ref, type ViewContext } from '../model/context.ts';

export type LinkedSegment = { kind: 'text'; value: string } | { kind: 'ref'; ref: Ref };

/** A slug-like token on its own: not part of a word, an e-mail address, a path or a host name. */
const TOKEN =
	/(?<![\p{L}\p{N}_@./:-])[a-z0-9]+(?:-[a-z0-9]+)*(?![\p{L}\p{N}_@-]|[./:][\p{L}\p{N}])/gu;

/** Whether a token could be an ordinary word rather than an id. */
const wordLike = (token: string) => !/[-0-9]/.test(token);

/** `text` split into plain text and the documents its ids name, in order. */
export function linkIds(text: string, ctx: ViewContext): LinkedSegment[] {
	const out: LinkedSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(TOKEN)) {
		const id = match[0];
		if (wordLike(id) || !ctx.docs.has(id)) continue;
		const ref = refTo(ctx, id);
		if (!ref.href) continue;
		if (match.index > last) out.push({ kind: 'text', value: text.slice(last, match.index) });
		out.push({ kind: 'ref', ref });
		last = match.index + id.length;
	}
	if (last < text.length) out.push({ kind: 'text', value: text.slice(last) });
	return out;
}

/** The text readers see: each resolved id replaced by the document's title. */
export function linkedText(segments: readonly LinkedSegment[]): string {
	return segments.map((s) => (s.kind === 'text' ? s.value : s.ref.label)).join('');
}
