/**
 * JSON Schemas for folder defaults (src/lib/load/defaults.ts), derived from the
 * exported document schemas so that zod stays the one source:
 *
 * - `<type>.defaults.json` describes a `_defaults.yaml` in a folder of that type:
 *   the type's fields with their descriptions and allowed values, every one
 *   optional, without the fields that name one document (`id`, `title`,
 *   `translationOf`), and nothing else (an unknown key is flagged, as DEF-001 does).
 * - `<type>.defaulted.json` describes a document in a folder that has defaults:
 *   the document schema in which the fields a default may supply are not
 *   required, so the editor does not underline a field the folder gives it.
 *   `npm run check` still reports a field that neither the document nor a
 *   default sets.
 */
import { DOC_TYPES, DOC_TYPE_NAMES, type DocType } from '../../../schemas/index.ts';
import { DEFAULTS_FILE, defaultableFields, NOT_DEFAULTABLE } from '../load/defaults.ts';
import type { GeneratedSchema } from './export.ts';
import type { JsonSchema } from './json-schema.ts';

/** The two derived schemas of every document type, from the export's own. */
export function defaultsSchemas(generated: readonly GeneratedSchema[]): GeneratedSchema[] {
	const out: GeneratedSchema[] = [];
	for (const type of DOC_TYPE_NAMES) {
		const source = generated.find((g) => g.target.name === type);
		if (!source) continue;
		const { folder, format, schema } = DOC_TYPES[type];
		const json = source.json;
		const id = String(json['$id']);
		out.push({
			target: {
				name: `${type}.defaults`,
				format: 'yaml',
				pattern: `${folder}/**/${DEFAULTS_FILE}`,
				schema,
			},
			json: defaultsFileSchema(type, json, id.replace(/\.json$/, '.defaults.json')),
			missing: [],
		});
		out.push({
			target: { name: `${type}.defaulted`, format, pattern: `${folder}/*.${format}`, schema },
			json: defaultedDocumentSchema(type, json, id.replace(/\.json$/, '.defaulted.json')),
			missing: [],
		});
	}
	return out;
}

function defaultsFileSchema(type: DocType, json: JsonSchema, id: string): JsonSchema {
	const { required: _required, properties, ...rest } = json;
	const fields = defaultableFields(type);
	const kept = Object.fromEntries(
		Object.entries((properties ?? {}) as JsonSchema).filter(
			([key]) => fields.includes(key) && !NOT_DEFAULTABLE.includes(key),
		),
	);
	return {
		...rest,
		$id: id,
		title: `Kodex ${type} folder defaults`,
		description: `Describes \`${DEFAULTS_FILE}\` in a folder of ${type} documents: the fields every document of the folder (and its subfolders) takes unless it sets them itself. All optional; ${NOT_DEFAULTABLE.join(', ')} name one document and cannot be defaults.`,
		properties: kept,
	};
}

function defaultedDocumentSchema(type: DocType, json: JsonSchema, id: string): JsonSchema {
	const fields = defaultableFields(type);
	const required = ((json['required'] ?? []) as string[]).filter((key) => !fields.includes(key));
	return {
		...json,
		$id: id,
		title: `${String(json['title'])} (folder with ${DEFAULTS_FILE})`,
		description: `${String(json['description'])} For documents in a folder with ${DEFAULTS_FILE}: fields a folder default can supply are not required here; \`npm run check\` reports any that neither the document nor a default sets.`,
		required,
	};
}
