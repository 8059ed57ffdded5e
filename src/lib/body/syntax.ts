/**
 * The syntax of a document body, shared by `check` and the build: Markdown
 * with MDX (so that everything MDX would compile is seen), GFM tables and
 * task lists, and directives (`:::note`). `parseBody` only parses: nothing in
 * the body is evaluated.
 */
import type { Root, Text } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { TEXT_DIRECTIVES } from './policy.ts';

export type ParsedBody =
	{ ok: true; tree: Root } | { ok: false; line: number; column: number; reason: string };

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective);

/** Parses a body with positions (1-based, relative to the body's first line). */
export function parseBody(text: string): ParsedBody {
	try {
		const tree = parser.parse(text);
		restoreBareColons(tree, text);
		return { ok: true, tree };
	} catch (err) {
		const e = err as { line?: number; column?: number; reason?: string; message?: string };
		return {
			ok: false,
			line: e.line ?? 1,
			column: e.column ?? 1,
			reason: String(e.reason ?? e.message ?? err),
		};
	}
}

/**
 * Turns a "text directive" that is really prose back into text. The directive
 * syntax reads `Hinweis:wichtig` or `mailto:a@b` as a directive named
 * `wichtig` or `a`; only a known name, or one with `[…]` or `{…}`, is meant
 * as a directive. A remark plugin, so the build sees the same tree.
 */
function restoreBareColons(tree: Root, source?: string): void {
	visit(tree, 'textDirective', (node, index, parent) => {
		if (!parent || index === undefined) return;
		if ((TEXT_DIRECTIVES as readonly string[]).includes(node.name)) return;
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		const raw =
			source !== undefined && start !== undefined && end !== undefined
				? source.slice(start, end)
				: undefined;
		const bare =
			raw !== undefined
				? raw === `:${node.name}`
				: node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
		if (!bare) return;
		const text: Text = { type: 'text', value: `:${node.name}` };
		if (node.position) text.position = node.position;
		parent.children.splice(index, 1, text);
		return [SKIP, index];
	});
}

/** The remark plugin form of `restoreBareColons`, for the build. */
export function remarkRestoreBareColons() {
	return (tree: Root, file: { value?: unknown }) =>
		restoreBareColons(tree, typeof file.value === 'string' ? file.value : undefined);
}
