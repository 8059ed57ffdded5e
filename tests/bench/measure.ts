/**
 * Runs one command the way the benchmark measures it: wall time, CPU time of the
 * whole process tree (via /usr/bin/time, which counts every waited-for child),
 * peak memory of the whole process tree (the sum of resident memory of the
 * process and all its descendants, sampled from /proc every 50 ms) and every
 * output line with the moment it appeared.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Line {
	/** Milliseconds since the command started. */
	ms: number;
	text: string;
}

export interface Measured {
	code: number | null;
	wallMs: number;
	/** User + system CPU of the process tree, when /usr/bin/time is available. */
	cpuMs: number | null;
	/** Peak of the summed resident memory of the process tree, in bytes. */
	peakTreeBytes: number;
	/** When that peak was sampled, in milliseconds since the start (compare with `lines`). */
	peakAtMs: number;
	lines: Line[];
	output: string;
}

const PAGE = 4096;
const TIME = '/usr/bin/time';

/** Resident bytes of `root` and all its descendants right now (Linux /proc). */
function treeResident(root: number): number {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// The command name may contain spaces; the fields after it are fixed.
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(entry));
			children.set(ppid, list);
		} catch {
			// The process ended while we looked.
		}
	}
	let bytes = 0;
	const todo = [root];
	while (todo.length > 0) {
		const pid = todo.pop()!;
		try {
			bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
		} catch {
			// Gone already.
		}
		todo.push(...(children.get(pid) ?? []));
	}
	return bytes;
}

export function measure(
	command: string,
	args: readonly string[],
	options: { cwd?: string; env?: NodeJS.ProcessEnv; nice?: number } = {},
): Promise<Measured> {
	const timeFile = path.join(os.tmpdir(), `kodex-bench-time-${process.pid}-${Date.now()}`);
	const timed = existsSync(TIME);
	const argv = timed ? ['-f', '%U %S', '-o', timeFile, command, ...args] : [...args];
	const started = performance.now();
	const child = spawn(timed ? TIME : command, argv, {
		cwd: options.cwd,
		env: { ...process.env, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (options.nice && child.pid) os.setPriority(child.pid, options.nice);
	const lines: Line[] = [];
	let output = '';
	const collect = (chunk: Buffer) => {
		const text = chunk.toString('utf8');
		output += text;
		const ms = performance.now() - started;
		for (const line of text.split('\n')) if (line.trim()) lines.push({ ms, text: line });
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	let peak = 0;
	let peakAtMs = 0;
	const sample = () => {
		if (!child.pid) return;
		const bytes = treeResident(child.pid);
		if (bytes > peak) {
			peak = bytes;
			peakAtMs = performance.now() - started;
		}
	};
	const timer = setInterval(sample, 50);
	return new Promise((resolve) => {
		child.on('close', (code) => {
			clearInterval(timer);
			const wallMs = performance.now() - started;
			let cpuMs: number | null = null;
			if (timed && existsSync(timeFile)) {
				const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
				const [user, sys] = last.split(' ').map(Number);
				if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user! + sys!) * 1000;
				rmSync(timeFile, { force: true });
			}
			resolve({ code, wallMs, cpuMs, peakTreeBytes: peak, peakAtMs, lines, output });
		});
	});
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
