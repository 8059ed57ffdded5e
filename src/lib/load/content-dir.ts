/** Where the handbook content lives: `KODEX_CONTENT`, or `content/` by default. */
import path from 'node:path';

export interface ContentDir {
	/** Absolute path. */
	abs: string;
	/** Path relative to the repository root (the working directory), posix separators. */
	rel: string;
}

export function resolveContentDir(
	env: NodeJS.ProcessEnv = process.env,
	cwd: string = process.cwd(),
): ContentDir {
	const configured = env['KODEX_CONTENT']?.trim() || 'content';
	const abs = path.resolve(cwd, configured);
	const rel = path.relative(cwd, abs).split(path.sep).join('/') || '.';
	return { abs, rel };
}
