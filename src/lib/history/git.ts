/**
 * Runs git as a child process, never through a shell. Small answers are
 * collected; long ones (the log, file contents) are streamed chunk by chunk so
 * that memory stays flat however long the history is. A missing git binary or
 * a folder outside any repository is an ordinary result, never an exception.
 */
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';

export interface GitResult {
	/** Exit code; -1 when git could not be started at all. */
	code: number;
	stdout: string;
	stderr: string;
}

/** Settings that make git's output stable whatever the user's configuration says. */
const STABLE = [
	'-c',
	'core.quotePath=false',
	'-c',
	'log.showSignature=false',
	'-c',
	'color.ui=false',
	'-c',
	'diff.renames=true',
];

/** Runs `git <args>` in `cwd` and collects its output (for commands with short answers). */
export async function git(cwd: string, args: readonly string[]): Promise<GitResult> {
	let stdout = '';
	const r = await streamGitText(cwd, args, (chunk) => (stdout += chunk));
	return { ...r, stdout };
}

/** Runs `git <args>` in `cwd`, handing stdout to `onText` as UTF-8 text chunks. */
export function streamGitText(
	cwd: string,
	args: readonly string[],
	onText: (chunk: string) => void,
): Promise<{ code: number; stderr: string }> {
	const decoder = new StringDecoder('utf8');
	return spawnGit(cwd, args, {
		onStdout: (chunk) => onText(decoder.write(chunk)),
		onEnd: () => {
			const rest = decoder.end();
			if (rest) onText(rest);
		},
	});
}

export interface SpawnOptions {
	/** Written to stdin, which is then closed. */
	input?: string;
	onStdout(chunk: Buffer): void;
	/** Called once stdout is finished, before the promise resolves. */
	onEnd?(): void;
}

/** Runs `git <args>`, streaming stdout as raw bytes. Resolves with the exit code and stderr. */
export function spawnGit(
	cwd: string,
	args: readonly string[],
	options: SpawnOptions,
): Promise<{ code: number; stderr: string }> {
	return new Promise((resolve) => {
		let stderr = '';
		let settled = false;
		const finish = (code: number, extra = '') => {
			if (settled) return;
			settled = true;
			options.onEnd?.();
			resolve({ code, stderr: stderr + extra });
		};
		const child = spawn('git', [...STABLE, ...args], {
			cwd,
			// No prompts, no lock files taken by read-only commands such as `git status`.
			env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		child.stdout.on('data', options.onStdout);
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk: string) => {
			if (stderr.length < 10_000) stderr += chunk;
		});
		child.on('error', (err: NodeJS.ErrnoException) =>
			finish(-1, err.code === 'ENOENT' ? 'git is not installed' : err.message),
		);
		child.on('close', (code) => finish(code ?? -1));
		child.stdin.on('error', () => {}); // git may exit before reading everything
		child.stdin.end(options.input);
	});
}
