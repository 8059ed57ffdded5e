/**
 * Content loaders that take documents from the validated handbook model, so
 * the site shows exactly what the validator accepted. One loader per document
 * type plus one for handbook.yaml. MDX documents are stored with
 * `deferredRender` and their file path, which lets `render(entry)` compile
 * the MDX body the way Astro's own glob loader does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { DOC_TYPES, HANDBOOK_FILE, type DocType } from '../../schemas/index.ts';
import { resolveContentDir } from '../lib/content-dir.ts';
import type { Handbook } from '../lib/model.ts';
import { confidentialMode, isPublished } from '../lib/publication.ts';
import type { ValidationResult } from '../lib/validate.ts';
import { getCommand, getValidation, watchContent } from './validation.ts';

/**
 * Drafts appear in the dev preview and in preview builds (`KODEX_DRAFTS=1 npm run build`,
 * e.g. for a review deployment); normal production builds never store them.
 */
export function includeDrafts(env: NodeJS.ProcessEnv = process.env): boolean {
	if (env['KODEX_DRAFTS'] === '1') return true;
	const command = getCommand();
	if (command) return command === 'dev';
	return !import.meta.env.PROD;
}

function toPosix(p: string): string {
	return p.split(path.sep).join('/');
}

/** Absolute path of a model file (`content/guidelines/x.mdx`, relative to the repository root). */
export function absoluteFile(handbook: Handbook, file: string): string {
	return path.join(handbook.contentDir, path.relative(handbook.contentRel, file));
}

async function syncDocuments(
	type: DocType,
	result: ValidationResult,
	ctx: LoaderContext,
): Promise<void> {
	const { store, parseData, generateDigest, config } = ctx;
	const root = fileURLToPath(config.root);
	const publication = { includeDrafts: includeDrafts(), confidential: confidentialMode() };
	const deferredRender = DOC_TYPES[type].format === 'mdx';
	const keep = new Set<string>();
	for (const doc of result.handbook.docs) {
		if (doc.type !== type || doc.data === undefined) continue;
		if (!isPublished(doc.data, publication)) continue;
		const id = doc.data.id;
		if (keep.has(id)) continue; // duplicate ids are reported by the validator
		keep.add(id);
		const abs = absoluteFile(result.handbook, doc.file);
		const filePath = toPosix(path.relative(root, abs));
		const source = await readFile(abs, 'utf8');
		const digest = generateDigest(`${filePath}\n${source}`);
		const existing = store.get(id);
		if (existing && existing.digest === digest && existing.filePath === filePath) {
			if (existing.deferredRender) store.addModuleImport(filePath);
			continue;
		}
		const data = await parseData({ id, data: doc.data as Record<string, unknown>, filePath: abs });
		store.set({
			id,
			data,
			...(doc.body === undefined ? {} : { body: doc.body }),
			filePath,
			digest,
			...(deferredRender ? { deferredRender: true } : {}),
		});
	}
	for (const key of store.keys()) if (!keep.has(key)) store.delete(key);
}

async function syncHandbook(result: ValidationResult, ctx: LoaderContext): Promise<void> {
	const { store, parseData, generateDigest, config } = ctx;
	const source = result.handbook.config;
	if (!source?.data) {
		store.clear();
		return;
	}
	const abs = path.join(result.handbook.contentDir, HANDBOOK_FILE);
	const filePath = toPosix(path.relative(fileURLToPath(config.root), abs));
	const digest = generateDigest({ filePath, data: source.data });
	if (store.get('handbook')?.digest === digest) return;
	const data = await parseData({
		id: 'handbook',
		data: source.data as Record<string, unknown>,
		filePath: abs,
	});
	store.set({ id: 'handbook', data, filePath, digest });
}

function createLoader(
	name: string,
	sync: (result: ValidationResult, ctx: LoaderContext) => Promise<void>,
): Loader {
	return {
		name,
		load: async (ctx) => {
			const { abs } = resolveContentDir();
			const run = async () => sync(await getValidation(abs), ctx);
			await run();
			if (ctx.watcher) watchContent(ctx.watcher, abs, ctx.logger, ctx.collection, run);
		},
	};
}

/** Loader for the documents of one type. */
export function kodexLoader(type: DocType): Loader {
	return createLoader(`kodex-${type}`, (result, ctx) => syncDocuments(type, result, ctx));
}

/** Loader for handbook.yaml: one entry with id `handbook`. */
export function handbookLoader(): Loader {
	return createLoader('kodex-handbook', syncHandbook);
}
