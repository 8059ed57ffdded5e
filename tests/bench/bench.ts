/**
 * `npm run bench`: Kodex against a plain Astro + MDX + Pagefind site built from
 * the same prose, at N = 100, 1,000 and 5,000 documents.
 *
 *   npm run bench                      full mode: N = 100, 1,000, 5,000
 *   npm run bench -- --quick           N = 100 only (what CI runs; timings are not asserted)
 *   npm run bench -- --n 100,1000      chosen sizes
 *   options: --seed 1  --check-runs 3  --out <file.json>  --nice 10
 *   npm run bench -- --from report.json   prints the tables of an earlier report
 *
 * For each N: a corpus generated from N and the seed (a git repository), `check`
 * as cold processes (with and without Node's compile cache), a re-check after one
 * change, the Kodex build (split into start-up + validation, rendering and the
 * search index by the moments its log lines appear), the plain build plus the
 * Pagefind CLI, peak memory of each process tree, and the built sites' sizes.
 * Prints a table and writes the JSON report. Method: BENCHMARKS.md.
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
import { siteStats, type SiteStats } from './site-stats.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const NODE = process.execPath;
/** The date the corpus' review dates are written for (nothing due, nothing overdue). */
const TODAY = '2026-11-22';
const REFERENCE_ID = 'leitlinie-1';

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
	},
});
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

interface Process {
	wallMs: number;
	cpuMs: number | null;
	peakTreeBytes: number;
}

const proc = (run: Measured): Process => ({
	wallMs: Math.round(run.wallMs),
	cpuMs: run.cpuMs === null ? null : Math.round(run.cpuMs),
	peakTreeBytes: run.peakTreeBytes,
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
 * `check` as cold processes. With `cache`, Node's compile cache lives there: the
 * first run fills it and is reported apart, the measured runs reuse it (as every
 * run after the first does on an author's machine). Without, the cache is off.
 */
async function checkCold(
	content: string,
	cache: string | null,
): Promise<Process & { runs: number[]; firstRunMs?: number }> {
	const env = {
		...ENV,
		KODEX_CONTENT: content,
		...(cache ? { NODE_COMPILE_CACHE: cache } : { NODE_DISABLE_COMPILE_CACHE: '1' }),
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

interface Result {
	n: number;
	counts: ReturnType<typeof generateCorpus>['counts'];
	corpusWords: number;
	load: { before: number[]; after: number[] };
	check: {
		/** As `npm run check` runs it, compile cache warm. */
		cold: Process & { runs: number[]; firstRunMs?: number };
		/** With Node's compile cache turned off. */
		coldNoCompileCache: Process & { runs: number[] };
		recheck: {
			firstMs: number;
			afterChangeMs: number;
			/** CPU time of that re-check (optional: reports before it was recorded lack it). */
			afterChangeCpuMs?: number;
			afterChangeUncachedMs: number;
			note: string;
		};
	};
	kodex: {
		build: Process;
		phases: {
			startupAndValidationMs: number;
			renderMs: number;
			searchIndexMs: number;
			restMs: number;
		};
		site: SiteStats;
	};
	plain: {
		build: Process;
		phases: { astroBuildMs: number; searchIndexMs: number };
		site: SiteStats;
	};
	ratios: Record<string, number | null>;
}

async function benchOne(n: number): Promise<Result> {
	const dir = path.join(work, `n${n}`);
	const loadBefore = os.loadavg();
	log(`N=${n}: generating the corpus`);
	const corpus = generateCorpus(n, seed);
	const content = writeCorpus(path.join(dir, 'corpus'), corpus);
	const corpusWords = corpus.prose.reduce((sum, d) => sum + d.body.split(/\s+/).length, 0);

	log(`N=${n}: check, ${checkRuns} cold processes`);
	const cold = await checkCold(content, path.join(dir, 'compile-cache'));
	const coldNoCompileCache = await checkCold(content, null);

	log(`N=${n}: re-check after one change`);
	const changed = path.join(content, 'guidelines', `${REFERENCE_ID}.mdx`);
	const recheckRun = must(
		're-check',
		await measure(NODE, [path.join(ROOT, 'tests/bench/recheck.ts'), content, changed], {
			cwd: ROOT,
			env: ENV,
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

	log(`N=${n}: Kodex build`);
	// A fresh project root: Astro's content cache from an earlier run would make the build warm.
	const kodexRoot = path.join(dir, 'kodex');
	prepareRoot(kodexRoot);
	const kodexDist = path.join(kodexRoot, 'dist');
	const kodexRun = must(
		'Kodex build',
		await measure(NODE, [ASTRO, 'build', '--outDir', kodexDist], {
			cwd: kodexRoot,
			env: { ...ENV, KODEX_CONTENT: content },
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
		check: {
			cold,
			coldNoCompileCache,
			recheck: {
				firstMs: Math.round(recheck.firstMs),
				afterChangeMs: Math.round(recheck.afterChangeMs),
				afterChangeCpuMs: Math.round(recheck.afterChangeCpuMs),
				afterChangeUncachedMs: Math.round(recheck.afterChangeUncachedMs),
				note: 'In one process: validate() after one file changed, with the parse cache and git history of the first run (afterChangeMs) and without them (afterChangeUncachedMs).',
			},
		},
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`);
const x = (value: number | null | undefined) => (value == null ? '–' : `${value.toFixed(2)}×`);
const page = (p: { bytes: number; gzipBytes: number } | null) =>
	p ? `${kb(p.bytes)} (${kb(p.gzipBytes)} gz)` : '–';

/** The table printed after the run, one block per N. */
export function table(results: readonly Result[]): string {
	const rows: string[] = [];
	for (const r of results) {
		const k = r.kodex;
		const p = r.plain;
		rows.push(
			`\nN = ${r.n} (${r.counts.guidelines} guidelines, ${r.counts.checklists} checklists, ${r.counts.playbooks} playbooks, ${r.counts.other} others; ${r.corpusWords} words; load ${r.load.before.map((l) => l.toFixed(1)).join(' ')})`,
			`  ${'measure'.padEnd(34)}${'Kodex'.padEnd(28)}${'plain'.padEnd(24)}ratio`,
		);
		const row = (label: string, a: string, b: string, ratioValue?: number | null) =>
			rows.push(
				`  ${label.padEnd(34)}${a.padEnd(28)}${b.padEnd(24)}${ratioValue === undefined ? '' : x(ratioValue)}`,
			);
		row(
			'build, wall (search included)',
			s(k.build.wallMs),
			s(p.build.wallMs),
			r.ratios['buildWall'],
		);
		row('build, CPU', s(k.build.cpuMs), s(p.build.cpuMs), r.ratios['buildCpu']);
		row('  start-up + validation', s(k.phases.startupAndValidationMs), '–');
		row('  render', s(k.phases.renderMs), s(p.phases.astroBuildMs), r.ratios['renderWall']);
		row(
			'  search index',
			s(k.phases.searchIndexMs),
			s(p.phases.searchIndexMs),
			r.ratios['searchIndex'],
		);
		row('  rest (manifest, exit)', s(k.phases.restMs), '–');
		row(
			'peak memory, process tree',
			mb(k.build.peakTreeBytes),
			mb(p.build.peakTreeBytes),
			r.ratios['peakMemory'],
		);
		row('pages', String(k.site.pages), String(p.site.pages), r.ratios['pages']);
		row('dist/', mb(k.site.distBytes), mb(p.site.distBytes), r.ratios['distBytes']);
		row(
			'Pagefind index',
			mb(k.site.pagefindBytes),
			mb(p.site.pagefindBytes),
			r.ratios['pagefindBytes'],
		);
		row(
			`reference page (${REFERENCE_ID})`,
			page(k.site.referencePage),
			page(p.site.referencePage),
			r.ratios['referencePageGzip'],
		);
		row(
			'largest document page',
			page(k.site.largestDocumentPage),
			page(p.site.largestDocumentPage),
		);
		row(`  = ${k.site.largestDocumentPage?.page ?? ''}`, '', '');
		row('largest list page', page(k.site.largestListPage), page(p.site.largestListPage));
		row(`  = ${k.site.largestListPage?.page ?? ''}`, '', '');
		row(
			'pages over 1 MB',
			String(k.site.pagesOverOneMegabyte),
			String(p.site.pagesOverOneMegabyte),
		);
		row(
			'JS before search, max (gz)',
			kb(k.site.maxJsBeforeSearch.gzipBytes),
			kb(p.site.maxJsBeforeSearch.gzipBytes),
		);
		row(`  = ${k.site.maxJsBeforeSearch.page}`, '', '');
		const c = r.check.cold;
		const nc = r.check.coldNoCompileCache;
		row('check --strict, cold process', `${s(c.wallMs)}, CPU ${s(c.cpuMs)}`, mb(c.peakTreeBytes));
		row('  compile cache off', `${s(nc.wallMs)}, CPU ${s(nc.cpuMs)}`, '');
		row('  first run, empty cache', s(c.firstRunMs ?? null), '');
		row(
			're-check after one change',
			`${s(r.check.recheck.afterChangeMs)}, CPU ${s(r.check.recheck.afterChangeCpuMs ?? null)} (first ${s(r.check.recheck.firstMs)})`,
			'',
		);
		row('  without parse cache and history', s(r.check.recheck.afterChangeUncachedMs), '');
	}
	return `${rows.join('\n')}\n`;
}

/** One Markdown table across all N: the ratios to the plain baseline and the figures the targets name. */
export function summary(results: readonly Result[]): string {
	const head = [
		'N',
		'build wall / plain',
		'build CPU / plain',
		'peak memory / plain',
		'`check` cold (CPU)',
		're-check',
		'doc page (gz)',
		'largest list page',
		'JS before search',
	];
	const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---:').join('|')}|`];
	for (const r of results) {
		lines.push(
			`| ${[
				r.n.toLocaleString('en'),
				x(r.ratios['buildWall']),
				x(r.ratios['buildCpu']),
				`${x(r.ratios['peakMemory'])} (${mb(r.kodex.build.peakTreeBytes)})`,
				`${s(r.check.cold.wallMs)} (${s(r.check.cold.cpuMs)})`,
				`${r.check.recheck.afterChangeMs} ms`,
				`${kb(r.kodex.site.referencePage?.bytes ?? 0)} (${kb(r.kodex.site.referencePage?.gzipBytes ?? 0)})`,
				kb(r.kodex.site.largestListPage?.bytes ?? 0),
				`${kb(r.kodex.site.maxJsBeforeSearch.gzipBytes)} gz`,
			].join(' | ')} |`,
		);
	}
	return `${lines.join('\n')}\n`;
}

/** The issue's targets, judged for the sizes that were measured. */
export function targets(results: readonly Result[]): string {
	const at = (n: number) => results.find((r) => r.n === n);
	const out: string[] = [];
	const judge = (ok: boolean) => (ok ? 'met' : 'missed');
	for (const n of [1000, 5000]) {
		const r = at(n);
		if (!r) continue;
		const wall = r.ratios['buildWall'] ?? Infinity;
		const cpu = r.ratios['buildCpu'] ?? Infinity;
		out.push(
			`build ≤ 1.3× plain at ${n}: wall ${x(wall)}, CPU ${x(cpu)} — ${judge(Math.max(wall, cpu) <= 1.3)}`,
		);
		const limit = n === 1000 ? 500 : 2000;
		const cpuMs = r.check.cold.cpuMs;
		out.push(
			`check ≤ ${s(limit)} at ${n}: ${s(r.check.cold.wallMs)} — ${judge(r.check.cold.wallMs <= limit)}` +
				(cpuMs === null ? '' : `; CPU ${s(cpuMs)} — ${judge(cpuMs <= limit)}`),
		);
	}
	const k = at(1000);
	if (k)
		out.push(
			`re-check ≤ 300 ms at 1000: ${k.check.recheck.afterChangeMs} ms — ${judge(k.check.recheck.afterChangeMs <= 300)}` +
				(k.check.recheck.afterChangeCpuMs === undefined
					? ''
					: `; CPU ${k.check.recheck.afterChangeCpuMs} ms — ${judge(k.check.recheck.afterChangeCpuMs <= 300)}`),
		);
	for (const r of results) {
		const ratio = r.ratios['peakMemory'] ?? Infinity;
		out.push(`peak memory ≤ plain + 20 % at ${r.n}: ${x(ratio)} — ${judge(ratio <= 1.2)}`);
	}
	const first = results[0];
	const last = results.at(-1);
	if (
		first &&
		last &&
		last !== first &&
		first.kodex.site.referencePage &&
		last.kodex.site.referencePage
	) {
		const growth = last.kodex.site.referencePage.bytes / first.kodex.site.referencePage.bytes - 1;
		out.push(
			`document page flat from ${first.n} to ${last.n} (≤ +10 %): ${(growth * 100).toFixed(1)} % — ${judge(growth <= 0.1)}`,
		);
	}
	for (const r of results)
		out.push(
			`no page over 1 MB at ${r.n}: ${r.kodex.site.pagesOverOneMegabyte} over — ${judge(r.kodex.site.pagesOverOneMegabyte === 0)}`,
		);
	const js = Math.max(...results.map((r) => r.kodex.site.maxJsBeforeSearch.gzipBytes));
	out.push(`JS before search ≤ 5 KB gz on every page: ${kb(js)} — ${judge(js <= 5 * 1024)}`);
	return `${out.map((l) => `- ${l}`).join('\n')}\n`;
}

async function run(): Promise<Result[]> {
	const started = new Date();
	const commit = spawnSync('git', ['describe', '--always', '--dirty'], {
		cwd: ROOT,
		encoding: 'utf8',
	}).stdout.trim();
	const results: Result[] = [];
	mkdirSync(work, { recursive: true });
	mkdirSync(path.dirname(out), { recursive: true });
	// The report is written after each N, so a long run stopped early keeps what it measured.
	for (const n of sizes) {
		results.push(await benchOne(n));
		writeFileSync(out, `${JSON.stringify(report(started, commit, results), null, '\t')}\n`);
	}
	return results;
}

function report(started: Date, commit: string, results: readonly Result[]) {
	return {
		/** The commit measured (`-dirty` with uncommitted changes), taken when the run started. */
		commit,
		startedAt: started.toISOString(),
		finishedAt: new Date().toISOString(),
		mode: values.quick ? 'quick' : values.n ? 'custom' : 'full',
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

const results: Result[] = values.from
	? JSON.parse(readFileSync(values.from, 'utf8')).results
	: await run();
process.stdout.write(table(results));
process.stdout.write(`\nSummary (ratios against the plain baseline):\n\n${summary(results)}`);
process.stdout.write(`\nTargets (goals, not tests):\n\n${targets(results)}`);
if (!values.from) process.stdout.write(`\nReport: ${path.relative(process.cwd(), out)}\n`);
