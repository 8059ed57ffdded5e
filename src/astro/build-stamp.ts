/**
 * A note of the last finished build, in .astro/kodex-build.json: where it went,
 * what it was built from (a fingerprint of the sources, the content and the git
 * commit) and with which settings. The test suite reuses a build that
 * `npm run build` just made from the same tree with the same settings (CI runs
 * both, see .ci/run) instead of building the same site a second time.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { historyEnabled } from '../lib/history/version-history.ts';
import { today } from '../lib/domain/today.ts';

const STAMP_FILE = path.join('.astro', 'kodex-build.json');

/** What the build depends on besides the files: the settings Kodex reads from the environment. */
export type BuildSettings = Record<'today' | 'content' | 'drafts' | 'history' | 'strict', string>;

export interface BuildStamp {
	/** Absolute path of the build output. */
	outDir: string;
	fingerprint: string;
	settings: BuildSettings;
	/** How long the build took, in milliseconds. */
	ms: number;
}

export function buildSettings(
	env: NodeJS.ProcessEnv = process.env,
	cwd = process.cwd(),
): BuildSettings {
	return {
		today: today(env),
		content: resolveContentDir(env, cwd).abs,
		drafts: env['KODEX_DRAFTS'] ?? '',
		history: String(historyEnabled(env)),
		strict: env['KODEX_STRICT'] ?? '',
	};
}

/** The inputs of a build, by path: sources, configuration, lock file and content. */
const INPUTS = ['src', 'schemas', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];

function listFiles(abs: string, out: string[]): void {
	if (!existsSync(abs)) return;
	if (!statSync(abs).isDirectory()) {
		out.push(abs);
		return;
	}
	for (const entry of readdirSync(abs, { withFileTypes: true })) {
		if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
		listFiles(path.join(abs, entry.name), out);
	}
}

/**
 * A fingerprint of everything a build reads: every input file's path, size and
 * modification time, and the git commit (the history pages show it).
 */
export function sourceFingerprint(root: string, contentDir: string): string {
	const files: string[] = [];
	for (const input of INPUTS) listFiles(path.join(root, input), files);
	listFiles(contentDir, files);
	const hash = createHash('sha256');
	for (const file of files.sort()) {
		const stat = statSync(file);
		hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
	}
	const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: contentDir, encoding: 'utf8' });
	hash.update(head.status === 0 ? head.stdout.trim() : 'no git');
	return hash.digest('hex');
}

export function writeBuildStamp(root: string, stamp: BuildStamp): void {
	mkdirSync(path.join(root, '.astro'), { recursive: true });
	writeFileSync(path.join(root, STAMP_FILE), `${JSON.stringify(stamp, null, '\t')}\n`);
}

/**
 * The last build, when it is current: made from the files as they are now, with
 * `settings`, and still on disk. Undefined otherwise.
 */
export function currentBuild(root: string, settings: BuildSettings): BuildStamp | undefined {
	let stamp: BuildStamp;
	try {
		stamp = JSON.parse(readFileSync(path.join(root, STAMP_FILE), 'utf8')) as BuildStamp;
	} catch {
		return undefined;
	}
	const same =
		JSON.stringify(stamp.settings) === JSON.stringify(settings) &&
		existsSync(path.join(stamp.outDir, 'kodex-manifest.json')) &&
		stamp.fingerprint === sourceFingerprint(root, settings.content);
	return same ? stamp : undefined;
}
