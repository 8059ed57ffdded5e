/** A word-level diff of prose (an MDX body), as plain parts the site can render. Pure. */
import { diffWordsWithSpace } from 'diff';

export interface ProsePart {
	type: 'equal' | 'added' | 'removed';
	/** The text, whitespace and line breaks included. */
	text: string;
}

export interface ProseDiff {
	/** False when the texts are the same (line endings and trailing space aside). */
	changed: boolean;
	parts: ProsePart[];
	addedWords: number;
	removedWords: number;
}

const normalise = (text: string | undefined) =>
	(text ?? '')
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t]+$/gm, '')
		.trim();

const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** Diffs two bodies word by word; `undefined` counts as an empty text. */
export function diffProse(oldText: string | undefined, newText: string | undefined): ProseDiff {
	const a = normalise(oldText);
	const b = normalise(newText);
	if (a === b)
		return {
			changed: false,
			parts: a ? [{ type: 'equal', text: a }] : [],
			addedWords: 0,
			removedWords: 0,
		};
	const parts: ProsePart[] = [];
	let addedWords = 0;
	let removedWords = 0;
	for (const change of diffWordsWithSpace(a, b)) {
		const type = change.added ? 'added' : change.removed ? 'removed' : 'equal';
		if (type === 'added') addedWords += words(change.value);
		if (type === 'removed') removedWords += words(change.value);
		const last = parts.at(-1);
		if (last?.type === type) last.text += change.value;
		else parts.push({ type, text: change.value });
	}
	return { changed: true, parts, addedWords, removedWords };
}
