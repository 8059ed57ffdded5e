/**
 * `npm run bench`: Kodex against a plain Astro + MDX + Pagefind site built from
 * the same prose, at N = 100, 1,000 and 5,000 documents.
 *
 *   npm run bench                      full mode: N = 100, 1,000, 5,000
 *   npm run bench -- --quick           N = 100 only (what CI runs; timings are not asserted)
 *   npm run bench -- --n 100,1000      chosen sizes
 *   npm run bench -- --only check      only `check` (cold, re-check, watch): no builds
 *   options: --seed 1  --check-runs 3  --out <file.json>  --nice 10
 *            --only build         skips check, re-check and watch (the builds and sites only)
 *            --cpu-prof <folder>  writes a CPU profile of each process of the Kodex build there
 *   npm run bench -- --from report.json   prints the tables of an earlier report
 *
 * For each N: a corpus generated from N and the seed (a git repository), `check`
 * as cold processes (with and without Node's compile cache), a re-check after one
 * change, the Kodex build as `npm run build` runs it (split into start-up +
 * validation, rendering and the search index by the moments its log lines appear), the plain build plus the
 * Pagefind CLI, peak memory of each process tree, and the built sites' sizes.
 * Writes the JSON report and prints the tables of report.ts. Method: BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareRoot } from '../helpers/fixture-site.ts';
import { TEST_TMP } from '../setup/build-site.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { measure, median, type Measured } from './measure.ts';
import { writePlainSite } from './plain-site.ts';
import {
	checkTable,
	REFERENCE_ID,
	summary,
	table,
	targets,
	type CheckResult,
	type Process,
	type Result,
} from './report.ts';
import { siteStats } from './site-stats.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const NODE = process.execPath;
/** The date the corpus' review dates are written for (nothing due, nothing overdue). */
const TODAY = '2026-11-22';

const { values } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		n: { type: 'string' },
		seed: { type: 'string', default: '1' },
		'check-runs': { type: 'string', default: '3' },
		out: { type: 'string' },
		nice: { type: 'string', default: '0' },
		work: { type: 'string' },
		from: { type: 'string' },
		only: { type: 'string' },
		'cpu-prof': { type: 'string' },
	},
});
if (values.only !== undefined && values.only !== 'build' && values.only !== 'check')
	throw new Error(`--only takes "build" or "check" (got "${values.only}")`);
const buildOnly = values.only === 'build';
const checkOnly = values.only === 'check';
const cpuProf = values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined;
const sizes = values.n ? values.n.split(',').map(Number) : values.quick ? [100] : [100, 1000, 5000];
const seed = Number(values.seed);
const checkRuns = Number(values['check-runs']);
const niceness = Number(values.nice);
const work = path.resolve(values.work ?? path.join(TEST_TMP, 'bench'));
const out = path.resolve(values.out ?? path.join(work, 'report.json'));

const ENV = {
	ASTRO_TELEMETRY_DISABLED: '1',
	NO_COLOR: '1',
	FORCE_COLOR: '0',
	KODEX_TODAY: TODAY,
};

function must(label: string, run: Measured): Measured {
	if (run.code !== 0)
		throw new Error(`${label} failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
	return run;
}

const lineAt = (run: Measured, pattern: RegExp) => run.lines.find((l) => pattern.test(l.text));

const proc = (run: Measured): Process => ({
	wallMs: Math.round(run.wallMs),
	cpuMs: run.cpuMs === null ? null : Math.round(run.cpuMs),
	peakTreeBytes: run.peakTreeBytes,
	peakAtMs: Math.round(run.peakAtMs),
});

/** `npm run check -- --strict` as package.json writes it, with this Node and without npm. */
function checkCommand(): string[] {
	const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const [node, ...args] = String(pkg.scripts.check).split(/\s+/);
	if (node !== 'node')
		throw new Error(`The check script does not start with node: ${pkg.scripts.check}`);
	return [...args, '--strict'];
}

/**
 * `check` as cold processes. With `cache`, Node's compile cache and Kodex's own
 * stores (body facts, git history: src/lib/util/disk-cache.ts) live there: the
 * first run fills them and is reported apart, the measured runs reuse them (as
 * every run after the first does on an author's machine). Without, both are off.
 */
async function checkCold(
	content: string,
	cache: string | null,
	extraEnv: NodeJS.ProcessEnv = {},
): Promise<Process & { runs: number[]; firstRunMs?: number }> {
	const env = {
		...ENV,
		KODEX_CONTENT: content,
		...(cache
			? { NODE_COMPILE_CACHE: cache, KODEX_CACHE_DIR: path.join(cache, 'kodex') }
			: { NODE_DISABLE_COMPILE_CACHE: '1', KODEX_CACHE: 'off' }),
		...extraEnv,
	};
	const args = checkCommand();
	let firstRunMs: number | undefined;
	if (cache) {
		rmSync(cache, { recursive: true, force: true });
		const first = must(
			'check (filling the compile cache)',
			await measure(NODE, args, { cwd: ROOT, env }),
		);
		firstRunMs = Math.round(first.wallMs);
	}
	const runs: Measured[] = [];
	for (let i = 0; i < checkRuns; i++)
		runs.push(must('check', await measure(NODE, args, { cwd: ROOT, env, nice: niceness })));
	const walls = runs.map((r) => r.wallMs);
	const mid = runs.find((r) => r.wallMs === median(walls)) ?? runs[0]!;
	return {
		...proc(mid),
		wallMs: Math.round(median(walls)),
		cpuMs: runs.every((r) => r.cpuMs !== null)
			? Math.round(median(runs.map((r) => r.cpuMs!)))
			: null,
		runs: walls.map(Math.round),
		...(firstRunMs === undefined ? {} : { firstRunMs }),
	};
}

/** `check` as cold processes, the re-check after one change and a watching `check`. */
async function measureCheck(
	n: number,
	dir: string,
	content: string,
): Promise<NonNullable<Result['check']>> {
	log(`N=${n}: check, ${checkRuns} cold processes`);
	const cold = await checkCold(content, path.join(dir, 'compile-cache'));
	const coldNoCompileCache = await checkCold(content, null);
	// Compile cache warm, Kodex's stores off: every body parsed, git read (a fresh checkout, CI).
	const coldNoStore = await checkCold(content, path.join(dir, 'compile-cache-2'), {
		KODEX_CACHE: 'off',
	});

	log(`N=${n}: re-check after one change`);
	const changed = path.join(content, 'guidelines', `${REFERENCE_ID}.mdx`);
	const recheckRun = must(
		're-check',
		await measure(NODE, [path.join(ROOT, 'tests/bench/recheck.ts'), content, changed], {
			cwd: ROOT,
			env: { ...ENV, KODEX_CACHE: 'off' },
			nice: niceness,
		}),
	);
	const recheck = JSON.parse(recheckRun.output.trim().split('\n').pop()!) as {
		firstMs: number;
		afterChangeMs: number;
		afterChangeCpuMs: number;
		afterChangeUncachedMs: number;
		problems: number;
	};
	if (recheck.problems !== 0) throw new Error(`The re-check found ${recheck.problems} problems.`);

	log(`N=${n}: check --watch, save to report`);
	const watchRun = must(
		'check --watch',
		await measure(NODE, [path.join(ROOT, 'tests/bench/watch.ts'), content, changed], {
			cwd: ROOT,
			env: ENV,
			nice: niceness,
		}),
	);
	const watched = JSON.parse(watchRun.output.trim().split('\n').pop()!) as {
		savesMs: number[];
		medianMs: number;
		newSeen: number;
		fixedSeen: number;
	};
	if (watched.newSeen === 0 || watched.fixedSeen === 0)
		throw new Error('The watching check did not report the new error and its fix.');
	const check: NonNullable<Result['check']> = {
		cold,
		coldNoCompileCache,
		coldNoStore,
		recheck: {
			firstMs: Math.round(recheck.firstMs),
			afterChangeMs: Math.round(recheck.afterChangeMs),
			afterChangeCpuMs: Math.round(recheck.afterChangeCpuMs),
			afterChangeUncachedMs: Math.round(recheck.afterChangeUncachedMs),
			note: 'In one process: validate() after one file changed, with the parse cache and git history of the first run (afterChangeMs) and without them (afterChangeUncachedMs).',
		},
		watch: {
			medianMs: Math.round(watched.medianMs),
			savesMs: watched.savesMs.map(Math.round),
			note: 'A running `check --watch --strict`: from writing a file (alternately a new error and its fix) until the watcher printed its summary; includes the change event and the 40 ms debounce.',
		},
	};
	return check;
}

/** The Kodex build in a fresh project root, split into its phases, and the built site's figures. */
async function measureKodexBuild(
	n: number,
	dir: string,
	content: string,
	corpus: ReturnType<typeof generateCorpus>,
) {
	log(`N=${n}: Kodex build`);
	// A fresh project root: Astro's content cache from an earlier run would make the build warm.
	const kodexRoot = path.join(dir, 'kodex');
	prepareRoot(kodexRoot);
	const kodexDist = path.join(kodexRoot, 'dist');
	const kodexRun = must(
		'Kodex build',
		// As `npm run build` runs it: the wrapper runs astro build, then the search index.
		await measure(NODE, [path.join(kodexRoot, 'src/cli/build.ts'), '--out-dir', kodexDist], {
			cwd: kodexRoot,
			env: {
				...ENV,
				KODEX_CONTENT: content,
				// Every Node process of the build (Astro and what it starts) writes a CPU profile.
				...(cpuProf ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${cpuProf}` } : {}),
			},
			nice: niceness,
		}),
	);
	const valid = lineAt(kodexRun, /\[kodex\] Handbook in .* is valid/);
	const search = lineAt(kodexRun, /\[kodex\] Search index: \d+ pages indexed in \d+ ms/);
	if (!valid || !search)
		throw new Error(`The Kodex build log lacks its timing lines:\n${kodexRun.output}`);
	const searchIndexMs = Number(/in (\d+) ms/.exec(search.text)![1]);
	const phases = {
		startupAndValidationMs: Math.round(valid.ms),
		renderMs: Math.round(search.ms - searchIndexMs - valid.ms),
		searchIndexMs,
		restMs: Math.round(kodexRun.wallMs - search.ms),
	};
	const docIds = new Set([
		...corpus.prose.map((d) => d.id),
		'team',
		'linkedin',
		'reichweite',
		'erste-reaktion',
	]);
	const kodexSite = siteStats(
		kodexDist,
		(page) => {
			const m = /^(?:de|en)\/[a-z-]+\/([a-z0-9-]+)\/index\.html$/.exec(page);
			return Boolean(m && docIds.has(m[1]!));
		},
		`de/guidelines/${REFERENCE_ID}/index.html`,
	);

	return { kodexRun, phases, searchIndexMs, kodexSite };
}

async function benchOne(n: number): Promise<Result | CheckResult> {
	const dir = path.join(work, `n${n}`);
	const loadBefore = os.loadavg();
	log(`N=${n}: generating the corpus`);
	const corpus = generateCorpus(n, seed);
	const content = writeCorpus(path.join(dir, 'corpus'), corpus);
	const corpusWords = corpus.prose.reduce((sum, d) => sum + d.body.split(/\s+/).length, 0);

	const check = buildOnly ? undefined : await measureCheck(n, dir, content);
	if (checkOnly && check)
		return {
			n,
			counts: corpus.counts,
			corpusWords,
			load: { before: loadBefore, after: os.loadavg() },
			check,
		};
	const kodex = await measureKodexBuild(n, dir, content, corpus);
	const { kodexRun, phases, searchIndexMs, kodexSite } = kodex;
	log(`N=${n}: plain Astro + MDX build and Pagefind CLI`);
	const plainDir = writePlainSite(path.join(dir, 'plain'), corpus.prose);
	const plainDist = path.join(plainDir, 'dist');
	const plainRun = must(
		'plain build',
		await measure(NODE, [ASTRO, 'build'], { cwd: plainDir, env: ENV, nice: niceness }),
	);
	const pagefindRun = must(
		'Pagefind CLI',
		await measure(NODE, [PAGEFIND, '--site', plainDist], {
			cwd: plainDir,
			env: ENV,
			nice: niceness,
		}),
	);
	const plainSite = siteStats(
		plainDist,
		(page) => /^(?:de|en)\/[a-z0-9-]+\/index\.html$/.test(page),
		`de/${REFERENCE_ID}/index.html`,
	);
	const plainBuild: Process = {
		wallMs: Math.round(plainRun.wallMs + pagefindRun.wallMs),
		cpuMs:
			plainRun.cpuMs === null || pagefindRun.cpuMs === null
				? null
				: Math.round(plainRun.cpuMs + pagefindRun.cpuMs),
		// The two run one after the other: the tree's peak is the larger of the two.
		peakTreeBytes: Math.max(plainRun.peakTreeBytes, pagefindRun.peakTreeBytes),
	};
	const kodexBuild = proc(kodexRun);
	const ratio = (a: number | null, b: number | null) =>
		a === null || b === null || b === 0 ? null : Math.round((a / b) * 100) / 100;
	const result: Result = {
		n,
		counts: corpus.counts,
		corpusWords,
		load: { before: loadBefore, after: os.loadavg() },
		...(check ? { check } : {}),
		kodex: { build: kodexBuild, phases, site: kodexSite },
		plain: {
			build: plainBuild,
			phases: {
				astroBuildMs: Math.round(plainRun.wallMs),
				searchIndexMs: Math.round(pagefindRun.wallMs),
			},
			site: plainSite,
		},
		ratios: {
			buildWall: ratio(kodexBuild.wallMs, plainBuild.wallMs),
			buildCpu: ratio(kodexBuild.cpuMs, plainBuild.cpuMs),
			renderWall: ratio(phases.renderMs, plainRun.wallMs),
			searchIndex: ratio(searchIndexMs, pagefindRun.wallMs),
			peakMemory: ratio(kodexBuild.peakTreeBytes, plainBuild.peakTreeBytes),
			pages: ratio(kodexSite.pages, plainSite.pages),
			distBytes: ratio(kodexSite.distBytes, plainSite.distBytes),
			pagefindBytes: ratio(kodexSite.pagefindBytes, plainSite.pagefindBytes),
			referencePageGzip: ratio(
				kodexSite.referencePage?.gzipBytes ?? null,
				plainSite.referencePage?.gzipBytes ?? null,
			),
		},
	};
	return result;
}

function log(message: string): void {
	process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function run(): Promise<(Result | CheckResult)[]> {
	const started = new Date();
	const commit = spawnSync('git', ['describe', '--always', '--dirty'], {
		cwd: ROOT,
		encoding: 'utf8',
	}).stdout.trim();
	const results: (Result | CheckResult)[] = [];
	mkdirSync(work, { recursive: true });
	mkdirSync(path.dirname(out), { recursive: true });
	// The report is written after each N, so a long run stopped early keeps what it measured.
	for (const n of sizes) {
		results.push(await benchOne(n));
		writeFileSync(out, `${JSON.stringify(report(started, commit, results), null, '\t')}\n`);
	}
	return results;
}

function report(started: Date, commit: string, results: readonly (Result | CheckResult)[]) {
	return {
		/** The commit measured (`-dirty` with uncommitted changes), taken when the run started. */
		commit,
		startedAt: started.toISOString(),
		finishedAt: new Date().toISOString(),
		mode: checkOnly ? 'check' : values.quick ? 'quick' : values.n ? 'custom' : 'full',
		seed,
		machine: {
			cpus: os.cpus().length,
			cpuModel: os.cpus()[0]?.model ?? '',
			memoryBytes: os.totalmem(),
			node: process.version,
			nice: niceness,
		},
		results,
	};
}

const results: (Result | CheckResult)[] = values.from
	? JSON.parse(readFileSync(values.from, 'utf8')).results
	: await run();
const full = results.filter((r): r is Result => 'kodex' in r);
if (full.length === results.length && full.length > 0) {
	process.stdout.write(table(full));
	process.stdout.write(`\nSummary (ratios against the plain baseline):\n\n${summary(full)}`);
	process.stdout.write(`\nTargets (goals, not tests):\n\n${targets(full)}`);
} else process.stdout.write(checkTable(results));
if (!values.from) process.stdout.write(`\nReport: ${path.relative(process.cwd(), out)}\n`);
