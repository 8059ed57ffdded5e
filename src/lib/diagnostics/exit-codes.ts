/**
 * Exit codes of every Kodex command (check, build, review, changes, schema), and the
 * message for a fault in Kodex itself: one paragraph for the author, the full trace in a file.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EXIT = {
	/** Everything passed. */
	ok: 0,
	/** The content has errors (or warnings under strict). */
	content: 1,
	/** The command was called wrongly: unknown option, bad value. */
	usage: 2,
	/** Kodex or a tool it runs failed: not the author's fault (EX_SOFTWARE from sysexits.h). */
	internal: 70,
} as const;

const ISSUE_HINT =
	'Please report the problem to whoever maintains Kodex for your handbook and attach that file';

/** Where traces go: KODEX_TRACE_DIR, or the system's temporary folder. */
function traceDir(env: NodeJS.ProcessEnv = process.env): string {
	return env['KODEX_TRACE_DIR']?.trim() || tmpdir();
}

/**
 * Writes `trace` (a stack trace or a tool's full output) to a new file and returns the
 * paragraph to print: what stopped, that the content is not to blame, where the trace is and
 * how to report it. When the file cannot be written the trace is appended to the paragraph.
 */
export function internalFailure(
	command: string,
	summary: string,
	trace: string,
	env: NodeJS.ProcessEnv = process.env,
	now: Date = new Date(),
	aftermath = '',
): string {
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	const file = path.join(traceDir(env), `kodex-${command}-${stamp}-${process.pid}.log`);
	let where: string;
	try {
		writeFileSync(
			file,
			`kodex ${command} failed at ${now.toISOString()}\n${summary}\n\n${trace}\n`,
		);
		where = `The full technical details are in ${file}. ${ISSUE_HINT} (exit code ${EXIT.internal}).`;
	} catch {
		where = `${ISSUE_HINT.replace(' and attach that file', '')} (exit code ${EXIT.internal}), with these technical details:\n${trace}`;
	}
	const paragraph =
		`Kodex ${command} stopped because of an internal problem: ${summary} ` +
		`This is not a mistake in your content.${aftermath ? ` ${aftermath}` : ''} ${where}`;
	return `${paragraph}\n`;
}

/** The trace of anything thrown: the stack when there is one. */
export function traceOf(err: unknown): string {
	if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
	return String(err);
}

/** The first line of an error message, for the paragraph. */
export function summaryOf(err: unknown): string {
	const message = err instanceof Error ? err.message : String(err);
	const first = message.split('\n').find((l) => l.trim()) ?? 'unknown error';
	return /[.!?]$/.test(first.trim()) ? first.trim() : `${first.trim()}.`;
}
