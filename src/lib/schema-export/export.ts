/**
 * The JSON Schema export: one file per document type plus one for
 * `handbook.yaml`, each annotated with the JSDoc descriptions of
 * `schemas/*.ts`, and the `# yaml-language-server` line an author adds to use it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import * as schemaModule from '../../../schemas/index.ts';
import {
	DOC_TYPES,
	DOC_TYPE_NAMES,
	HANDBOOK_FILE,
	handbookSchema,
} from '../../../schemas/index.ts';
import type { Vocabulary } from '../domain/vocabulary/index.ts';
import { collectSchemaDocs } from './jsdoc.ts';
import { buildJsonSchema, missingDescriptions, type JsonSchema } from './json-schema.ts';

/** Base of every `$id`. Only an identifier: nothing is ever fetched from it. */
const SCHEMA_ID_BASE = 'https://kodex.local/schema/';

/** The module that exports every schema; its types carry the JSDoc. */
const SCHEMAS_MODULE = fileURLToPath(new URL('../../../schemas/index.ts', import.meta.url));

/** One schema file to write. */
export interface SchemaTarget {
	/** File name without `.json`: a document type or `handbook`. */
	name: string;
	/** `mdx`: the schema covers the frontmatter; `yaml`: the whole file. */
	format: 'mdx' | 'yaml';
	/** Files it covers, relative to the content folder, e.g. `guidelines/*.mdx`. */
	pattern: string;
	schema: z.ZodType;
}

/** A generated schema, not yet written. */
export interface GeneratedSchema {
	target: SchemaTarget;
	json: JsonSchema;
	/** Properties without a JSDoc description, e.g. `items[].group`. Empty when complete. */
	missing: string[];
}

/** Every document type in registry order, then the handbook configuration. */
export function schemaTargets(): SchemaTarget[] {
	const docs = DOC_TYPE_NAMES.map((type): SchemaTarget => {
		const { folder, format, schema } = DOC_TYPES[type];
		return { name: type, format, pattern: `${folder}/*.${format}`, schema };
	});
	return [
		...docs,
		{ name: 'handbook', format: 'yaml', pattern: HANDBOOK_FILE, schema: handbookSchema },
	];
}

/** Name under which `schema` is exported from `schemas/index.ts`, found by identity. */
function exportNameOf(schema: z.ZodType): string {
	const found = Object.entries(schemaModule).find(([, value]) => value === schema);
	if (!found) throw new Error('a schema in DOC_TYPES is not exported from schemas/index.ts');
	return found[0];
}

/** Builds the annotated JSON Schema of every target. Reading the JSDoc takes about a second. */
export function generateSchemas(
	idBase: string = SCHEMA_ID_BASE,
	vocabulary?: Vocabulary,
): GeneratedSchema[] {
	const targets = schemaTargets();
	const names = targets.map((t) => exportNameOf(t.schema));
	const docs = collectSchemaDocs(SCHEMAS_MODULE, names);
	return targets.map((target, i) => {
		const found = docs.get(names[i] ?? '');
		const covers =
			target.format === 'mdx'
				? `Describes the YAML frontmatter of \`${target.pattern}\` in the content folder.`
				: `Describes \`${target.pattern}\` in the content folder.`;
		const json = buildJsonSchema(target.schema, {
			id: `${idBase}${target.name}.json`,
			title: titleOf(target),
			description: [found?.fileDoc, covers].filter(Boolean).join(' '),
			fields: found?.fields ?? new Map(),
			...(vocabulary ? { vocabulary } : {}),
		});
		return { target, json, missing: missingDescriptions(json) };
	});
}

function titleOf(target: SchemaTarget): string {
	if (target.name === 'handbook') return 'Kodex handbook configuration';
	return target.format === 'mdx' ? `Kodex ${target.name} frontmatter` : `Kodex ${target.name}`;
}

/** Writes `<name>.json` for every schema into `outDir` (created when missing); returns the paths. */
export async function writeSchemas(
	schemas: readonly GeneratedSchema[],
	outDir: string,
): Promise<string[]> {
	await mkdir(outDir, { recursive: true });
	const files: string[] = [];
	for (const { target, json } of schemas) {
		const file = path.join(outDir, `${target.name}.json`);
		await writeFile(file, `${JSON.stringify(json, null, '\t')}\n`);
		files.push(file);
	}
	return files;
}

/**
 * The comment line that links a file matching `target.pattern` to its schema,
 * with a path relative to that file (how the YAML language server resolves it).
 */
export function modeline(target: SchemaTarget, schemaFile: string, contentDir: string): string {
	const fileDir = path.dirname(path.join(contentDir, target.pattern));
	const rel = path.relative(fileDir, schemaFile).split(path.sep).join('/');
	return `# yaml-language-server: $schema=${rel.startsWith('.') ? rel : `./${rel}`}`;
}
