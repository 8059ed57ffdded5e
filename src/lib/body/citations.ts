/**
 * Legal citations in prose ("§ 22 KUG", "Art. 6 Abs. 1 lit. f DSGVO",
 * "§§ 15, 19a UrhG") become links to the official text. The law catalogue is
 * injected (`CitationCatalogue`), so prose and the structured `legalBasis`
 * field link through the same one. Text inside links and code stays as it
 * is; a law the catalogue does not know, or cannot link, is left alone.
 */
import type { Link, Root, Text } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visitParents } from 'unist-util-visit-parents';

export interface CitationCatalogue {
	/** Abbreviations of the laws that may be cited, e.g. `KUG`, `DSGVO`. */
	laws: readonly string[];
	/** The official text of `law` at `ref` (e.g. `§ 22`), or undefined when there is none. */
	href(law: string, ref: string): string | undefined;
}

export interface Citation {
	/** Offset in the text. */
	index: number;
	/** The whole citation as written, e.g. `§ 22 KUG`. */
	text: string;
	/** The provision, e.g. `§ 22` or `Art. 6 Abs. 1 lit. f`. */
	ref: string;
	law: string;
}

const NUM = String.raw`\d+[a-z]?`;
const DETAIL = String.raw`(?:\s+(?:Abs\.|UAbs\.|S\.|Satz|Nr\.|lit\.|Buchst\.)\s*(?:\d+[a-z]?|[a-z]\)?))*`;
const SECTION = String.raw`§§?\s*${NUM}(?:\s*(?:,|und|bis|-|–)\s*${NUM})*${DETAIL}`;
const ARTICLE = String.raw`Art\.\s*${NUM}${DETAIL}`;

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for citations of the catalogue's laws. */
export function citationPattern(laws: readonly string[]): RegExp {
	const names = [...laws].sort((a, b) => b.length - a.length).map(escape);
	return new RegExp(`(${SECTION}|${ARTICLE})\\s+(${names.join('|')})(?![\\w-])`, 'g');
}

/** Every citation of a known law in `text`. */
export function findCitations(text: string, pattern: RegExp): Citation[] {
	return [...text.matchAll(pattern)].map((m) => ({
		index: m.index,
		text: m[0],
		ref: m[1]!,
		law: m[2]!,
	}));
}

const patterns = new WeakMap<CitationCatalogue, RegExp>();

/**
 * `catalogue` is the catalogue itself, or (in the build) a function giving the
 * current handbook's, which may add the company's own laws.
 */
export function remarkCitations(options: {
	catalogue: CitationCatalogue | (() => Promise<CitationCatalogue>);
}) {
	return async (tree: Root) => {
		const catalogue =
			typeof options.catalogue === 'function' ? await options.catalogue() : options.catalogue;
		let pattern = patterns.get(catalogue);
		if (!pattern) patterns.set(catalogue, (pattern = citationPattern(catalogue.laws)));
		const edits: { parent: { children: unknown[] }; node: Text; parts: (Text | Link)[] }[] = [];
		visitParents(tree, 'text', (node, ancestors) => {
			if (ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return;
			const parts: (Text | Link)[] = [];
			let last = 0;
			for (const c of findCitations(node.value, pattern)) {
				const url = catalogue.href(c.law, c.ref);
				if (!url) continue;
				if (c.index > last) parts.push({ type: 'text', value: node.value.slice(last, c.index) });
				parts.push({
					type: 'link',
					url,
					children: [{ type: 'text', value: c.text }],
					data: { hProperties: { className: ['citation'] } },
				});
				last = c.index + c.text.length;
			}
			if (parts.length === 0) return;
			if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
			edits.push({ parent: ancestors.at(-1) as { children: unknown[] }, node, parts });
		});
		for (const { parent, node, parts } of edits) {
			const i = parent.children.indexOf(node);
			if (i >= 0) parent.children.splice(i, 1, ...parts);
		}
	};
}
