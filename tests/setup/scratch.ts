/**
 * Which scratch folder a test run uses. The first run on a checkout takes the shared
 * `tests/.tmp` (its fixture builds are reused from run to run); a second run started while
 * the first is still alive gets `tests/.tmp/run-<pid>` instead, so that it never deletes or
 * rebuilds the site the first one is reading. The claim is a file holding the owner's process
 * id: a run that ended (or was killed) leaves it stale, and the next run takes it over.
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The owner file inside the shared folder. */
export const OWNER_FILE = '.run-owner';

/** Whether a process with this id is running (signal 0 only asks). */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Claims `shared` for process `pid`, or returns a private folder beside the shared one's
 * contents when another live process owns it.
 */
export function claimScratch(
	shared: string,
	pid: number = process.pid,
	alive: (pid: number) => boolean = processAlive,
): string {
	mkdirSync(shared, { recursive: true });
	const owner = path.join(shared, OWNER_FILE);
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			writeFileSync(owner, String(pid), { flag: 'wx' });
			return shared;
		} catch {
			// Someone holds it (or just took it): ours, a live run's, or a stale one.
		}
		const holder = existsSync(owner) ? Number(readFileSync(owner, 'utf8').trim()) : NaN;
		if (holder === pid) return shared;
		if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
			return path.join(shared, `run-${pid}`);
		}
		try {
			unlinkSync(owner);
		} catch {
			// Another run removed the stale claim first; try again.
		}
	}
	return path.join(shared, `run-${pid}`);
}
