/**
 * YAML parsing that keeps source positions, so every diagnostic can point at
 * a line and column. Used for YAML documents, handbook.yaml and MDX frontmatter.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { DataPath, Position } from '../diagnostics/diagnostics.ts';
import type { SourceLocator } from '../model/model.ts';
import { findTooDeep, MAX_ALIASES, MAX_NESTING } from './yaml-limits.ts';
import {
	cleanYamlMessage,
	commaInFlowMapping,
	explain,
	parserMessageDe,
	type YamlProblem,
} from './yaml-problems.ts';

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
	return { data, problems: [], locate: lazyLocator(text, lineOffset) };
}

/** A locator of well-formed YAML that builds the position-keeping tree on first use. */
export function lazyLocator(text: string, lineOffset = 0): SourceLocator {
	let full: SourceLocator | undefined;
	const locate = () => (full ??= parseWithPositions(text, lineOffset).locate);
	return { value: (path) => locate().value(path), key: (path) => locate().key(path) };
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
