/**
 * Limits that keep YAML parsing bounded in time and memory, checked before the parser runs:
 * a handbook file never needs more than a few levels of nesting, so a file nested deeper than
 * {@link MAX_NESTING} is refused with an author's message instead of exhausting the stack.
 * (Alias expansion is bounded by the parser's maxAliasCount, see yaml-source.ts.)
 */

/** Deepest nesting of lists and mappings accepted in one YAML text. */
export const MAX_NESTING = 64;

/** Most alias expansions (`*name`) accepted while reading one YAML text. */
export const MAX_ALIASES = 100;

export interface TooDeep {
	/** 1-based line and column where the limit was passed. */
	line: number;
	column: number;
}

/**
 * Where `text` first nests deeper than `limit`, or undefined. Counts open flow brackets
 * (`[`, `{`, outside quotes and comments) plus the block indentation levels of the line
 * (each deeper indentation, including a `- ` list item, opens a level). One pass, no recursion.
 */
export function findTooDeep(text: string, limit = MAX_NESTING): TooDeep | undefined {
	const indents: number[] = [];
	let flow = 0;
	let line = 1;
	let i = 0;
	const n = text.length;
	while (i < n) {
		// Start of a line: measure indentation (spaces, and "- " list markers, which nest too).
		let col = 0;
		let levels = 0;
		while (i < n && text[i] === ' ') (i++, col++);
		const content = i < n && text[i] !== '\n' && text[i] !== '\r' && text[i] !== '#';
		if (content && flow === 0) {
			while (indents.length > 0 && indents[indents.length - 1]! >= col) indents.pop();
			indents.push(col);
			while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
				levels++;
				i += 2;
				col += 2;
				while (text[i] === ' ') (i++, col++);
			}
			if (indents.length + levels > limit) return { line, column: col + 1 };
		}
		// The rest of the line: flow brackets outside quotes and comments.
		let quote: string | undefined;
		for (; i < n && text[i] !== '\n'; i++, col++) {
			const c = text[i]!;
			if (quote) {
				if (c === '\\' && quote === '"') (i++, col++);
				else if (c === quote) quote = undefined;
			} else if (c === '"' || c === "'") quote = c;
			else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) break;
			else if (c === '[' || c === '{') {
				flow++;
				if (flow + indents.length > limit) return { line, column: col + 1 };
			} else if ((c === ']' || c === '}') && flow > 0) flow--;
		}
		while (i < n && text[i] !== '\n') i++;
		i++;
		line++;
	}
	return undefined;
}
