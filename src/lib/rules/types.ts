/** The contract every cross-document rule follows. */
import type { Diagnostic, Severity } from '../diagnostics/diagnostics.ts';
import type { VersionHistory } from '../history/versions.ts';
import type { Handbook } from '../model/model.ts';
import type { HandbookIndex } from './handbook-index.ts';

export interface RuleContext {
	handbook: Handbook;
	/** Lookup tables built once per run (roles, members, documents by id …). */
	index: HandbookIndex;
	/** Today's date as YYYY-MM-DD (overridable with KODEX_TODAY for reproducible runs). */
	today: string;
	/**
	 * Versions of each document in its git history (HIST-001). Undefined when the
	 * history was not read, e.g. for in-memory handbooks in tests.
	 */
	history?: VersionHistory | undefined;
}

export interface Rule {
	/** Stable id such as `TEAM-001`. */
	id: string;
	/** Default severity; some rules also emit the other severity. */
	severity: Severity;
	/** One-line description for documentation. */
	title: string;
	check(ctx: RuleContext): Diagnostic[];
}
