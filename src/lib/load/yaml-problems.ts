/**
 * The YAML parser's complaints turned into problems an author can act on: the
 * position of the actual mistake (an unclosed quote where it opened, a tab where
 * it indents), a plain message, and the same in German.
 */
import { isScalar, visit, type Pair, type parseDocument, type Scalar } from 'yaml';
import type { Position, Wording } from '../diagnostics/diagnostics.ts';

export interface YamlProblem extends Position {
	message: string;
	/** What was expected, when the generic YAML advice does not fit. */
	expected?: string;
	/** How to repair it, when the mistake is clear (otherwise the caller's general advice). */
	fix?: string;
	/**
	 * The same in German. `message` is a clause like the English one (it follows "Das YAML ist
	 * nicht lesbar: "); expected and fix are there when the English ones are.
	 */
	de: Wording;
}

/** Turns a parser error into a position and message that point at the author's actual mistake. */
export function explain(
	text: string,
	code: string,
	message: string,
	offset: number,
	at: (offset: number) => Position,
): YamlProblem {
	const pos = at(offset);
	const lines = text.split('\n');
	if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
		// An unclosed quote is only noticed at the end of the file; point at the line that opened it.
		const opened = findUnclosedQuote(text, offset);
		if (opened !== undefined)
			return {
				...at(opened),
				message: 'a quoted value is opened here but never closed',
				de: { message: 'ein Wert in Anführungszeichen wird hier geöffnet, aber nie geschlossen' },
			};
	}
	if (code === 'TAB_AS_INDENT') {
		return {
			line: pos.line,
			column: 1,
			message: 'this line is indented with a tab; YAML only accepts spaces for indentation',
			fix: 'Replace the tab at the start of this line with spaces (two per level), like the lines around it.',
			de: {
				message:
					'diese Zeile ist mit einem Tabulator eingerückt; YAML erlaubt zum Einrücken nur Leerzeichen',
				fix: 'Den Tabulator am Zeilenanfang durch Leerzeichen ersetzen (zwei pro Ebene), wie in den Zeilen ringsum.',
			},
		};
	}
	if (code === 'DUPLICATE_KEY') {
		const key = /^\s*(?:-\s+)?([^:]+?)\s*:/.exec(lines[pos.line - 1] ?? '')?.[1] ?? '';
		const indent = (lines[pos.line - 1] ?? '').search(/\S/);
		const first = lines.findIndex(
			(l, i) =>
				i < pos.line - 1 && l.search(/\S/) === indent && l.trimStart().startsWith(`${key}:`),
		);
		return {
			...pos,
			message: `the field "${key}" appears twice in the same block${first >= 0 ? ` (first on line ${first + 1})` : ''}; keep one`,
			de: {
				message: `das Feld „${key}“ steht zweimal im selben Block${first >= 0 ? ` (zuerst in Zeile ${first + 1})` : ''}; eines behalten`,
			},
		};
	}
	// "key: value" followed by a line indented further: the next line is the mistake.
	const line = lines[pos.line - 1] ?? '';
	const next = lines[pos.line] ?? '';
	if (/^\s*(?:-\s+)?[^:#\s][^:#]*:\s+\S/.test(line) && /^\s*\S/.test(next)) {
		const indentOf = (l: string) => l.search(/\S/) + (/^\s*-\s/.test(l) ? 2 : 0);
		if (next.search(/\S/) > indentOf(line)) {
			return {
				line: pos.line + 1,
				column: next.search(/\S/) + 1,
				message: `this line is indented further than the field on line ${pos.line} above it`,
				de: {
					message: `diese Zeile ist weiter eingerückt als das Feld in Zeile ${pos.line} darüber`,
				},
			};
		}
	}
	const clean = cleanYamlMessage(message);
	return { ...pos, message: clean, de: { message: parserMessageDe(clean) } };
}

/** The yaml package's messages authors meet most, in German; any other is quoted as it is. */
const PARSER_MESSAGES_DE: [RegExp, (m: RegExpExecArray) => string][] = [
	[
		/Nested mappings are not allowed in compact mappings/,
		() =>
			'in dieser Zeile folgt auf einen Wert ein weiterer Doppelpunkt mit Leerzeichen, oder sie ist zu weit eingerückt',
	],
	[/Implicit keys need to be on a single line/, () => 'ein Feldname muss in einer Zeile stehen'],
	[
		/Implicit map keys need to be followed by map values/,
		() => 'auf einen Feldnamen müssen ein Doppelpunkt und ein Wert folgen',
	],
	[/Missing closing .?quote/, () => 'ein Wert in Anführungszeichen wird nicht geschlossen'],
	[
		/Flow sequence .*end with a \]/,
		() =>
			'eine Liste in [eckigen Klammern] ist nicht weit genug eingerückt oder wird nicht mit ] geschlossen',
	],
	[
		/Flow map .*end with a \}/,
		() =>
			'eine Gruppe in {geschweiften Klammern} ist nicht weit genug eingerückt oder wird nicht mit } geschlossen',
	],
	[
		/Plain value cannot start with reserved character (\S+)/,
		(m) => `ein Wert ohne Anführungszeichen darf nicht mit dem Zeichen ${m[1]} beginnen`,
	],
	[/Unexpected scalar at node end/, () => 'nach dem Wert steht in derselben Zeile noch Text'],
	[/Map keys must be unique/, () => 'ein Feld steht zweimal im selben Block'],
	[/Tabs are not allowed/, () => 'Tabulatoren sind zum Einrücken nicht erlaubt'],
	[/^Unexpected /, () => 'an dieser Stelle steht etwas, das YAML hier nicht erwartet'],
];

/** A parser message in German: known ones translated, others quoted after a German lead-in. */
export function parserMessageDe(message: string): string {
	for (const [pattern, german] of PARSER_MESSAGES_DE) {
		const m = pattern.exec(message);
		if (m) return german(m);
	}
	return `der YAML-Parser meldet „${message}“`;
}

/**
 * A comma inside `{ … }` ends a value, so `{ text: Fotos, z. B. Memes }` reads as
 * the text "Fotos" and a field "z. B. Memes" without a value. A key with spaces
 * and no value in a flow mapping is that mistake: the author meant one text.
 */
export function commaInFlowMapping(
	doc: ReturnType<typeof parseDocument>,
	at: (offset: number) => Position,
): YamlProblem[] {
	const found: YamlProblem[] = [];
	visit(doc, {
		Map(_, map) {
			if (!map.flow) return;
			const pairs = map.items as Pair[];
			pairs.forEach((pair, i) => {
				const key = pair.key as Scalar | null;
				const before = pairs[i - 1];
				if (
					i === 0 ||
					pair.value !== null ||
					!isScalar(key) ||
					key.type !== 'PLAIN' ||
					!/\s/.test(String(key.value)) ||
					!before ||
					!isScalar(before.value)
				)
					return;
				const field = String((before.key as Scalar).value);
				const text = `${String(before.value.value)}, ${String(key.value)}`;
				found.push({
					...at(key.range?.[0] ?? 0),
					message: `the comma ends the value of "${field}" inside { … }, so "${String(key.value)}" is read as a field of its own`,
					fix: `Put this text in quotes: ${field}: "${text}"`,
					de: {
						message: `das Komma beendet den Wert von „${field}“ in { … }, deshalb wird „${String(key.value)}“ als eigenes Feld gelesen`,
						fix: `Den Text in Anführungszeichen setzen: ${field}: "${text}"`,
					},
				});
			});
		},
	});
	return found;
}

/** Offset of the quote that starts the last unterminated quoted value before `offset`. */
function findUnclosedQuote(text: string, offset: number): number | undefined {
	const lines = text.slice(0, offset).split('\n');
	let lineStart = offset - lines.at(-1)!.length;
	for (let i = lines.length - 1; i >= 0; i--) {
		const line = lines[i]!;
		const match = /^(\s*(?:-\s+)?[^#"']*?:\s+|\s*-\s+)(["'])/.exec(line);
		if (match && line.split(match[2]!).length % 2 === 0) return lineStart + match[1]!.length;
		lineStart -= (lines[i - 1]?.length ?? 0) + 1;
	}
	return undefined;
}

/** The yaml package appends source excerpts; authors get those from file:line already. */
export function cleanYamlMessage(message: string): string {
	return message
		.split('\n')[0]!
		.replace(/ at line \d+, column \d+:?$/, '')
		.trim();
}
