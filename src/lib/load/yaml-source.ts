/**
 * YAML parsing that keeps source positions, so every diagnostic can point at
 * a line and column. Used for YAML documents, handbook.yaml and MDX frontmatter.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import {
	isMap,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Node,
	type Pair,
	type Scalar,
} from 'yaml';
import type { DataPath, Position, Wording } from '../diagnostics/diagnostics.ts';
import type { SourceLocator } from '../model/model.ts';
import { findTooDeep, MAX_ALIASES, MAX_NESTING } from './yaml-limits.ts';

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

export interface ParsedYaml {
	/** The data, or undefined when the YAML could not be parsed. */
	data: unknown;
	problems: YamlProblem[];
	locate: SourceLocator;
}

/**
 * Parses YAML text. `lineOffset` shifts reported lines, for YAML embedded in a
 * larger file (MDX frontmatter).
 *
 * Two paths, one result. The `yaml` package keeps source positions and explains
 * mistakes, but building its document tree is about ten times slower than
 * reading the data alone, and it took a third or more of `check` on large
 * handbooks. So a well-formed mapping in plain YAML is read with js-yaml's YAML
 * 1.2 core schema, and the position-keeping tree is built only when a
 * diagnostic asks where a value is. Anything else — a syntax error, a duplicate
 * key, anchors, aliases, tags, merge keys, a scalar the two libraries might read
 * differently — takes the full path, which decides and explains.
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
	const deep = findTooDeep(text);
	if (deep) {
		const at = { line: deep.line + lineOffset, column: deep.column };
		return {
			data: undefined,
			problems: [
				{
					...at,
					message: `it is nested more than ${MAX_NESTING} levels deep here; handbook files need only a few levels, so this file looks generated or damaged`,
					expected: `at most ${MAX_NESTING} levels of lists and mappings inside each other`,
					fix: 'Restore the file from git (git checkout -- <file>) or rewrite it by hand.',
					de: {
						message: `es ist hier mehr als ${MAX_NESTING} Ebenen tief verschachtelt; Handbuchdateien brauchen nur wenige Ebenen, die Datei sieht erzeugt oder beschädigt aus`,
						expected: `höchstens ${MAX_NESTING} Ebenen von Listen und Feldgruppen ineinander`,
						fix: 'Die Datei aus git wiederherstellen (git checkout -- <datei>) oder von Hand neu schreiben.',
					},
				},
			],
			locate: { value: () => at, key: () => at },
		};
	}
	const data = readPlainYaml(text);
	if (data === undefined) return parseWithPositions(text, lineOffset);
	let full: SourceLocator | undefined;
	const locate = () => (full ??= parseWithPositions(text, lineOffset).locate);
	return {
		data,
		problems: [],
		locate: { value: (path) => locate().value(path), key: (path) => locate().key(path) },
	};
}

/**
 * Texts the fast path leaves to the full parser: anchors (`&`), aliases (`*`),
 * tags (`!`), merge keys (`<<`), and plain scalars whose type the YAML versions
 * and libraries disagree on: numbers with `_`, `0b`/`0o`/`0x` prefixes, leading
 * `+` or `.`, sexagesimal `1:30` style values, `null` or `~` as a key, and flow
 * mappings (`{ … }`), where an unquoted comma splits a text into fields and the
 * full parser explains it.
 */
const NEEDS_FULL_PARSER =
	/[&*!]|<<|\d_\d|\b0[box]|[\s:[,-]\+\d|[\s:[,-]\.\d|\d:\d|(?:^|[\s{,-])(?:null|Null|NULL|~)\s*:|(?:^|[:,[-])[ \t]*\{/m;

/** The data of a plain YAML mapping, or undefined when the full parser must decide. */
function readPlainYaml(text: string): Record<string, unknown> | undefined {
	if (NEEDS_FULL_PARSER.test(text)) return undefined;
	try {
		const data = loadYaml(text, { schema: CORE_SCHEMA });
		return data !== null && typeof data === 'object' && !Array.isArray(data)
			? (data as Record<string, unknown>)
			: undefined;
	} catch {
		return undefined;
	}
}

/** The full path alone: the position-keeping tree, and every problem explained. */
export function parseWithPositions(text: string, lineOffset = 0): ParsedYaml {
	const lineCounter = new LineCounter();
	// YAML 1.2 core schema: dates stay strings, `no` stays a string, keys must be unique.
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number): Position => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line + lineOffset, column: pos.col };
	};
	const problems: YamlProblem[] = [];
	for (const err of doc.errors) {
		const problem = explain(text, err.code, err.message, err.pos[0], at);
		// The parser often reports one mistake several times at the same place.
		if (!problems.some((p) => p.line === problem.line)) problems.push(problem);
	}
	if (problems.length === 0) problems.push(...commaInFlowMapping(doc, at));
	let data: unknown;
	if (problems.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: MAX_ALIASES });
		} catch (err) {
			const aliases = /alias count/i.test(String(err));
			const message = cleanYamlMessage(String(err));
			problems.push({
				line: 1 + lineOffset,
				column: 1,
				message: aliases
					? 'its anchors and aliases (&name, *name) expand to far too much data'
					: message,
				...(aliases
					? {
							expected: `at most ${MAX_ALIASES} uses of aliases (*name) in one file`,
							fix: 'Write the repeated values out instead of using anchors and aliases.',
						}
					: {}),
				de: aliases
					? {
							message: 'seine Anker und Aliase (&name, *name) ergeben viel zu viele Daten',
							expected: `höchstens ${MAX_ALIASES} Verwendungen von Aliasen (*name) in einer Datei`,
							fix: 'Die wiederholten Werte ausschreiben, statt Anker und Aliase zu verwenden.',
						}
					: { message: parserMessageDe(message) },
			});
		}
	}
	const start = { line: 1 + lineOffset, column: 1 };
	return {
		data,
		problems,
		locate: {
			value: (path) => position(walk(doc.contents as Node | null, path), 'value', at) ?? start,
			key: (path) => position(walk(doc.contents as Node | null, path), 'key', at) ?? start,
		},
	};
}

interface Walked {
	/** Deepest node reached. */
	node: Node | null;
	/** Key node of the last pair passed through. */
	keyNode: Node | null;
	/** Whether the whole path was found. */
	complete: boolean;
}

function walk(root: Node | null, path: DataPath): Walked {
	let node = root;
	let keyNode: Node | null = null;
	for (let i = 0; i < path.length; i++) {
		const seg = path[i];
		if (isMap(node)) {
			const pair = (node.items as Pair[]).find((p) => keyText(p.key) === String(seg));
			if (!pair) return { node, keyNode, complete: false };
			keyNode = (pair.key as Node) ?? keyNode;
			if (pair.value === null || pair.value === undefined) {
				return { node: keyNode, keyNode, complete: i === path.length - 1 };
			}
			node = pair.value as Node;
		} else if (isSeq(node) && typeof seg === 'number') {
			const item = node.items[seg] as Node | undefined;
			if (!item) return { node, keyNode, complete: false };
			node = item;
			keyNode = null;
		} else {
			return { node, keyNode, complete: false };
		}
	}
	return { node, keyNode, complete: true };
}

function position(
	walked: Walked,
	want: 'key' | 'value',
	at: (offset: number) => Position,
): Position | undefined {
	const target = want === 'key' && walked.complete && walked.keyNode ? walked.keyNode : walked.node;
	const fallback = walked.keyNode ?? walked.node;
	const range = target?.range ?? fallback?.range;
	return range ? at(range[0]) : undefined;
}

function keyText(key: unknown): string {
	if (isScalar(key)) return String(key.value);
	return String(key);
}

/** Turns a parser error into a position and message that point at the author's actual mistake. */
function explain(
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
function parserMessageDe(message: string): string {
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
function commaInFlowMapping(
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
function cleanYamlMessage(message: string): string {
	return message
		.split('\n')[0]!
		.replace(/ at line \d+, column \d+:?$/, '')
		.trim();
}
