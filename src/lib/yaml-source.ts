/**
 * YAML parsing that keeps source positions, so every diagnostic can point at
 * a line and column. Used for YAML documents, handbook.yaml and MDX frontmatter.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { DataPath, Position } from './diagnostics.ts';
import type { SourceLocator } from './model.ts';

export interface YamlProblem extends Position {
	message: string;
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
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
	const lineCounter = new LineCounter();
	// YAML 1.2 core schema: dates stay strings, `no` stays a string, keys must be unique.
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number): Position => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line + lineOffset, column: pos.col };
	};
	const problems: YamlProblem[] = doc.errors.map((err) => {
		// An unclosed quote is only noticed at the end of the file; point at the line that opened it.
		const opened =
			err.code === 'MISSING_CHAR' && /quote/i.test(err.message)
				? findUnclosedQuote(text, err.pos[0])
				: undefined;
		return { ...at(opened ?? err.pos[0]), message: cleanYamlMessage(err.message) };
	});
	let data: unknown;
	if (problems.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: 100 });
		} catch (err) {
			problems.push({ line: 1 + lineOffset, column: 1, message: cleanYamlMessage(String(err)) });
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
