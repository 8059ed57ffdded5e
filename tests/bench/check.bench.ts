/**
 * `npm run bench`: how long validation takes, on the example handbook and on
 * generated handbooks of 1,000 and 5,000 documents. Reports the median of
 * several runs; speed is measured here, never asserted in tests.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { validate } from '../../src/lib/validate.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

async function median(label: string, dir: string, docs: number): Promise<void> {
	const times: number[] = [];
	let errors = 0;
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		const result = await validate(dir, { today: '2026-11-22' });
		times.push(performance.now() - start);
		errors = result.errors.length;
	}
	times.sort((a, b) => a - b);
	const mid = times[Math.floor(times.length / 2)]!;
	console.log(
		`${label.padEnd(34)} ${String(docs).padStart(5)} docs  median ${mid.toFixed(0).padStart(5)} ms  ` +
			`(${(mid / docs).toFixed(2)} ms/doc, ${errors} errors)`,
	);
}

/** Copies the example handbook and adds `extra` generated guidelines that reference it. */
function generate(extra: number): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'kodex-bench-'));
	cpSync(resolveContentDir().abs, dir, { recursive: true });
	mkdirSync(path.join(dir, 'guidelines', 'generated'), { recursive: true });
	for (let i = 0; i < extra; i++) {
		const data = {
			id: `generiert-${i}`,
			title: `Generierte Leitlinie ${i}`,
			summary: 'Eine erzeugte Leitlinie, um die Validierung unter Last zu messen.',
			language: 'de',
			status: 'approved',
			owner: 'social-media-manager',
			approvedBy: 'head-of-communications',
			reviewedOn: '2026-06-01',
			reviewBy: '2027-06-01',
			audience: ['all-employees'],
			related: ['mitarbeitende'],
			scope: 'both',
			binding: 'policy',
			appliesTo: 'all',
			rules: Array.from({ length: 6 }, (_, r) => ({
				id: `regel-${r}`,
				kind: r % 2 ? 'dont' : 'do',
				text: `Regel Nummer ${r} dieser Leitlinie, kurz und klar formuliert.`,
				rationale: 'Damit alle wissen, woran sie sind.',
			})),
			contacts: ['social-media-manager'],
		};
		writeFileSync(
			path.join(dir, 'guidelines', 'generated', `generiert-${i}.mdx`),
			`---\n${stringify(data)}---\n\n## Abschnitt\n\nText der Leitlinie ${i}.\n`,
		);
	}
	return dir;
}

const example = resolveContentDir().abs;
await median('example handbook', example, (await validate(example)).handbook.docs.length);
for (const n of [1000, 5000]) {
	const dir = generate(n);
	try {
		await median(`example + ${n} generated guidelines`, dir, n);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
