/**
 * Atomic site output: a build writes into a fresh folder next to the output
 * (`dist.tmp-<pid>-<random>`) and only a complete result replaces the output. Two renames
 * swap it in (the old site moves to `dist.old-<pid>-<random>` for the moment between them),
 * so a failed or killed build never leaves a half-written or empty `dist/`; the next build
 * restores an old site a kill between the renames left behind and clears stale folders.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files without which a built site is not complete. */
export const REQUIRED_OUTPUT = ['index.html', 'pagefind/pagefind.js', 'kodex-manifest.json'];

const SIDE_FOLDER = /^(.+)\.(tmp|old)-(\d+)-[0-9a-f]+$/;

function alive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Side folders of `out` whose build process has gone. */
function leftovers(out: string): { tmp: string[]; old: string[] } {
	const parent = path.dirname(out);
	const base = path.basename(out);
	const found = { tmp: [] as string[], old: [] as string[] };
	if (!existsSync(parent)) return found;
	for (const name of readdirSync(parent)) {
		const m = SIDE_FOLDER.exec(name);
		if (!m || m[1] !== base || alive(Number(m[3]))) continue;
		found[m[2] as 'tmp' | 'old'].push(path.join(parent, name));
	}
	return found;
}

/**
 * Before a build: puts back a previous site that a kill between the two renames left in an
 * `.old-` folder, and removes the side folders of builds that no longer run.
 */
export function recoverOutput(out: string): void {
	const { tmp, old } = leftovers(out);
	if (!existsSync(out) && old.length > 0) {
		const newest = old.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
		renameSync(newest, out);
	}
	for (const dir of [...tmp, ...old]) rmSync(dir, { recursive: true, force: true });
}

/** A fresh, not yet existing folder next to `out` for the build to write into. */
export function stagingFolder(out: string): string {
	mkdirSync(path.dirname(out), { recursive: true });
	return `${out}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** The required files missing from a finished build in `dir`. */
export function missingOutput(dir: string): string[] {
	return REQUIRED_OUTPUT.filter((file) => !existsSync(path.join(dir, file)));
}

/** Replaces `out` by the complete build in `staged`. */
export function swapIn(staged: string, out: string): void {
	const old = `${out}.old-${process.pid}-${randomBytes(4).toString('hex')}`;
	const hadOutput = existsSync(out);
	if (hadOutput) renameSync(out, old);
	try {
		renameSync(staged, out);
	} catch (err) {
		if (hadOutput) renameSync(old, out);
		throw err;
	}
	if (hadOutput) rmSync(old, { recursive: true, force: true });
}
