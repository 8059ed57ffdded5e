/**
 * Child process of `npm run bench`: the feedback time of a real `npm run check -- --watch`
 * (src/cli/check-watch.ts) — from an author's save to the report of what came or went. Starts
 * the watching check on the corpus in `argv[2]`, waits for its first report, then saves
 * `argv[3]` alternately with an unknown field (a new error) and restored (the error fixed),
 * `argv[4]` times (default 6), and measures each save until the watcher has printed its
 * summary. The time includes the watcher's debounce and the file system's change event,
 * which a `validate()` in one process (recheck.ts) does not. Restores the file and prints
 * `{"savesMs": [...], "medianMs", "newSeen", "fixedSeen"}` as JSON.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [contentDir, changed, savesArg] = process.argv.slice(2);
if (!contentDir || !changed) {
	process.stderr.write('usage: watch.ts <content-dir> <file-to-change> [saves]\n');
	process.exit(2);
}
const saves = Number(savesArg ?? 6);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const original = readFileSync(changed, 'utf8');
const broken = original.replace(/^---\n/, '---\nunbekanntesFeld: 1\n');
if (broken === original) throw new Error(`${changed} does not start with frontmatter`);

const child = spawn(process.execPath, ['src/cli/check.ts', '--watch', '--strict'], {
	cwd: ROOT,
	env: { ...process.env, KODEX_CONTENT: contentDir, KODEX_LANG: 'en', NO_COLOR: '1' },
	stdio: ['ignore', 'pipe', 'pipe'],
});
let out = '';
let err = '';
child.stdout.on('data', (c: Buffer) => (out += c.toString()));
child.stderr.on('data', (c: Buffer) => (err += c.toString()));

/** Resolves once `test` holds for the output, polling every 2 ms; fails after `ms`. */
async function until(test: () => boolean, ms: number, what: string): Promise<void> {
	const deadline = performance.now() + ms;
	while (!test()) {
		if (performance.now() > deadline || child.exitCode !== null)
			throw new Error(`watch: no ${what} (${err.trim() || out.slice(-500)})`);
		await new Promise((r) => setTimeout(r, 2));
	}
}

const summaries = () => out.match(/ checked in /g)?.length ?? 0;
const savesMs: number[] = [];
let newSeen = 0;
let fixedSeen = 0;
try {
	await until(() => out.includes('Watching for changes'), 120_000, 'first report');
	// Let the watchers settle before the first save.
	await new Promise((r) => setTimeout(r, 300));
	for (let i = 0; i < saves; i++) {
		const before = summaries();
		const mark = out.length;
		const started = performance.now();
		writeFileSync(changed, i % 2 === 0 ? broken : original);
		await until(() => summaries() > before, 60_000, `report after save ${i + 1}`);
		savesMs.push(performance.now() - started);
		const report = out.slice(mark);
		if (/^new {2}/m.test(report)) newSeen++;
		if (/^fixed {2}/m.test(report)) fixedSeen++;
		// The watcher takes events that arrive while it runs as one more run; wait them out.
		await new Promise((r) => setTimeout(r, 250));
	}
} finally {
	writeFileSync(changed, original);
	child.kill();
}
const sorted = [...savesMs].sort((a, b) => a - b);
const medianMs = sorted[Math.floor(sorted.length / 2)] ?? 0;
process.stdout.write(`${JSON.stringify({ savesMs, medianMs, newSeen, fixedSeen })}\n`);
