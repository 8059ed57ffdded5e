/**
 * Finds everything in a parsed body that Kodex refuses: code (`import`,
 * `export`, `{…}`), HTML outside the allowlist, unsafe or remote URLs, broken
 * links and unknown directives. Pure: links are judged by an injected function.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Wording } from '../diagnostics/diagnostics.ts';
import { suggest } from '../diagnostics/suggest.ts';
import {
	ALLOWED_ELEMENTS,
	CALLOUTS,
	EMBEDDING_ELEMENTS,
	isCallout,
	isProtocolRelative,
	LINK_SCHEMES,
	loadsCss,
	TEXT_DIRECTIVES,
	urlScheme,
} from './policy.ts';

/** A problem in a body; line and column are relative to the body's first line. */
export interface BodyFinding {
	rule: BodyRule;
	line: number;
	column: number;
	message: string;
	value?: string;
	expected?: string;
	didYouMean?: string;
	fix?: string;
	/** The texts in German, shown when the CLI speaks German. */
	de?: Wording;
}

export type BodyRule =
	'BODY-001' | 'BODY-002' | 'BODY-003' | 'BODY-004' | 'BODY-005' | 'BODY-006' | 'GLOS-002';

/** Judges where a link or image points; returns a finding without position, or undefined when fine. */
export type LinkJudge = (
	url: string,
	kind: 'link' | 'image',
) => Omit<BodyFinding, 'line' | 'column' | 'rule'> | undefined;

const ESCAPE_HINT = 'Write \\{ or \\< to show the character itself.';
const ESCAPE_HINT_DE = '\\{ oder \\< schreiben, um das Zeichen selbst zu zeigen.';

/**
 * What a body holds that needs another document to judge: a link or image
 * address (for the link judge) or a `:term[…]` (for the glossary).
 */
export type BodyCheck =
	| { check: 'url'; url: string; kind: 'link' | 'image'; line: number; column: number }
	| { check: 'term'; name: string; line: number; column: number };

/**
 * Everything one body says about itself, in document order: findings that
 * depend on the body alone, and the checks that need the rest of the handbook.
 * Plain data that depends only on the body's text, so it can be kept between
 * runs (src/lib/rules/body-facts.ts).
 */
export type BodyItem = BodyFinding | BodyCheck;

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
	pos: { line: number; column: number },
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

function inspectElement(
	node: MdxJsxFlowElement | MdxJsxTextElement,
	pos: { line: number; column: number },
	out: BodyItem[],
): void {
	const name = node.name ?? '';
	const allowedList = Object.keys(ALLOWED_ELEMENTS)
		.map((n) => `<${n}>`)
		.join(', ');
	if (name === '') {
		out.push({
			rule: 'BODY-003',
			...pos,
			message: 'An empty tag <>…</> (a JSX fragment) is not allowed in documents.',
			expected: `Markdown, or one of ${allowedList}`,
			fix: 'Delete <> and </>.',
			de: {
				message: 'Ein leeres Tag <>…</> (ein JSX-Fragment) ist in Dokumenten nicht erlaubt.',
				expected: `Markdown oder eines von ${allowedList}`,
				fix: '<> und </> löschen.',
			},
		});
		return;
	}
	const allowed = ALLOWED_ELEMENTS[name];
	if (!allowed) {
		const lower = name.toLowerCase();
		const message =
			lower === 'script' || lower === 'style'
				? `<${name}> is not allowed: documents may not contain scripts or styles.`
				: EMBEDDING_ELEMENTS.has(lower)
					? `<${name}> is not allowed: documents may not embed or load anything; images are Markdown images of files in the content folder.`
					: /^[A-Z]/.test(name) || name.includes('.')
						? `<${name}> is not a Kodex component; documents may not use components.`
						: `<${name}> is not one of the HTML elements documents may use.`;
		const messageDe =
			lower === 'script' || lower === 'style'
				? `<${name}> ist nicht erlaubt: Dokumente dürfen keine Skripte oder Styles enthalten.`
				: EMBEDDING_ELEMENTS.has(lower)
					? `<${name}> ist nicht erlaubt: Dokumente dürfen nichts einbetten oder laden; Bilder sind Markdown-Bilder von Dateien im Inhaltsordner.`
					: /^[A-Z]/.test(name) || name.includes('.')
						? `<${name}> ist keine Komponente von Kodex; Dokumente dürfen keine Komponenten verwenden.`
						: `<${name}> gehört nicht zu den HTML-Elementen, die Dokumente verwenden dürfen.`;
		out.push({
			rule: 'BODY-003',
			...pos,
			message,
			value: `<${name}>`,
			expected: `Markdown, or one of ${allowedList}`,
			fix:
				lower === 'img'
					? 'Use a Markdown image of a file in the content folder: ![Description](../assets/photo.jpg).'
					: 'Delete the tag, or write \\< to show the character itself.',
			de: {
				message: messageDe,
				expected: `Markdown oder eines von ${allowedList}`,
				fix:
					lower === 'img'
						? 'Ein Markdown-Bild einer Datei im Inhaltsordner verwenden: ![Beschreibung](../assets/foto.jpg).'
						: 'Das Tag löschen oder \\< schreiben, um das Zeichen selbst zu zeigen.',
			},
		});
		return;
	}
	for (const attr of node.attributes) {
		const apos = attr.position
			? { line: attr.position.start.line, column: attr.position.start.column }
			: pos;
		if (attr.type === 'mdxJsxExpressionAttribute') {
			out.push({
				rule: 'BODY-002',
				...apos,
				message: `<${name}> has a JavaScript expression {…} among its attributes.`,
				value: `{${attr.value}}`,
				expected: allowed.length ? `only ${allowed.join(', ')}="…"` : 'no attributes',
				fix: 'Delete the {…}.',
				de: {
					message: `<${name}> hat unter seinen Attributen einen JavaScript-Ausdruck {…}.`,
					expected: allowed.length ? `nur ${allowed.join(', ')}="…"` : 'keine Attribute',
					fix: 'Die {…} löschen.',
				},
			});
			continue;
		}
		const value = attr.value;
		if (value !== null && value !== undefined && typeof value !== 'string') {
			out.push({
				rule: 'BODY-002',
				...apos,
				message: `The attribute ${attr.name} of <${name}> is a JavaScript expression {…}.`,
				value: `${attr.name}={${value.value}}`,
				expected: `${attr.name}="plain text"`,
				fix: 'Write the value in quotes instead of curly braces.',
				de: {
					message: `Das Attribut ${attr.name} von <${name}> ist ein JavaScript-Ausdruck {…}.`,
					expected: `${attr.name}="einfacher Text"`,
					fix: 'Den Wert in Anführungszeichen statt in geschweifte Klammern schreiben.',
				},
			});
			continue;
		}
		if (/^on/i.test(attr.name)) {
			out.push({
				rule: 'BODY-003',
				...apos,
				message: `<${name}> has the event handler ${attr.name}, which would run code in the reader's browser.`,
				value: attr.name,
				expected: allowed.length ? `only ${allowed.join(', ')}` : 'no attributes',
				fix: `Delete ${attr.name}="…".`,
				de: {
					message: `<${name}> hat den Event-Handler ${attr.name}, der Code im Browser der Lesenden ausführen würde.`,
					expected: allowed.length ? `nur ${allowed.join(', ')}` : 'keine Attribute',
					fix: `${attr.name}="…" löschen.`,
				},
			});
			continue;
		}
		if (!allowed.includes(attr.name)) {
			out.push({
				rule: 'BODY-003',
				...apos,
				message: `<${name}> may not have the attribute ${attr.name}.`,
				value: attr.name,
				expected: allowed.length ? `only ${allowed.join(', ')}` : 'no attributes',
				fix: `Delete ${attr.name}="…".`,
				de: {
					message: `<${name}> darf das Attribut ${attr.name} nicht haben.`,
					expected: allowed.length ? `nur ${allowed.join(', ')}` : 'keine Attribute',
					fix: `${attr.name}="…" löschen.`,
				},
			});
			continue;
		}
		if (typeof value === 'string' && (loadsCss(value) || urlScheme(value) !== undefined)) {
			out.push({
				rule: 'BODY-004',
				...apos,
				message: `The attribute ${attr.name} of <${name}> contains an address or CSS that could load something.`,
				value,
				expected: 'plain text',
				fix: 'Write plain text in the attribute.',
				de: {
					message: `Das Attribut ${attr.name} von <${name}> enthält eine Adresse oder CSS, die etwas laden könnte.`,
					expected: 'einfacher Text',
					fix: 'Einfachen Text in das Attribut schreiben.',
				},
			});
		}
	}
}

function judgeUrl(
	url: string,
	kind: 'link' | 'image',
	pos: { line: number; column: number },
	out: BodyItem[],
): void {
	const scheme = urlScheme(url);
	if (kind === 'image') {
		if (scheme !== undefined || isProtocolRelative(url) || /^\s*[/\\]/.test(url)) {
			out.push({
				rule: 'BODY-004',
				...pos,
				message:
					scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
						? `An image with a ${scheme}: address is not allowed.`
						: "An image must be a file in the content folder; images from another host would make readers' browsers call that host.",
				value: url,
				expected: 'a relative path to an image file, e.g. ../assets/messestand.jpg',
				fix: 'Save the image in the content folder (e.g. assets/) and link it with a relative path.',
				de: {
					message:
						scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
							? `Ein Bild mit einer ${scheme}:-Adresse ist nicht erlaubt.`
							: 'Ein Bild muss eine Datei im Inhaltsordner sein; Bilder von einem anderen Host würden die Browser der Lesenden diesen Host aufrufen lassen.',
					expected: 'ein relativer Pfad zu einer Bilddatei, z. B. ../assets/messestand.jpg',
					fix: 'Das Bild im Inhaltsordner speichern (z. B. in assets/) und mit einem relativen Pfad verlinken.',
				},
			});
			return;
		}
	} else if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) {
		out.push({
			rule: 'BODY-004',
			...pos,
			message:
				scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
					? `A ${scheme}: link is not allowed: it would run code or hide content in the link.`
					: `Links with the scheme ${scheme}: are not allowed.`,
			value: url,
			expected: 'https://…, mailto:…, tel:…, kodex:type/id, or a relative path',
			fix: 'Link to a web page, a document (kodex:type/id) or a file in the content folder.',
			de: {
				message:
					scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
						? `Ein ${scheme}:-Link ist nicht erlaubt: Er würde Code ausführen oder Inhalt im Link verstecken.`
						: `Links mit dem Schema ${scheme}: sind nicht erlaubt.`,
				expected: 'https://…, mailto:…, tel:…, kodex:typ/kennung oder ein relativer Pfad',
				fix: 'Auf eine Webseite, ein Dokument (kodex:typ/kennung) oder eine Datei im Inhaltsordner verlinken.',
			},
		});
		return;
	}
	out.push({ check: 'url', url, kind, ...pos });
}
