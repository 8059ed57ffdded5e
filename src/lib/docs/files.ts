/**
 * The generated files under docs/: the authoring guide in each language and the
 * JSON Schemas the editor settings (.vscode/settings.json) point at. Formatted
 * with the project's prettier settings, so `npm run lint` accepts them as written.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocType } from '../../../schemas/index.ts';
import { ruleCatalog } from '../rules/catalog.ts';
import type { JsonSchema } from '../schema-export/json-schema.ts';
import { authoringGuide, type GuideLanguage } from './authoring.ts';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Folder of the committed JSON Schemas, relative to the repository root. */
export const SCHEMA_DIR = 'docs/schema';

const LANGUAGES: GuideLanguage[] = ['en', 'de'];

/** Every generated file: path relative to the repository root → content. */
export async function renderDocFiles(): Promise<Map<string, string>> {
	const [{ generateSchemas }, { defaultsSchemas }, prettier] = await Promise.all([
		import('../schema-export/export.ts'),
		import('../schema-export/defaults-schemas.ts'),
		import('prettier'),
	]);
	const generated = generateSchemas();
	const files = new Map<string, string>();
	const schemas = new Map<DocType, JsonSchema>();
	for (const { target, json } of generated) {
		files.set(`${SCHEMA_DIR}/${target.name}.json`, JSON.stringify(json));
		if (target.name !== 'handbook') schemas.set(target.name as DocType, json);
	}
	// Folder defaults: their files' schema and documents that a folder default completes.
	for (const { target, json } of defaultsSchemas(generated))
		files.set(`${SCHEMA_DIR}/${target.name}.json`, JSON.stringify(json));
	const rules = ruleCatalog();
	for (const lang of LANGUAGES)
		files.set(`docs/authoring.${lang}.md`, authoringGuide({ schemas, rules }, lang));
	for (const [rel, text] of files) {
		const file = path.join(REPO_ROOT, rel);
		const options = (await prettier.resolveConfig(file)) ?? {};
		files.set(rel, await prettier.format(text, { ...options, filepath: file }));
	}
	return files;
}
