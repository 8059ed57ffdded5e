/** Where the handbook content lives: `KODEX_CONTENT`, or `content/` by default. */
import path from 'node:path';

export interface ContentDir {
	/** Absolute path. */
	abs: string;
	/** Path relative to `root`, posix separators. */
	rel: string;
	/** The folder paths in messages are relative to: where the command was run. */
	root: string;
}

export function resolveContentDir(
	env: NodeJS.ProcessEnv = process.env,
	cwd: string = process.cwd(),
): ContentDir {
	const configured = env['KODEX_CONTENT']?.trim() || 'content';
	const abs = path.resolve(cwd, configured);
	const rel = path.relative(cwd, abs).split(path.sep).join('/') || '.';
	return { abs, rel, root: cwd };
}

/**
 * The folder the author ran the command in. `npm run` switches to the package
 * folder and keeps the author's folder in INIT_CWD; paths in messages and a
 * relative KODEX_CONTENT are meant from there.
 */
export function commandDir(env: NodeJS.ProcessEnv = process.env): string {
	return env['INIT_CWD']?.trim() || process.cwd();
}
