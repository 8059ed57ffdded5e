/**
 * The Kodex Astro integration:
 * - validates the handbook before anything renders; a build with errors (or
 *   warnings under strict) prints the same report as `npm run check` and fails
 *   with an error Astro reports (exit code 1); dev logs the report, keeps serving
 *   and shows the errors in the browser (dev-problems.ts);
 * - the build wrapper (src/cli/build.ts) tells content errors (exit 1) from
 *   internal failures (exit 70, src/lib/diagnostics/exit-codes.ts);
 * - builds the Pagefind search index once the pages are written (or, under the
 *   build wrapper, leaves it to the wrapper: see {@link SEARCH_DEFERRED_ENV}), and writes
 *   kodex-manifest.json (documents, versions, approvals, hashes, commits), robots.txt and
 *   _headers (security headers for static hosts, src/lib/site/chrome/security-headers.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { buildSettings, sourceFingerprint, writeBuildStamp } from './build-stamp.ts';
import { DEV_PROBLEMS_SCRIPT, serveDevProblems } from './dev-problems.ts';
import { copyDecap, editorMiddleware, hostedBackend } from './editor/server.ts';
import { hostHeaders, ROBOTS_TXT } from '../lib/site/chrome/security-headers.ts';
import { writeManifest } from './manifest.ts';
import { placeLanguageNotFoundPages } from './not-found.ts';
import { buildSearchIndex, SearchIndexError } from './pagefind.ts';
import { getValidation, refresh, setCommand } from './cache.ts';
import { failsBuild, refusal, report } from './validation.ts';

/**
 * Set by the build wrapper (src/cli/build.ts) to a file path: the integration then writes
 * the search settings there instead of indexing, and the wrapper builds the index once this
 * process has ended, so Pagefind never runs beside the build's heap. `astro build` alone
 * (the tests, the benchmark's plain use) indexes here as before.
 */
const SEARCH_DEFERRED_ENV = 'KODEX_SEARCH_DEFERRED';

/** Tells the build wrapper (src/cli/build.ts) that the content, not Kodex, stopped the build. */
function markContentErrors(): void {
	const file = process.env['KODEX_BUILD_STATUS'];
	if (file) writeFileSync(file, 'content\n');
}

/**
 * An error Astro reports as it reports its own (a red `[AstroUserError]` line
 * and the hint) and then exits with code 1; without a stack trace, which would
 * only point into Kodex and mean nothing to the authors who read this.
 */
function authorError(message: string, hint?: string): AstroError {
	const error = new AstroError(message, hint);
	error.stack = '';
	return error;
}

export interface KodexOptions {
	/**
	 * Whether a build stops when the handbook has errors. Default true. Only the
	 * tests of the body sanitizer turn it off, to build a document full of
	 * refused constructs and prove that none of them reaches the site anyway.
	 */
	failOnErrors?: boolean;
}

export default function kodex(options: KodexOptions = {}): AstroIntegration {
	const failOnErrors = options.failOnErrors ?? true;
	let started = performance.now();
	/** What the build is made from, taken when it starts (see build-stamp.ts). */
	let fingerprint = '';
	return {
		name: 'kodex',
		hooks: {
			'astro:config:setup': async ({ command, isRestart, logger, injectScript, injectRoute }) => {
				setCommand(command);
				started = performance.now();
				if (command === 'preview') return;
				if (command === 'dev') injectScript('page', DEV_PROBLEMS_SCRIPT);
				if (command === 'build')
					fingerprint = sourceFingerprint(process.cwd(), buildSettings().content);
				// The browser editor: in dev, or in a build that names its git host (docs/editor.md).
				if (command === 'dev' || (command === 'build' && hostedBackend())) {
					const entrypoint = new URL('./editor/admin.astro', import.meta.url);
					injectRoute({ pattern: '/admin', entrypoint, prerender: true });
				}
				const { abs, rel } = resolveContentDir();
				const result = await (isRestart ? refresh(abs) : getValidation(abs));
				const problems = result.errors.length + result.warnings.length;
				if (command === 'build' && failOnErrors && failsBuild(result)) {
					const color = Boolean(process.stderr.isTTY) && !process.env['NO_COLOR'];
					process.stderr.write(report(result, process.env, color));
					markContentErrors();
					const { message, hint } = refusal(result, rel);
					throw authorError(message, hint);
				}
				if (problems > 0) logger.warn(`\n${report(result)}`);
				else logger.info(`Handbook in "${rel}" is valid (${result.fileCount} files).`);
			},
			'astro:server:setup': async ({ server }) => {
				const contentDir = resolveContentDir().abs;
				serveDevProblems(server, contentDir);
				server.middlewares.use(await editorMiddleware(contentDir));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const indexing = performance.now();
				try {
					if (hostedBackend()) await copyDecap(distDir);
					const { handbook } = await getValidation(resolveContentDir().abs);
					placeLanguageNotFoundPages(distDir);
					const settings = handbook.config?.data?.search ?? {};
					const deferred = process.env[SEARCH_DEFERRED_ENV];
					if (deferred) {
						writeFileSync(deferred, JSON.stringify(settings));
						logger.info('Search index: built by the build command once this process has ended.');
					} else {
						const stats = await buildSearchIndex(distDir, settings);
						const ms = Math.round(performance.now() - indexing);
						logger.info(`Search index: ${stats.pageCount} pages indexed in ${ms} ms.`);
					}
					const documents = await writeManifest(handbook, distDir);
					logger.info(`Manifest: ${documents} documents in kodex-manifest.json.`);
					writeFileSync(path.join(distDir, 'robots.txt'), ROBOTS_TXT);
					writeFileSync(path.join(distDir, '_headers'), hostHeaders());
				} catch (err) {
					throw authorError(
						err instanceof SearchIndexError
							? err.message
							: `Finishing the build failed: ${String((err as Error)?.message ?? err)}`,
					);
				}
				try {
					const settings = buildSettings();
					const ms = Math.round(performance.now() - started);
					writeBuildStamp(process.cwd(), {
						// The build wrapper stages the site and moves it to KODEX_OUT_DIR when it succeeds.
						outDir: process.env['KODEX_OUT_DIR'] ?? path.resolve(distDir),
						fingerprint,
						settings,
						ms,
					});
				} catch (err) {
					logger.warn(`Could not note the build for reuse by the tests: ${String(err)}`);
				}
			},
		},
	};
}
