/**
 * Finds everything in a parsed body that Kodex refuses: code (`import`,
 * `export`, `{…}`), HTML outside the allowlist, unsafe or remote URLs, broken
 * links and unknown directives. Pure: links are judged by an injected function.
 * Elements and their attributes are judged in inspect-element.ts, link and image
 * schemes in inspect-url.ts; the types of findings and checks are in items.ts.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { suggest } from '../diagnostics/suggest.ts';
import { inspectElement } from './inspect-element.ts';
import { judgeUrl } from './inspect-url.ts';
import type { BodyFinding, BodyItem, BodyPosition, LinkJudge } from './items.ts';
import { CALLOUTS, isCallout, TEXT_DIRECTIVES } from './policy.ts';

const ESCAPE_HINT = 'Write \\{ or \\< to show the character itself.';
const ESCAPE_HINT_DE = '\\{ oder \\< schreiben, um das Zeichen selbst zu zeigen.';

/**
 * `terms` tells whether the glossary defines a name in the body's language;
 * without it, `:term[…]` is not checked.
 */
export function inspectBody(
	tree: Root,
	judge: LinkJudge,
	terms?: (name: string) => boolean,
): BodyFinding[] {
	return resolveBody(collectBody(tree), judge, terms);
}

/** Turns a body's items into findings, judging links and glossary terms against the handbook. */
export function resolveBody(
	items: readonly BodyItem[],
	judge: LinkJudge,
	terms?: (name: string) => boolean,
): BodyFinding[] {
	const out: BodyFinding[] = [];
	for (const item of items) {
		if (!('check' in item)) {
			out.push(item);
		} else if (item.check === 'url') {
			const problem = judge(item.url, item.kind);
			if (problem) out.push({ rule: 'BODY-005', line: item.line, column: item.column, ...problem });
		} else if (terms && !terms(item.name)) {
			out.push({
				rule: 'GLOS-002',
				line: item.line,
				column: item.column,
				message: `"${item.name}" is marked as a glossary term, but the glossary does not define it in this document's language.`,
				value: `:term[${item.name}]`,
				expected: 'a term or alias from glossary in handbook.yaml',
				fix: `Add "${item.name}" to the glossary (as a term or an alias), or remove :term[…].`,
				de: {
					message: `„${item.name}“ ist als Glossarbegriff markiert, aber das Glossar erklärt ihn nicht in der Sprache dieses Dokuments.`,
					expected: 'ein Begriff oder Alias aus glossary in handbook.yaml',
					fix: `„${item.name}“ ins Glossar aufnehmen (als Begriff oder Alias) oder :term[…] entfernen.`,
				},
			});
		}
	}
	return out;
}

/** The findings of one parsed body that need nothing else, and the checks that do. */
export function collectBody(tree: Root): BodyItem[] {
	const out: BodyItem[] = [];
	const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
		line: node.position?.start.line ?? 1,
		column: node.position?.start.column ?? 1,
	});
	const definitions = new Map<string, string>();
	visit(tree, 'definition', (node) => {
		definitions.set(node.identifier, node.url);
	});

	visit(tree, (node: Nodes) => {
		switch (node.type) {
			case 'mdxjsEsm':
				out.push({
					rule: 'BODY-002',
					...at(node),
					message: 'A document may not contain import or export statements: they run code.',
					value: firstLine(node.value),
					expected: 'prose in Markdown',
					fix: 'Delete the line; to start a sentence with "import" or "export", write \\import.',
					de: {
						message:
							'Ein Dokument darf keine import- oder export-Anweisungen enthalten: Sie führen Code aus.',
						expected: 'Fließtext in Markdown',
						fix: 'Die Zeile löschen; um einen Satz mit „import“ oder „export“ zu beginnen, \\import schreiben.',
					},
				});
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				out.push({
					rule: 'BODY-002',
					...at(node),
					message: 'Curly braces mark JavaScript in MDX, which documents may not contain.',
					value: `{${node.value}}`,
					expected: 'prose in Markdown',
					fix: ESCAPE_HINT,
					de: {
						message:
							'Geschweifte Klammern markieren in MDX JavaScript, das Dokumente nicht enthalten dürfen.',
						expected: 'Fließtext in Markdown',
						fix: ESCAPE_HINT_DE,
					},
				});
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				inspectElement(node, at(node), out);
				return;
			case 'link':
				judgeUrl(node.url, 'link', at(node), out);
				return;
			case 'image':
				judgeUrl(node.url, 'image', at(node), out);
				return;
			case 'definition':
				judgeUrl(node.url, 'link', at(node), out);
				return;
			case 'imageReference': {
				const url = definitions.get(node.identifier);
				if (url !== undefined) judgeUrl(url, 'image', at(node), out);
				return;
			}
			case 'containerDirective':
				if (!isCallout(node.name)) {
					out.push(unknownDirective(node.name, `:::${node.name}`, at(node), CALLOUTS, ':::'));
				} else if (Object.keys(node.attributes ?? {}).length > 0) {
					out.push({
						rule: 'BODY-006',
						...at(node),
						message: `The callout :::${node.name} does not take attributes in {…}.`,
						expected: `:::${node.name} or :::${node.name}[Title]`,
						fix: 'Delete the {…} after the callout name.',
						de: {
							message: `Der Hinweiskasten :::${node.name} nimmt keine Attribute in {…}.`,
							expected: `:::${node.name} oder :::${node.name}[Titel]`,
							fix: 'Die {…} nach dem Namen des Hinweiskastens löschen.',
						},
					});
				}
				return;
			case 'leafDirective':
				out.push(unknownDirective(node.name, `::${node.name}`, at(node), [], '::'));
				return;
			case 'textDirective':
				if (node.name === 'term') out.push({ check: 'term', name: toString(node), ...at(node) });
				if (!(TEXT_DIRECTIVES as readonly string[]).includes(node.name))
					out.push(unknownDirective(node.name, `:${node.name}`, at(node), TEXT_DIRECTIVES, ':'));
				return;
			default:
				return;
		}
	});
	return out;
}

function firstLine(text: string): string {
	return text.split('\n')[0]!.slice(0, 120);
}

function unknownDirective(
	name: string,
	written: string,
	pos: BodyPosition,
	known: readonly string[],
	prefix: string,
): BodyFinding {
	const near = suggest(name, known);
	return {
		rule: 'BODY-006',
		...pos,
		message: `"${written}" is not a Kodex callout or directive.`,
		value: written,
		expected: known.length
			? `one of ${known.map((k) => `${prefix}${k}`).join(', ')}`
			: 'callouts with three colons, e.g. :::note',
		...(near ? { didYouMean: `${prefix}${near}` } : {}),
		fix: near
			? `Write ${prefix}${near}.`
			: `Use a known name, or write \\: to show the colon itself.`,
		de: {
			message: `„${written}“ ist kein Hinweiskasten und keine Direktive von Kodex.`,
			expected: known.length
				? `eines von ${known.map((k) => `${prefix}${k}`).join(', ')}`
				: 'Hinweiskästen mit drei Doppelpunkten, z. B. :::note',
			fix: near
				? `Stattdessen ${prefix}${near} schreiben.`
				: 'Einen bekannten Namen verwenden oder \\: schreiben, um den Doppelpunkt selbst zu zeigen.',
		},
	};
}
