/**
 * Turns a zod schema into a JSON Schema for editors (the YAML language server
 * in VS Code and others) and annotates it with the JSDoc descriptions.
 *
 * The target is draft-07: every version of the YAML language server supports
 * it, and the schemas need nothing newer.
 */
import { z } from 'zod';
import { allowedIds, BUILT_IN, type Vocabulary } from '../domain/vocabulary/index.ts';
import { vocabularyListOf } from '../domain/vocabulary/check.ts';
import { formatFieldPath, ITEMS, VALUES, type FieldPath } from './field-path.ts';

/** A JSON Schema node, as plain JSON. */
export type JsonSchema = { [key: string]: unknown };

export interface BuildOptions {
	/** `$id` of the schema, e.g. `https://kodex.local/schema/guideline.json`. */
	id: string;
	/** Short title shown by editors. */
	title: string;
	/** Description of the whole file. */
	description: string;
	/** JSDoc text per field path (see `formatFieldPath`). */
	fields: ReadonlyMap<string, string>;
	/** The merged vocabulary whose ids become the `enum` of vocabulary fields; default: the built-in one. */
	vocabulary?: Vocabulary;
}

/**
 * zod metadata keys that are not JSON Schema keywords, renamed to an `x-` extension
 * keyword so that no validator mistakes them for standard ones.
 */
const RENAMED_META: Readonly<Record<string, string>> = {
	ref: 'x-kodex-ref',
	vocabulary: 'x-kodex-vocabulary',
};

/** Keywords whose value is a schema that describes no property (keys, conditions). */
const SUBSCHEMA_KEYS = new Set(['propertyNames', 'not', 'contains', 'if', 'then', 'else']);
const NO_FIELDS: ReadonlyMap<string, string> = new Map();

/** Builds the annotated JSON Schema for one zod schema (the input side: what authors write). */
export function buildJsonSchema(schema: z.ZodType, options: BuildOptions): JsonSchema {
	const generated = z.toJSONSchema(schema, {
		target: 'draft-07',
		io: 'input',
		unrepresentable: 'throw',
		// A vocabulary field allows exactly the entries of the merged list.
		override: (ctx) => {
			const list = vocabularyListOf(ctx.zodSchema as unknown as z.ZodType);
			if (list) ctx.jsonSchema.enum = allowedIds(options.vocabulary ?? BUILT_IN, list);
		},
	}) as JsonSchema;
	const { $schema, ...rest } = generated;
	const annotated = annotate(rest, [], options.fields);
	return {
		$schema,
		$id: options.id,
		title: options.title,
		description: options.description,
		...annotated,
	};
}

/**
 * Returns a copy of `node` in which every property carries the description
 * found for its path, placed first so the files read well.
 */
function annotate(
	node: JsonSchema,
	at: FieldPath,
	fields: ReadonlyMap<string, string>,
): JsonSchema {
	const out: JsonSchema = {};
	for (const [key, value] of Object.entries(node)) {
		const name = RENAMED_META[key] ?? key;
		if (key === 'properties' && isSchema(value)) {
			const props: JsonSchema = {};
			for (const [prop, sub] of Object.entries(value)) {
				if (!isSchema(sub)) {
					props[prop] = sub;
					continue;
				}
				const path = [...at, prop];
				const text = fields.get(formatFieldPath(path));
				const annotated = annotate(sub, path, fields);
				props[prop] = text
					? { description: text, markdownDescription: text, ...annotated }
					: annotated;
			}
			out[name] = props;
		} else if (key === 'items' && isSchema(value)) {
			out[name] = annotate(value, [...at, ITEMS], fields);
		} else if (key === 'additionalProperties' && isSchema(value)) {
			out[name] = annotate(value, [...at, VALUES], fields);
		} else if (SUBSCHEMA_KEYS.has(key) && isSchema(value)) {
			out[name] = annotate(value, at, NO_FIELDS);
		} else if ((key === 'anyOf' || key === 'oneOf' || key === 'allOf') && Array.isArray(value)) {
			out[name] = value.map((member) => (isSchema(member) ? annotate(member, at, fields) : member));
		} else {
			out[name] = value;
		}
	}
	return out;
}

/** Paths of properties that have no (or an empty) description, e.g. `items[].legalBasis[].law`. */
export function missingDescriptions(node: JsonSchema, at: FieldPath = []): string[] {
	const missing: string[] = [];
	const properties = node['properties'];
	if (isSchema(properties)) {
		for (const [prop, sub] of Object.entries(properties)) {
			if (!isSchema(sub)) continue;
			const path = [...at, prop];
			const description = sub['description'];
			if (typeof description !== 'string' || description.trim() === '') {
				missing.push(formatFieldPath(path));
			}
			missing.push(...missingDescriptions(sub, path));
		}
	}
	const items = node['items'];
	if (isSchema(items)) missing.push(...missingDescriptions(items, [...at, ITEMS]));
	const values = node['additionalProperties'];
	if (isSchema(values)) missing.push(...missingDescriptions(values, [...at, VALUES]));
	for (const key of ['anyOf', 'oneOf', 'allOf']) {
		const members = node[key];
		if (!Array.isArray(members)) continue;
		for (const member of members) {
			if (isSchema(member)) missing.push(...missingDescriptions(member, at));
		}
	}
	return [...new Set(missing)];
}

function isSchema(value: unknown): value is JsonSchema {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
