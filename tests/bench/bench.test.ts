/**
 * `npm run bench -- --quick` runs in CI: a corpus of 100 documents, `check`, the
 * Kodex build and the plain Astro + MDX + Pagefind baseline. Timings are never
 * asserted (they belong to BENCHMARKS.md); this test asserts that every step
 * succeeded and the report carries every measurement the benchmark promises.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_TMP } from '../setup/build-site.ts';

const work = path.join(TEST_TMP, 'bench-quick');
const out = path.join(work, 'report.json');

describe('npm run bench -- --quick', () => {
	it('builds Kodex and the plain baseline from one corpus and reports every measurement', () => {
		rmSync(work, { recursive: true, force: true });
		const run = spawnSync(
			process.execPath,
			['tests/bench/bench.ts', '--quick', '--check-runs', '1', '--work', work, '--out', out],
			{ encoding: 'utf8', timeout: 540_000 },
		);
		expect(run.status, run.stderr).toBe(0);
		const report = JSON.parse(readFileSync(out, 'utf8'));
		expect(report.mode).toBe('quick');
		expect(report.results).toHaveLength(1);
		const [r] = report.results;
		expect(r.n).toBe(100);
		expect(r.counts).toEqual({ guidelines: 86, checklists: 8, playbooks: 2, other: 4 });
		for (const value of [
			r.check.cold.wallMs,
			r.check.coldNoCompileCache.wallMs,
			r.check.recheck.afterChangeMs,
			r.check.watch.medianMs,
			r.kodex.build.wallMs,
			r.kodex.build.peakTreeBytes,
			r.kodex.phases.renderMs,
			r.kodex.phases.searchIndexMs,
			r.plain.build.wallMs,
			r.plain.build.peakTreeBytes,
		])
			expect(value).toBeGreaterThan(0);
		// The watching check saw each save: one report per save, none asserted for speed.
		expect(r.check.watch.savesMs).toHaveLength(6);
		// Every document has a page in both sites; the plain site adds one index page.
		expect(r.plain.site.pages).toBe(97);
		expect(r.kodex.site.pages).toBeGreaterThanOrEqual(100);
		for (const site of [r.kodex.site, r.plain.site]) {
			expect(site.pagefindBytes).toBeGreaterThan(0);
			expect(site.referencePage.bytes).toBeGreaterThan(site.referencePage.gzipBytes);
			expect(site.largestDocumentPage.bytes).toBeGreaterThanOrEqual(site.referencePage.bytes);
			expect(site.largestListPage.bytes).toBeGreaterThan(0);
		}
		// Kodex pages load its own scripts before search; the plain pages load none.
		expect(r.kodex.site.maxJsBeforeSearch.gzipBytes).toBeGreaterThan(0);
		expect(r.plain.site.maxJsBeforeSearch.gzipBytes).toBe(0);
		for (const key of [
			'buildWall',
			'buildCpu',
			'peakMemory',
			'pages',
			'distBytes',
			'pagefindBytes',
		])
			expect(r.ratios[key], key).toBeGreaterThan(0);
		expect(run.stdout).toMatch(/build, wall \(search included\)\s+[\d.]+ s\s+[\d.]+ s\s+[\d.]+×/);
		expect(report.results[0].load.before).toHaveLength(3);
		// The summary across N and the targets are printed, judged but never asserted.
		expect(run.stdout).toMatch(/^\| 100 \| [\d.]+× \| [\d.]+× \|/m);
		expect(run.stdout).toMatch(
			/^- JS before search ≤ 5 KB gz on every page: [\d.]+ KB — (met|missed)$/m,
		);
	}, 600_000);
});
