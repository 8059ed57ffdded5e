/**
 * The one validator: parse, apply the schemas, run the cross-document rules.
 * `npm run check`, the Astro build and the tests all call this.
 */
import type { Diagnostic } from './diagnostics/diagnostics.ts';
import { sortDiagnostics } from './diagnostics/diagnostics.ts';
import { historyEnabled, loadVersionHistory } from './history/version-history.ts';
import type { VersionHistory } from './history/versions.ts';
import { saveBodyFacts } from './body/facts.ts';
import { attributeDefaults } from './load/defaults.ts';
import { loadHandbook, type FileReuse, type LoadResult, type ParseCache } from './load/load.ts';
import type { Handbook } from './model/model.ts';
import { buildIndex } from './rules/handbook-index.ts';
import { runRules } from './rules/index.ts';
import { today as todayFromEnv } from './domain/today.ts';

export interface ValidateOptions {
	/** YYYY-MM-DD; defaults to today (or KODEX_TODAY). */
	today?: string;
	/** Treat warnings as errors. handbook.yaml `strict: true` switches this on too. */
	strict?: boolean;
	/**
	 * Documents' versions in git history for HIST-001. `validate` reads them itself
	 * unless this is `false` or KODEX_HISTORY=off; pass them to `validateLoaded`.
	 */
	history?: VersionHistory | false;
	/** Keeps parsed documents between runs in one process, so a re-check parses only changed files. */
	cache?: ParseCache;
	/** Keeps the files themselves between runs when the caller knows which changed (a watcher). */
	reuse?: FileReuse;
	/** Folder that reported file paths are relative to; default: the working directory. */
	root?: string;
}

export interface ValidationResult {
	handbook: Handbook;
	errors: Diagnostic[];
	warnings: Diagnostic[];
	notices: Diagnostic[];
	/** Whether warnings count as failures in this run. */
	strict: boolean;
	/** Number of content files read. */
	fileCount: number;
}

export async function validate(
	contentDir: string,
	options: ValidateOptions = {},
): Promise<ValidationResult> {
	const readHistory = options.history === undefined && historyEnabled();
	// The git log runs while the files are read.
	const [load, history] = await Promise.all([
		loadHandbook(contentDir, {
			...(options.cache ? { cache: options.cache } : {}),
			...(options.reuse ? { reuse: options.reuse } : {}),
			...(options.root ? { root: options.root } : {}),
		}),
		readHistory ? loadVersionHistory(contentDir) : options.history,
	]);
	return validateLoaded(load, { ...options, history: history ?? false });
}

export function validateLoaded(load: LoadResult, options: ValidateOptions = {}): ValidationResult {
	const { handbook } = load;
	const today = options.today ?? todayFromEnv();
	// Without a content folder there is nothing for the rules to look at.
	const noContent = load.diagnostics.some((d) => d.rule === 'PARSE-007');
	const ruleDiagnostics = noContent
		? []
		: runRules({
				handbook,
				index: buildIndex(handbook),
				today,
				history: options.history || undefined,
			});
	// What the body rules learnt is kept for the next run (src/lib/body/facts.ts).
	saveBodyFacts();
	const all = sortDiagnostics(
		attributeDefaults([...load.diagnostics, ...ruleDiagnostics], handbook),
	);
	return {
		handbook,
		errors: all.filter((d) => d.severity === 'error'),
		warnings: all.filter((d) => d.severity === 'warning'),
		notices: all.filter((d) => d.severity === 'notice'),
		strict: Boolean(options.strict || handbook.config?.data?.strict),
		fileCount: handbook.docs.length + (handbook.config ? 1 : 0),
	};
}

/** True when the run must fail: errors, or warnings under strict. */
export function hasFailures(result: ValidationResult): boolean {
	return result.errors.length > 0 || (result.strict && result.warnings.length > 0);
}
