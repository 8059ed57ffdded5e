/**
 * `:term[Einwilligung]` marks a glossary term in a text. It becomes
 *
 *     <span class="term" tabindex="0">Einwilligung<span class="term-tip"> (…definition…)</span></span>
 *
 * The explanation is part of the text for screen readers and shows as a
 * bubble on hover and on keyboard focus; it stays while the pointer moves
 * onto it and Escape hides it (WCAG 1.4.13; src/styles/body.css,
 * src/client/glossary.ts). A term the glossary does not define stays plain
 * text (`check` reports it, GLOS-002).
 */
import type { PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Language } from '../../../schemas/index.ts';
import type { Glossary } from '../domain/glossary.ts';
import type { BodyFile } from './callouts.ts';

export function remarkGlossaryTerms(options: {
	glossary: () => Promise<Glossary>;
	language: (file: BodyFile) => Language;
}) {
	return async (tree: Root, file: BodyFile) => {
		const glossary = await options.glossary();
		const language = options.language(file);
		visit(tree, 'textDirective', (node, index, parent) => {
			if (node.name !== 'term' || !parent || index === undefined) return;
			const entry = glossary.find(language, toString(node));
			if (!entry) {
				parent.children.splice(index, 1, ...node.children);
				return [SKIP, index];
			}
			const tip: PhrasingContent = {
				type: 'emphasis',
				children: [{ type: 'text', value: ` (${entry.definition})` }],
				data: { hName: 'span', hProperties: { className: ['term-tip'] } },
			};
			node.children = [...node.children, tip];
			node.data = { hName: 'span', hProperties: { className: ['term'], tabIndex: 0 } };
			return SKIP;
		});
	};
}
