/**
 * The benchmark's report: what is measured per N (the JSON report's shape) and
 * how it is printed — one table per N, a summary across N, and the issue's
 * targets judged against the figures (goals, never tests).
 */
import type { generateCorpus } from './corpus.ts';
import type { SiteStats } from './site-stats.ts';

/** The document whose page is compared across N; it exists in every corpus. */
export const REFERENCE_ID = 'leitlinie-1';

/** One measured process (or, for the plain build, astro build and the Pagefind CLI together). */
export interface Process {
	wallMs: number;
	/** User + system CPU of the whole process tree; null without /usr/bin/time. */
	cpuMs: number | null;
	/** Peak of the summed resident memory of the process tree. */
	peakTreeBytes: number;
	/** When the peak was sampled, ms after the start (optional: older reports lack it). */
	peakAtMs?: number;
}

/** Everything measured for one N. */

export interface Result {
	n: number;
	counts: ReturnType<typeof generateCorpus>['counts'];
	corpusWords: number;
	load: { before: number[]; after: number[] };
	/** Absent in a run with `--only build`. */
	check?: {
		/** As `npm run check` runs it, compile cache warm. */
		cold: Process & { runs: number[]; firstRunMs?: number };
		/** With Node's compile cache turned off. */
		coldNoCompileCache: Process & { runs: number[] };
		/** Compile cache warm, Kodex's disk stores off (optional: older reports lack it). */
		coldNoStore?: Process & { runs: number[]; firstRunMs?: number };
		recheck: {
			firstMs: number;
			afterChangeMs: number;
			/** CPU time of that re-check (optional: reports before it was recorded lack it). */
			afterChangeCpuMs?: number;
			afterChangeUncachedMs: number;
			note: string;
		};
		/** A running `check --watch`: save to printed report (optional: older reports lack it). */
		watch?: { medianMs: number; savesMs: number[]; note: string };
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
		row('  Kodex peak reached after', s(k.build.peakAtMs ?? null), '');
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
		if (!r.check) continue;
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
		row(
			'check --watch: save to report (median)',
			r.check.watch ? `${s(r.check.watch.medianMs)} (${r.check.watch.savesMs.length} saves)` : '–',
			'',
		);
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
				r.check ? `${s(r.check.cold.wallMs)} (${s(r.check.cold.cpuMs)})` : '–',
				r.check ? `${r.check.recheck.afterChangeMs} ms` : '–',
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
		if (!r.check) continue;
		const limit = n === 1000 ? 500 : 2000;
		const cpuMs = r.check.cold.cpuMs;
		out.push(
			`check ≤ ${s(limit)} at ${n}: ${s(r.check.cold.wallMs)} — ${judge(r.check.cold.wallMs <= limit)}` +
				(cpuMs === null ? '' : `; CPU ${s(cpuMs)} — ${judge(cpuMs <= limit)}`),
		);
	}
	const k = at(1000)?.check;
	if (k)
		out.push(
			`re-check ≤ 300 ms at 1000: ${k.recheck.afterChangeMs} ms — ${judge(k.recheck.afterChangeMs <= 300)}` +
				(k.recheck.afterChangeCpuMs === undefined
					? ''
					: `; CPU ${k.recheck.afterChangeCpuMs} ms — ${judge(k.recheck.afterChangeCpuMs <= 300)}`),
		);
	if (k?.watch)
		out.push(
			`check --watch feedback ≤ 300 ms at 1000 (save to printed report): ${k.watch.medianMs} ms — ${judge(k.watch.medianMs <= 300)}`,
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

/** What `npm run bench -- --only check` measures: the corpus and `check`, no builds. */
export type CheckResult = Pick<Result, 'n' | 'counts' | 'corpusWords' | 'load' | 'check'>;

/** The `check` figures per N, with the targets they are judged against (goals, not tests). */
export function checkTable(results: readonly CheckResult[]): string {
	const rows: string[] = [];
	const judge = (ms: number | null | undefined, limit: number) =>
		ms == null ? '' : ms <= limit ? ' (met)' : ' (missed)';
	for (const r of results) {
		const c = r.check;
		if (!c) continue;
		const limit = r.n <= 1000 ? 500 : 2000;
		rows.push(
			`\nN = ${r.n} (${r.corpusWords} words; load ${r.load.before.map((l) => l.toFixed(1)).join(' ')})`,
			`  check --strict, cold, all caches warm:  ${s(c.cold.wallMs)} wall, CPU ${s(c.cold.cpuMs)}${r.n === 1000 || r.n === 5000 ? judge(c.cold.cpuMs, limit) : ''}`,
			`    first run, every cache empty:        ${s(c.cold.firstRunMs ?? null)} wall`,
			`    Kodex stores off (fresh checkout):   ${c.coldNoStore ? `${s(c.coldNoStore.wallMs)} wall, CPU ${s(c.coldNoStore.cpuMs)}` : '–'}`,
			`    compile cache and stores off:        ${s(c.coldNoCompileCache.wallMs)} wall, CPU ${s(c.coldNoCompileCache.cpuMs)}`,
			`  re-check after one change (in process): ${s(c.recheck.afterChangeMs)}, CPU ${s(c.recheck.afterChangeCpuMs ?? null)}`,
			`  check --watch, save to report (median): ${c.watch ? `${s(c.watch.medianMs)} (${c.watch.savesMs.map((m) => m).join(', ')} ms)` : '–'}${r.n === 1000 ? judge(c.watch?.medianMs, 300) : ''}`,
		);
	}
	return `${rows.join('\n')}\n`;
}
