/**
 * The Kodex Astro integration:
 * - validates the handbook before anything renders; a build with errors (or
 *   warnings under strict) prints the same report as `npm run check` and exits
 *   with code 1; dev logs the report and keeps serving;
 * - a failure after the pages are written exits with code 70 (src/lib/exit-codes.ts);
 * - builds the Pagefind search index once the pages are written, and writes
 *   kodex-manifest.json (documents, versions, approvals, hashes, commits), robots.txt and
 *   _headers (security headers for static hosts, src/lib/security-headers.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveContentDir } from '../lib/content-dir.ts';
import { EXIT, internalFailure, summaryOf, traceOf } from '../lib/exit-codes.ts';
import { hostHeaders, ROBOTS_TXT } from '../lib/security-headers.ts';
import { writeManifest } from './manifest.ts';
import { buildSearchIndex, SearchIndexError } from './pagefind.ts';
import {
	failsBuild,
	getValidation,
	invalidateValidation,
	report,
	setCommand,
} from './validation.ts';

/** Tells the build wrapper (src/cli/build.ts) that the content, not Kodex, stopped the build. */
function markContentErrors(): void {
	const file = process.env['KODEX_BUILD_STATUS'];
	if (file) writeFileSync(file, 'content\n');
}

export default function kodex(): AstroIntegration {
	return {
		name: 'kodex',
		hooks: {
			'astro:config:setup': async ({ command, isRestart, logger }) => {
				setCommand(command);
				if (command === 'preview') return;
				const { abs, rel } = resolveContentDir();
				if (isRestart) invalidateValidation(abs);
				const result = await getValidation(abs);
				const problems = result.errors.length + result.warnings.length;
				if (command === 'build' && failsBuild(result)) {
					const color = Boolean(process.stderr.isTTY) && !process.env['NO_COLOR'];
					process.stderr.write(report(result, process.env, color));
					process.stderr.write(`\nThe handbook in "${rel}" is not valid; nothing was built.\n`);
					markContentErrors();
					process.exit(EXIT.content);
				}
				if (problems > 0) logger.warn(`\n${report(result)}`);
				else logger.info(`Handbook in "${rel}" is valid (${result.fileCount} files).`);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const started = performance.now();
				try {
					const stats = await buildSearchIndex(distDir);
					const ms = Math.round(performance.now() - started);
					logger.info(`Search index: ${stats.pageCount} pages indexed in ${ms} ms.`);
					const { handbook } = await getValidation(resolveContentDir().abs);
					const documents = await writeManifest(handbook, distDir);
					logger.info(`Manifest: ${documents} documents in kodex-manifest.json.`);
					writeFileSync(path.join(distDir, 'robots.txt'), ROBOTS_TXT);
					writeFileSync(path.join(distDir, '_headers'), hostHeaders());
				} catch (err) {
					const summary =
						err instanceof SearchIndexError
							? err.message.split('\n')[0]!
							: `finishing the build failed: ${summaryOf(err)}`;
					process.stderr.write(internalFailure('build', summary, traceOf(err)));
					process.exit(EXIT.internal);
				}
			},
		},
	};
}
