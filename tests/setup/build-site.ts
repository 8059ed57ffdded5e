/**
 * Vitest globalSetup: builds the example handbook (KODEX_CONTENT, default
 * `content/`) once per test run into <scratch>/site (see TEST_TMP) and shares the path with
 * the integration and browser suites via `provide('siteDir')`.
 *
 * When `npm run build` has just built the same tree with the same settings
 * (CI runs it before `npm test`, see .ci/run; src/astro/build-stamp.ts tells),
 * that build is copied instead of building the site a second time.
 *
 * When every file filter on the command line points at unit tests
 * (e.g. `vitest run tests/unit/site`), the build is skipped and `siteDir` is
 * an empty string; suites that need the site then fail loudly instead.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSettings, currentBuild } from '../../src/astro/build-stamp.ts';
import { claimScratch } from './scratch.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Absolute path of the built example site; '' when the build was skipped. */
		siteDir: string;
		/** How long `astro build` took, in milliseconds. */
		siteBuildMs: number;
	}
}

/**
 * Scratch folder of the test run. `KODEX_TEST_TMP` (a folder inside the repository, e.g.
 * `tests/.tmp/alice`) names one; without it the run claims `tests/.tmp`, or takes
 * `tests/.tmp/run-<pid>` while another live run holds that (tests/setup/scratch.ts), so two
 * runs on one checkout never delete or rebuild each other's site. The main process decides
 * once (this module is loaded by vitest.config.ts) and hands the folder to the test workers
 * through the environment.
 */
if (!process.env.KODEX_TEST_TMP) {
	process.env.KODEX_TEST_TMP = path.relative('.', claimScratch(path.resolve('tests/.tmp')));
}
export const TEST_TMP = path.resolve(process.env.KODEX_TEST_TMP);
export const SITE_DIR = path.join(TEST_TMP, 'site');

/**
 * The date the example handbook's review states are written for (one goal due soon, nothing
 * overdue): the day of its latest legal review, so no review date lies in the future. The
 * suite pins it (vitest.config.ts) so that results do not change with the calendar;
 * `KODEX_TODAY=… npm test` tries another day.
 */
export const EXAMPLE_TODAY = '2026-12-04';

/** Positional CLI arguments (file filters), e.g. `tests/unit/site` in `vitest run tests/unit/site`. */
function fileFilters(argv: readonly string[]): string[] {
	return argv
		.slice(2)
		.filter((arg) => !arg.startsWith('-') && !['run', 'watch', 'dev'].includes(arg));
}

export function onlyUnitTests(argv: readonly string[]): boolean {
	const filters = fileFilters(argv);
	return (
		filters.length > 0 && filters.every((f) => /(^|\/)unit(\/|$)|\/unit\/|^tests\/unit/.test(f))
	);
}

export interface BuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
	ms: number;
}

/** Runs `astro build` in a child process with the project's Node. */
export function astroBuild(outDir: string, env: NodeJS.ProcessEnv = {}): BuildResult {
	const started = performance.now();
	const child = spawnSync(
		process.execPath,
		[path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
		{
			env: {
				...process.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				...env,
			},
			encoding: 'utf8',
			timeout: 240_000,
		},
	);
	return {
		status: child.status,
		stdout: child.stdout ?? '',
		stderr: child.stderr ?? '',
		ms: Math.round(performance.now() - started),
	};
}

/** A private scratch folder (tests/setup/scratch.ts) goes when its run ends. */
function teardown(): void {
	if (/^run-\d+$/.test(path.basename(TEST_TMP))) rmSync(TEST_TMP, { recursive: true, force: true });
}

export default function setup(project: TestProject): () => void {
	if (onlyUnitTests(process.argv)) {
		project.provide('siteDir', '');
		project.provide('siteBuildMs', 0);
		return teardown;
	}
	if (/^run-\d+$/.test(path.basename(TEST_TMP))) {
		console.log(
			`Another test run holds tests/.tmp; this one works in ${path.relative('.', TEST_TMP)}.`,
		);
	}
	rmSync(SITE_DIR, { recursive: true, force: true });
	const env = { KODEX_TODAY: process.env.KODEX_TODAY || EXAMPLE_TODAY };
	const previous = currentBuild(process.cwd(), buildSettings({ ...process.env, ...env }));
	if (previous && path.resolve(previous.outDir) !== SITE_DIR) {
		console.log(`Reusing the current build in ${path.relative(process.cwd(), previous.outDir)}.`);
		cpSync(previous.outDir, SITE_DIR, { recursive: true });
		project.provide('siteDir', SITE_DIR);
		project.provide('siteBuildMs', previous.ms);
		return teardown;
	}
	const result = astroBuild(SITE_DIR, env);
	if (result.status !== 0) {
		throw new Error(
			`Building the example handbook failed (exit ${result.status}):\n${result.stderr || result.stdout}`,
		);
	}
	project.provide('siteDir', SITE_DIR);
	project.provide('siteBuildMs', result.ms);
	return teardown;
}
