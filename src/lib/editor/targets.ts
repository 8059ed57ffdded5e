/**
 * The document types the editor offers, with their JSON Schema: taken from
 * the JSON Schema export, so the editor follows whatever it exports
 * (descriptions from the JSDoc, enums, references, vocabularies).
 */
import { generateSchemas } from '../schema-export/export.ts';
import type { EditorTarget } from './types.ts';

let cached: EditorTarget[] | undefined;

/** Every document type and the handbook configuration; computed once per process (about a second). */
export function editorTargets(): EditorTarget[] {
	cached ??= generateSchemas().map(({ target, json }) => ({
		name: target.name,
		format: target.format,
		pattern: target.pattern,
		json,
	}));
	return cached;
}
