/**
 * Exit codes shared by the commands (src/lib/diagnostics/exit-codes.ts): 2 for usage, 70 for a fault in
 * Kodex or its tools with one paragraph for the author and the full trace in a file.
 * (1 for content errors: tests/cli/check.test.ts and tests/integration/atomic-build.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

mkdirSync('tests/.tmp', { recursive: true });
const traces = mkdtempSync(path.resolve('tests/.tmp/traces-'));
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
	return spawnSync(process.execPath, args, {
		env: { ...process.env, NO_COLOR: '1', KODEX_TRACE_DIR: traces, ...env },
		encoding: 'utf8',
		timeout: 120_000,
	});
}

/** The trace file the paragraph names; it must exist and hold `expected`. */
function expectTrace(stderr: string, expected: RegExp): void {
	const file = /The full technical details are in (\S+?)\.(?: |$)/m.exec(stderr)?.[1];
	expect(file, stderr).toBeDefined();
	expect(path.dirname(file!)).toBe(traces);
	expect(existsSync(file!)).toBe(true);
	expect(readFileSync(file!, 'utf8')).toMatch(expected);
}

describe('exit codes', () => {
	it('build: 2 for an unknown option, with the usage', () => {
		const result = run(['src/cli/build.ts', '--fast']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("Unknown option '--fast'");
		expect(result.stderr).toContain('Usage: npm run build');
	});

	it('build: 70 when the output folder cannot be created, one paragraph and no stack trace', () => {
		const result = run(['src/cli/build.ts', '--out-dir', 'package.json/dist']);
		expect(result.status).toBe(70);
		expect(result.stderr).toMatch(/^Kodex build stopped because of an internal problem: ENOTDIR/m);
		expect(result.stderr).toContain('This is not a mistake in your content.');
		expect(result.stderr).toContain('Please report the problem');
		expect(result.stderr).not.toMatch(STACK_FRAME);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expectTrace(result.stderr, STACK_FRAME);
	});

	it('every command: 70 for an unexpected exception, with the stack in the trace file', () => {
		const script = [
			"import { runCli } from './src/cli/run.ts';",
			"runCli('Usage: test', async () => { throw new TypeError('boom in a rule'); });",
		].join('\n');
		const result = run(['--input-type=module', '-e', script]);
		expect(result.status).toBe(70);
		expect(result.stderr).toContain('internal problem: boom in a rule.');
		expect(result.stderr).not.toMatch(STACK_FRAME);
		expectTrace(result.stderr, /TypeError: boom in a rule\n\s+at /);
	});
});
