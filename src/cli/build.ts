/**
 * `npm run build -- [--out-dir dist]`
 * Runs `astro build` into a staging folder next to the output and swaps it in only when the
 * pages, the search index and the manifest are all there (src/lib/atomic-output.ts): a
 * failed or killed build leaves the previous site complete. The search index is built here,
 * after astro has exited (KODEX_SEARCH_DEFERRED, src/astro/integration.ts): Pagefind then
 * runs without the build's heap beside it. Exit codes: 0 built, 1 the
 * content has errors, 2 usage, 70 an internal failure (one paragraph; the trace in a file).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { missingOutput, recoverOutput, stagingFolder, swapIn } from '../lib/util/atomic-output.ts';
import { buildSearchIndex, SearchIndexError } from '../astro/pagefind.ts';
import type { SearchIndexSettings } from '../lib/site/chrome/search-index.ts';
import { EXIT, internalFailure } from '../lib/diagnostics/exit-codes.ts';
import { parseCommand, runCli } from './run.ts';

const USAGE = `Usage: npm run build -- [--out-dir <folder>]

Validates the handbook in the content folder (KODEX_CONTENT, default: content) and builds the
site with its search index into the output folder (default: dist), replacing it only when the
whole build succeeded.
  --out-dir <folder>   where the site goes (default: dist)`;

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const AFTERMATH = 'The previous site in the output folder was left as it was.';

interface ChildResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stderr: string;
}

/** Runs astro with progress on stdout; stderr is held back until we know what failed. */
function runAstro(
	staged: string,
	out: string,
	statusFile: string,
	searchFile: string,
): Promise<ChildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', staged], {
			env: {
				...process.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				KODEX_BUILD_STATUS: statusFile,
				// The integration leaves the search index to us (see indexAfterBuild).
				KODEX_SEARCH_DEFERRED: searchFile,
				// Where the staged site ends up, for the build stamp (src/astro/build-stamp.ts).
				KODEX_OUT_DIR: out,
			},
			stdio: ['ignore', 'inherit', 'pipe'],
		});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
		const onInt = forward('SIGINT');
		const onTerm = forward('SIGTERM');
		process.on('SIGINT', onInt).on('SIGTERM', onTerm);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			process.off('SIGINT', onInt).off('SIGTERM', onTerm);
			resolve({ code, signal, stderr });
		});
	});
}

/**
 * The search index of the staged site, built once astro has ended: the integration
 * wrote the handbook's search settings to `searchFile` instead of indexing.
 */
async function indexAfterBuild(staged: string, searchFile: string): Promise<void> {
	if (!existsSync(searchFile)) return; // An older integration indexed already.
	const settings = JSON.parse(readFileSync(searchFile, 'utf8')) as SearchIndexSettings;
	const started = performance.now();
	const stats = await buildSearchIndex(staged, settings);
	const ms = Math.round(performance.now() - started);
	process.stdout.write(`[kodex] Search index: ${stats.pageCount} pages indexed in ${ms} ms.\n`);
}

function readStatus(file: string): string {
	return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}

/** Whether astro's failure names a file of the handbook, e.g. an MDX syntax error. */
function blamesContent(stderr: string, contentRel: string): boolean {
	const prefix = contentRel === '.' ? '' : `${contentRel}/`;
	return new RegExp(
		`(^|[\\s(/])${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s:]+\\.(mdx|ya?ml):\\d+`,
		'm',
	).test(stderr);
}

runCli(USAGE, async (argv) => {
	const values = parseCommand(argv, USAGE, { 'out-dir': { type: 'string', default: 'dist' } });
	if (!values) return EXIT.ok;
	const out = path.resolve(values['out-dir']);
	recoverOutput(out);
	const staged = stagingFolder(out);
	const statusFile = path.join(tmpdir(), `${path.basename(staged)}.status`);
	const searchFile = path.join(tmpdir(), `${path.basename(staged)}.search.json`);
	try {
		const result = await runAstro(staged, out, statusFile, searchFile);
		const status = readStatus(statusFile);
		if (result.code === EXIT.ok) {
			try {
				await indexAfterBuild(staged, searchFile);
			} catch (err) {
				if (!(err instanceof SearchIndexError)) throw err;
				process.stderr.write(`${result.stderr}${err.message}\n${AFTERMATH}\n`);
				return EXIT.internal;
			}
			const missing = missingOutput(staged);
			if (missing.length > 0) {
				process.stderr.write(
					internalFailure(
						'build',
						`the build finished but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
						result.stderr,
						process.env,
						new Date(),
						AFTERMATH,
					),
				);
				return EXIT.internal;
			}
			process.stderr.write(result.stderr);
			swapIn(staged, out);
			process.stdout.write(`Site written to ${path.relative(process.cwd(), out) || '.'}/.\n`);
			return EXIT.ok;
		}
		if (status === 'content' || blamesContent(result.stderr, resolveContentDir().rel)) {
			process.stderr.write(result.stderr);
			return EXIT.content;
		}
		if (result.code === EXIT.internal) {
			// The integration already explained it and wrote the trace.
			process.stderr.write(result.stderr);
			return EXIT.internal;
		}
		const how = result.signal
			? `was stopped by ${result.signal}`
			: `exited with code ${result.code}`;
		const lastLine = result.stderr
			.trim()
			.split('\n')
			.find((l) => /error/i.test(l))
			?.trim();
		process.stderr.write(
			internalFailure(
				'build',
				`astro build ${how}${lastLine ? ` (${lastLine.slice(0, 200)})` : ''}.`,
				result.stderr,
				process.env,
				new Date(),
				AFTERMATH,
			),
		);
		return EXIT.internal;
	} finally {
		rmSync(staged, { recursive: true, force: true });
		rmSync(statusFile, { force: true });
		rmSync(searchFile, { force: true });
	}
});
