/**
 * What the site does with a validation result: whether a build may go on, the
 * report it prints, and (in dev) re-validating after edits. The result itself
 * comes from the process cache (src/astro/cache.ts).
 */
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { FSWatcher } from 'vite';
import { cliLanguage, cliWord, type CliLanguage } from '../lib/diagnostics/cli-language.ts';
import { formatDiagnostics } from '../lib/diagnostics/format-text.ts';
import type { ValidationResult } from '../lib/validate.ts';
import { devHooks, refresh } from './cache.ts';

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

/**
 * The report `npm run check` prints, with strict taken from the environment too, in check's
 * language: KODEX_LANG, else the handbook's default language.
 */
export function report(
	result: ValidationResult,
	env: NodeJS.ProcessEnv = process.env,
	color = false,
): string {
	return formatDiagnostics(
		{ ...result, strict: isStrict(result, env) },
		{ color, lang: reportLanguage(result, env) },
	);
}

/** Check's language for this result: KODEX_LANG, else the handbook's default language. */
function reportLanguage(
	result: ValidationResult,
	env: NodeJS.ProcessEnv = process.env,
): CliLanguage {
	return cliLanguage(env['KODEX_LANG'], result.handbook.config?.data?.locales.default);
}

/** The closing lines of a build stopped by content errors, in check's language. */
export function refusal(
	result: ValidationResult,
	folder: string,
	env: NodeJS.ProcessEnv = process.env,
): { message: string; hint: string } {
	const lang = reportLanguage(result, env);
	return {
		message: cliWord(lang, 'buildRefused').replace('{folder}', folder),
		hint: cliWord(lang, 'buildRefusedHint'),
	};
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
	const s = devHooks(contentDir);
	s.listeners.set(collection, resync);
	if (s.watchers.has(watcher)) return;
	s.watchers.add(watcher);
	watcher.add(contentDir);
	const inside = (file: string) => {
		const rel = path.relative(contentDir, file);
		return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	watcher.on('all', (_event: string, file: string) => {
		if (!inside(file)) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			void refresh(contentDir).then(async (result) => {
				if (result.errors.length + result.warnings.length > 0) logger.warn(`\n${report(result)}`);
				else logger.info('Handbook content is valid.');
				for (const listener of s.listeners.values()) await listener();
			});
		}, 80);
	});
}

/** Calls `listener` (under `key`) after every re-validation in dev, like the loaders' re-syncs. */
export function onRevalidated(
	contentDir: string,
	key: string,
	listener: () => Promise<void>,
): void {
	devHooks(contentDir).listeners.set(key, listener);
}
