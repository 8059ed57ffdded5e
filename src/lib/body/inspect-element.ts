/**
 * Judges an HTML or JSX element in a body: fragments, components and elements
 * outside the allowlist (BODY-003), attributes that are JavaScript (BODY-002),
 * event handlers or unknown attributes (BODY-003), and attribute values that
 * could load something (BODY-004).
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { BodyItem, BodyPosition } from './items.ts';
import { ALLOWED_ELEMENTS, EMBEDDING_ELEMENTS, loadsCss, urlScheme } from './policy.ts';

export function inspectElement(
	node: MdxJsxFlowElement | MdxJsxTextElement,
	pos: BodyPosition,
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
