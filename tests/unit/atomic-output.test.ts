import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	missingOutput,
	recoverOutput,
	REQUIRED_OUTPUT,
	stagingFolder,
	swapIn,
} from '../../src/lib/util/atomic-output.ts';

mkdirSync('tests/.tmp', { recursive: true });

/** A folder holding `files` (relative path → content). */
function folder(dir: string, files: Record<string, string>): string {
	for (const [rel, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		writeFileSync(path.join(dir, rel), text);
	}
	return dir;
}

const complete = (marker: string) =>
	Object.fromEntries(REQUIRED_OUTPUT.map((f) => [f, marker] as const));

/** The id of a process that has ended. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
		encoding: 'utf8',
	});
	return Number(child.stdout);
}

describe('atomic output', () => {
	it('stages next to the output and swaps a complete build in, leaving no side folders', () => {
		const parent = mkdtempSync(path.resolve('tests/.tmp/atomic-unit-'));
		const out = folder(path.join(parent, 'dist'), complete('old'));
		const staged = stagingFolder(out);
		expect(path.dirname(staged)).toBe(parent);
		expect(existsSync(staged)).toBe(false);
		folder(staged, complete('new'));
		expect(missingOutput(staged)).toEqual([]);
		swapIn(staged, out);
		expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
		expect(readdirSync(parent)).toEqual(['dist']);
	});

	it('names what a build left out', () => {
		const dir = folder(mkdtempSync(path.resolve('tests/.tmp/atomic-unit-')), {
			'index.html': 'x',
		});
		expect(missingOutput(dir)).toEqual(['pagefind/pagefind.js', 'kodex-manifest.json']);
	});

	it('restores the previous site a kill between the two renames left behind, and clears stale staging folders', () => {
		const parent = mkdtempSync(path.resolve('tests/.tmp/atomic-unit-'));
		const pid = deadPid();
		folder(path.join(parent, `dist.old-${pid}-0a1b2c3d`), complete('previous'));
		folder(path.join(parent, `dist.tmp-${pid}-deadbeef`), { 'index.html': 'half' });
		folder(path.join(parent, `other.tmp-${pid}-deadbeef`), { 'index.html': 'not ours' });
		recoverOutput(path.join(parent, 'dist'));
		expect(readdirSync(parent).sort()).toEqual(['dist', `other.tmp-${pid}-deadbeef`]);
		expect(readFileSync(path.join(parent, 'dist', 'index.html'), 'utf8')).toBe('previous');
	});

	it('keeps the staging folder of a build that is still running', () => {
		const parent = mkdtempSync(path.resolve('tests/.tmp/atomic-unit-'));
		const running = path.join(parent, `dist.tmp-${process.pid}-00000000`);
		folder(running, { 'index.html': 'in progress' });
		recoverOutput(path.join(parent, 'dist'));
		expect(existsSync(running)).toBe(true);
	});
});
