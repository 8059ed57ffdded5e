/**
 * Shared entry point for Kodex commands: turns usage mistakes into exit code 2
 * with a one-line message, and an unexpected exception into exit code 70 with one
 * paragraph and the trace in a file (src/lib/diagnostics/exit-codes.ts): never a stack trace. Also the
 * option handling every command shares: strict parsing with --help, --format
 * and a pinned KODEX_TODAY.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { isCalendarDate } from '../../schemas/common.ts';
import { EXIT, internalFailure, summaryOf, traceOf } from '../lib/diagnostics/exit-codes.ts';

export class UsageError extends Error {}

export function runCli(usage: string, main: (argv: string[]) => Promise<number>): void {
	main(process.argv.slice(2))
		.then((code) => {
			process.exitCode = code;
		})
		.catch((err: unknown) => {
			if (err instanceof UsageError || isParseArgsError(err)) {
				process.stderr.write(`${(err as Error).message}\n\n${usage}\n`);
				process.exitCode = EXIT.usage;
				return;
			}
			process.stderr.write(internalFailure(commandName(), summaryOf(err), traceOf(err)));
			process.exitCode = EXIT.internal;
		});
}

/** `check`, `review`, … : the script's file name. */
function commandName(): string {
	return path.basename(process.argv[1] ?? 'kodex', '.ts');
}

/** Whether `err` is node:util parseArgs' complaint about the arguments. */
export function isParseArgsError(err: unknown): boolean {
	const code = (err as { code?: string } | null)?.code;
	return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * Parses `argv` strictly: the command's `options` plus `--help`, no positionals.
 * Prints the usage and returns undefined when help was asked for.
 */
export function parseCommand<const T extends ParseArgsOptionsConfig>(
	argv: string[],
	usage: string,
	options: T,
) {
	const { values } = parseArgs({
		args: argv,
		options: { ...options, ...HELP },
		strict: true,
		allowPositionals: false,
	});
	if ((values as { help?: boolean }).help) {
		process.stdout.write(`${usage}\n`);
		return undefined;
	}
	return values;
}

/** `value` when it is one of `formats`; otherwise a usage error that names them. */
export function pickFormat<const F extends string>(value: unknown, formats: readonly F[]): F {
	if (typeof value === 'string' && (formats as readonly string[]).includes(value))
		return value as F;
	const names = formats.map((f) => `--format ${f}`);
	throw new UsageError(
		`Unknown format "${String(value)}"; use ${names.slice(0, -1).join(', ')} or ${names.at(-1)}.`,
	);
}

/** Stops with a usage error when KODEX_TODAY is set but is not a date. */
export function checkPinnedToday(env: NodeJS.ProcessEnv = process.env): void {
	const pinned = env['KODEX_TODAY'];
	if (pinned !== undefined && !isCalendarDate(pinned.trim())) {
		throw new UsageError(
			`KODEX_TODAY="${pinned}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22.`,
		);
	}
}
