/**
 * The Kodex Astro integration:
 * - validates the handbook before anything renders; a build with errors (or
 *   warnings under strict) prints the same report as `npm run check` and exits
 *   with code 1; dev logs the report and keeps serving;
 * - builds the Pagefind search index once the pages are written, and writes
 *   kodex-manifest.json (documents, versions, approvals, hashes, commits).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveContentDir } from '../lib/content-dir.ts';
import { copyDecap, editorMiddleware, hostedBackend } from './editor/server.ts';
import { writeManifest } from './manifest.ts';
import { buildSearchIndex, SearchIndexError } from './pagefind.ts';
import {
	failsBuild,
	getValidation,
	invalidateValidation,
	report,
	setCommand,
} from './validation.ts';

export default function kodex(): AstroIntegration {
	return {
		name: 'kodex',
		hooks: {
			'astro:config:setup': async ({ command, isRestart, logger, injectRoute }) => {
				setCommand(command);
				if (command === 'preview') return;
				// The browser editor: in dev, or in a build that names its git host (docs/editor.md).
				if (command === 'dev' || (command === 'build' && hostedBackend())) {
					const entrypoint = new URL('./editor/admin.astro', import.meta.url);
					injectRoute({ pattern: '/admin', entrypoint, prerender: true });
				}
				const { abs, rel } = resolveContentDir();
				if (isRestart) invalidateValidation(abs);
				const result = await getValidation(abs);
				const problems = result.errors.length + result.warnings.length;
				if (command === 'build' && failsBuild(result)) {
					const color = Boolean(process.stderr.isTTY) && !process.env['NO_COLOR'];
					process.stderr.write(report(result, process.env, color));
					process.stderr.write(`\nThe handbook in "${rel}" is not valid; nothing was built.\n`);
					process.exit(1);
				}
				if (problems > 0) logger.warn(`\n${report(result)}`);
				else logger.info(`Handbook in "${rel}" is valid (${result.fileCount} files).`);
			},
			'astro:server:setup': async ({ server }) => {
				server.middlewares.use(await editorMiddleware(resolveContentDir().abs));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const started = performance.now();
				try {
					if (hostedBackend()) await copyDecap(distDir);
					const stats = await buildSearchIndex(distDir);
					const ms = Math.round(performance.now() - started);
					logger.info(`Search index: ${stats.pageCount} pages indexed in ${ms} ms.`);
					const { handbook } = await getValidation(resolveContentDir().abs);
					const documents = await writeManifest(handbook, distDir);
					logger.info(`Manifest: ${documents} documents in kodex-manifest.json.`);
				} catch (err) {
					const message =
						err instanceof SearchIndexError
							? err.message
							: `Finishing the build failed: ${String((err as Error)?.message ?? err)}`;
					process.stderr.write(`${message}\n`);
					process.exit(1);
				}
			},
		},
	};
}
