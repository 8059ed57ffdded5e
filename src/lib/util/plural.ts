/** English plurals for the messages of `npm run check` and `npm run review` (regular nouns only). */

/** `noun` for one, `nouns` for any other count. */
export function pluralNoun(noun: string, n: number): string {
	return n === 1 ? noun : `${noun}s`;
}

/** "1 day" / "3 days". */
export function plural(n: number, word: string): string {
	return `${n} ${pluralNoun(word, n)}`;
}
