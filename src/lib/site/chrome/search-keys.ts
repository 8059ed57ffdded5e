/**
 * Pure helpers of the search dialog's client (src/client/search-ui.ts): where
 * the arrow keys move focus between the search field and the result links,
 * and the type badge of a result in the page's language. No imports: this
 * ships in the lazily loaded search bundle.
 */

/** Position in the dialog: -1 is the search field, 0 … n-1 the result links. */
export type ResultPosition = number;

/**
 * Where `key` moves focus from `current` with `count` results; undefined when
 * the key is not ours (the browser keeps its default: caret keys in the field,
 * Tab, typing). ArrowDown from the field enters the list, ArrowUp from the first
 * result returns to the field; Home and End jump within the list. No wrapping.
 */
export function moveInResults(
	current: ResultPosition,
	key: string,
	count: number,
): ResultPosition | undefined {
	if (count <= 0 || current >= count) return undefined;
	const inList = current >= 0;
	switch (key) {
		case 'ArrowDown':
			return inList ? Math.min(current + 1, count - 1) : 0;
		case 'ArrowUp':
			return inList ? current - 1 : undefined;
		case 'Home':
			return inList ? 0 : undefined;
		case 'End':
			return inList ? count - 1 : undefined;
		default:
			return undefined;
	}
}

/** One option of the dialog's type filter: its label in the page's language and its values (`a|b`). */
export interface TypeOption {
	label: string;
	value: string;
}

/**
 * The type badge of a result in the page's language. Pagefind returns the
 * label the result's page wrote (`Checkliste` on a German page); the type
 * filter's options carry every language's label, so an English page shows
 * `Checklist`. Unknown labels are shown as they are.
 */
export function typeBadge(label: string, options: readonly TypeOption[], separator = '|'): string {
	const option = options.find((o) => o.value.split(separator).includes(label));
	return option?.label ?? label;
}
