/**
 * One validation per process and content folder, shared by the integration
 * (loaded with astro.config.mjs) and the content loaders (loaded with
 * src/content.config.ts). Astro loads those in different module graphs, so
 * module-level state would be duplicated: the memo lives on `globalThis`.
 */
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { FSWatcher } from 'vite';
import { formatDiagnostics } from '../lib/format-text.ts';
import { loadHandbook } from '../lib/load.ts';
import { validate, validateLoaded, type ValidationResult } from '../lib/validate.ts';
import { readGitHistory } from './history.ts';

type Command = 'dev' | 'build' | 'preview' | 'sync';

interface DirState {
	result: Promise<ValidationResult>;
	/** Re-sync callbacks of the loaders, by collection, run after a re-validation in dev. */
	listeners: Map<string, () => Promise<void>>;
	watchers: WeakSet<FSWatcher>;
	timer?: ReturnType<typeof setTimeout>;
}

interface SharedState {
	dirs: Map<string, DirState>;
	command: Command | undefined;
}

const KEY = Symbol.for('kodex.site.validation');

function shared(): SharedState {
	const g = globalThis as typeof globalThis & { [KEY]?: SharedState };
	g[KEY] ??= { dirs: new Map(), command: undefined };
	return g[KEY];
}

function state(contentDir: string): DirState {
	const dirs = shared().dirs;
	let s = dirs.get(contentDir);
	if (!s) {
		s = { result: validateShared(contentDir), listeners: new Map(), watchers: new WeakSet() };
		dirs.set(contentDir, s);
	}
	return s;
}

/**
 * `validate`, with HIST-001 fed from the git history the pages use too
 * (src/astro/history.ts), so a build runs `git log` once.
 */
async function validateShared(contentDir: string): Promise<ValidationResult> {
	const [load, git] = await Promise.all([loadHandbook(contentDir), readGitHistory(contentDir)]);
	return validateLoaded(load, { history: git.enabled ? git.versions : false });
}

/** The validation result for `contentDir` (absolute), computed once per process until invalidated. */
export function getValidation(contentDir: string): Promise<ValidationResult> {
	return state(contentDir).result;
}

/** Forgets the memoised result, e.g. after the config reloads in dev. */
export function invalidateValidation(contentDir: string): void {
	const s = shared().dirs.get(contentDir);
	if (s) s.result = validate(contentDir);
}

/** Calls `listener` (under `key`) after every re-validation in dev, like the loaders' re-syncs. */
export function onRevalidated(
	contentDir: string,
	key: string,
	listener: () => Promise<void>,
): void {
	state(contentDir).listeners.set(key, listener);
}

/** Records which Astro command runs (set by the integration). */
export function setCommand(command: Command): void {
	shared().command = command;
}

export function getCommand(): Command | undefined {
	return shared().command;
}

/** Whether the run failed validation: errors, or warnings under strict (handbook.yaml or KODEX_STRICT=1). */
export function isStrict(result: ValidationResult, env: NodeJS.ProcessEnv = process.env): boolean {
	return result.strict || env['KODEX_STRICT'] === '1';
}

export function failsBuild(
	result: ValidationResult,
	env: NodeJS.ProcessEnv = process.env,
): boolean {
	return result.errors.length > 0 || (isStrict(result, env) && result.warnings.length > 0);
}

/** The report `npm run check` prints, with strict taken from the environment too. */
export function report(
	result: ValidationResult,
	env: NodeJS.ProcessEnv = process.env,
	color = false,
): string {
	return formatDiagnostics({ ...result, strict: isStrict(result, env) }, { color });
}

/**
 * In dev: watches the content folder once per watcher; after a burst of
 * changes it validates again, logs the report and lets every loader re-sync.
 */
export function watchContent(
	watcher: FSWatcher,
	contentDir: string,
	logger: AstroIntegrationLogger,
	collection: string,
	resync: () => Promise<void>,
): void {
	const s = state(contentDir);
	s.listeners.set(collection, resync);
	if (s.watchers.has(watcher)) return;
	s.watchers.add(watcher);
	watcher.add(contentDir);
	const inside = (file: string) => {
		const rel = path.relative(contentDir, file);
		return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
	};
	watcher.on('all', (_event: string, file: string) => {
		if (!inside(file)) return;
		clearTimeout(s.timer);
		s.timer = setTimeout(() => {
			s.result = validate(contentDir);
			void s.result.then(async (result) => {
				if (result.errors.length + result.warnings.length > 0) logger.warn(`\n${report(result)}`);
				else logger.info('Handbook content is valid.');
				for (const listener of s.listeners.values()) await listener();
			});
		}, 80);
	});
}
