/**
 * The content loader for MDX bodies. Content collections exist only so that
 * `render(entry)` compiles a document's MDX body the way Astro's own glob
 * loader does; the pages take every document's data from the validated
 * handbook (src/astro/site.ts). So an entry holds no data, nothing is parsed
 * a second time and no file is read again: the digest comes from the model.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { DOC_TYPE_NAMES, DOC_TYPES, type DocType } from '../../schemas/index.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import type { Handbook } from '../lib/model/model.ts';
import { publishedDocs } from '../lib/site/model/docs.ts';
import type { ValidationResult } from '../lib/validate.ts';
import { getValidation, publicationOptions } from './cache.ts';
import { watchContent } from './validation.ts';

/** The document types with an MDX body, one content collection each (src/content.config.ts). */
export const BODY_TYPES = ['guideline', 'checklist', 'playbook'] as const;
export type BodyType = (typeof BODY_TYPES)[number];

const mdxTypes = DOC_TYPE_NAMES.filter((type) => DOC_TYPES[type].format === 'mdx');
if (mdxTypes.join() !== BODY_TYPES.join()) {
	throw new Error(
		`Kodex: BODY_TYPES (${BODY_TYPES.join(', ')}) must list the MDX types of schemas/index.ts (${mdxTypes.join(', ')}).`,
	);
}

export function isBodyType(type: DocType): type is BodyType {
	return (BODY_TYPES as readonly DocType[]).includes(type);
}

function toPosix(p: string): string {
	return p.split(path.sep).join('/');
}

/** Absolute path of a model file (`content/guidelines/x.mdx`, relative to the repository root). */
export function absoluteFile(handbook: Handbook, file: string): string {
	return path.join(handbook.contentDir, path.relative(handbook.contentRel, file));
}

function syncBodies(type: BodyType, result: ValidationResult, ctx: LoaderContext): void {
	const { store, generateDigest, config } = ctx;
	const root = fileURLToPath(config.root);
	const keep = new Set<string>();
	for (const doc of publishedDocs(result.handbook, publicationOptions())) {
		if (doc.type !== type) continue;
		const id = doc.data.id;
		keep.add(id);
		const filePath = toPosix(path.relative(root, absoluteFile(result.handbook, doc.file)));
		const digest = generateDigest(`${filePath}\n${JSON.stringify(doc.raw)}\n${doc.body ?? ''}`);
		const existing = store.get(id);
		if (existing && existing.digest === digest && existing.filePath === filePath) {
			store.addModuleImport(filePath);
			continue;
		}
		store.set({
			id,
			data: {},
			...(doc.body === undefined ? {} : { body: doc.body }),
			filePath,
			digest,
			deferredRender: true,
		});
	}
	for (const key of store.keys()) if (!keep.has(key)) store.delete(key);
}

/** Loader for the MDX bodies of one document type. */
export function bodyLoader(type: BodyType): Loader {
	return {
		name: `kodex-${type}`,
		load: async (ctx) => {
			const { abs } = resolveContentDir();
			const run = async () => syncBodies(type, await getValidation(abs), ctx);
			await run();
			if (ctx.watcher) watchContent(ctx.watcher, abs, ctx.logger, ctx.collection, run);
		},
	};
}
