/**
 * The placeholder marker `npm run new` writes into every text an author still
 * has to write. TODO-001 finds it again, so a half-filled document can never be
 * published by accident.
 */

/** The marker, e.g. `title: "TODO: the title readers see"`. */
const TODO = 'TODO';

/** Matches the marker as a word anywhere in a text, e.g. in a URL `https://example.com/TODO`. */
export const TODO_PATTERN = /\bTODO\b/;

/** A placeholder text: the marker plus what to write instead. */
export function todo(hint: string): string {
	return `${TODO}: ${hint}`;
}
