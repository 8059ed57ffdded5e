/**
 * Callouts: `:::do`, `:::dont`, `:::note`, `:::warning`, `:::legal` (the
 * container-directive syntax of Starlight and Docusaurus) become
 *
 *     <div class="callout callout-note" role="note">
 *       <p class="callout-title">Hinweis</p> …
 *     </div>
 *
 * with the title in the document's language, or the author's own title from
 * `:::note[Title]`. Unknown names are left alone here: `check` reports them
 * (BODY-006) and the sanitizer drops what it does not know.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { isCallout, type CalloutName } from './policy.ts';

/** The visible title of a callout without an author's title. */
export type CalloutLabel = (name: CalloutName, file: BodyFile) => string;

/** What a plugin may read from the file being compiled. */
export interface BodyFile {
	path?: string | undefined;
	data: Record<string, unknown>;
}

export function remarkCallouts(options: { label: CalloutLabel }) {
	return (tree: Root, file: BodyFile) => {
		visit(tree, 'containerDirective', (node) => {
			if (!isCallout(node.name)) return;
			const first = node.children[0];
			const authored =
				first?.type === 'paragraph' && first.data && 'directiveLabel' in first.data
					? (node.children.shift() as Paragraph).children
					: undefined;
			const children: PhrasingContent[] = authored ?? [
				{ type: 'text', value: options.label(node.name, file) },
			];
			const title: Paragraph = {
				type: 'paragraph',
				children,
				data: { hProperties: { className: ['callout-title'] } },
			};
			node.children.unshift(title);
			node.data = {
				hName: 'div',
				hProperties: { className: ['callout', `callout-${node.name}`], role: 'note' },
			};
		});
	};
}
