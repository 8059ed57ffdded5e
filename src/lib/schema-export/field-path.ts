/**
 * Field paths shared by the JSDoc collector and the JSON Schema annotator, so
 * that both sides of the parallel walk name a field the same way.
 */

/** Path segment for the elements of an array. */
export const ITEMS = '[]';
/** Path segment for the values of a record (an object with free keys). */
export const VALUES = '*';

/** A path through a schema: property names, {@link ITEMS} and {@link VALUES}. */
export type FieldPath = readonly string[];

/** Formats a field path the way authors read it: `items[].legalBasis[].law`, `raci[].roles.*`. */
export function formatFieldPath(path: FieldPath): string {
	let out = '';
	for (const seg of path) {
		if (seg === ITEMS) out += ITEMS;
		else out += out ? `.${seg}` : seg;
	}
	return out || '(root)';
}
