/**
 * Shared entry point for Kodex commands: turns usage mistakes into exit code 2
 * with a one-line message, and never shows an author a stack trace.
 */

export class UsageError extends Error {}

export function runCli(usage: string, main: (argv: string[]) => Promise<number>): void {
	main(process.argv.slice(2))
		.then((code) => {
			process.exitCode = code;
		})
		.catch((err: unknown) => {
			if (err instanceof UsageError || isParseArgsError(err)) {
				process.stderr.write(`${(err as Error).message}\n\n${usage}\n`);
				process.exitCode = 2;
				return;
			}
			const message = err instanceof Error ? err.message : String(err);
			process.stderr.write(
				`Kodex stopped because of an internal problem: ${message}\n` +
					'This is not a mistake in your content. Please report it to the Kodex maintainers' +
					(process.env['KODEX_DEBUG'] ? '' : ' (set KODEX_DEBUG=1 to include technical details)') +
					'.\n',
			);
			if (process.env['KODEX_DEBUG'] && err instanceof Error)
				process.stderr.write(`${err.stack}\n`);
			process.exitCode = 1;
		});
}

function isParseArgsError(err: unknown): boolean {
	const code = (err as { code?: string } | null)?.code;
	return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
