/** Two test runs on one checkout: the second gets its own scratch folder (tests/setup/scratch.ts). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimScratch, OWNER_FILE, processAlive } from '../../setup/scratch.ts';

const dirs: string[] = [];
function shared(): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'kodex-scratch-'));
	dirs.push(dir);
	return path.join(dir, '.tmp');
}
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('claiming the scratch folder', () => {
	it('gives the shared folder to the first run and records it as the owner', () => {
		const dir = shared();
		expect(claimScratch(dir, 101, () => true)).toBe(dir);
		expect(readFileSync(path.join(dir, OWNER_FILE), 'utf8')).toBe('101');
		// The same process asking again (a test worker re-reading the module) keeps it.
		expect(claimScratch(dir, 101, () => true)).toBe(dir);
	});

	it('sends a second run to its own folder while the first is alive', () => {
		const dir = shared();
		claimScratch(dir, 101, () => true);
		expect(claimScratch(dir, 202, (pid) => pid === 101)).toBe(path.join(dir, 'run-202'));
		expect(readFileSync(path.join(dir, OWNER_FILE), 'utf8')).toBe('101');
	});

	it('takes over the claim of a run that has ended', () => {
		const dir = shared();
		claimScratch(dir, 101, () => true);
		expect(claimScratch(dir, 202, () => false)).toBe(dir);
		expect(readFileSync(path.join(dir, OWNER_FILE), 'utf8')).toBe('202');
	});

	it('takes over an unreadable claim', () => {
		const dir = shared();
		claimScratch(dir, 101, () => true);
		writeFileSync(path.join(dir, OWNER_FILE), 'garbage');
		expect(claimScratch(dir, 202, () => true)).toBe(dir);
	});

	it('asks the operating system whether a process lives', () => {
		expect(processAlive(process.pid)).toBe(true);
		expect(processAlive(2 ** 22 + 12345)).toBe(false);
	});
});
