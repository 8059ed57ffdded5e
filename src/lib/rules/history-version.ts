/**
 * HIST-001: a document's `version` never goes down. The current version (as on
 * disk, committed or not) is compared with every earlier commit of the same
 * document, following renames. A dip in the past that a later version already
 * exceeds cannot be fixed any more (history is not rewritten) and is not reported.
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import type { VersionPoint } from '../history/versions.ts';
import { contentPath } from '../model/paths.ts';
import { allValidDocs } from './handbook-index.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('HIST-001', 'error');

/** The highest version in the history, at its newest commit. */
function highest(
	points: readonly VersionPoint[],
): (VersionPoint & { version: number }) | undefined {
	let best: (VersionPoint & { version: number }) | undefined;
	for (const p of points) {
		if (p.version !== undefined && (best === undefined || p.version > best.version))
			best = p as VersionPoint & { version: number };
	}
	return best;
}

/** `3f2c1ab (2026-03-01, Anna Berger: "Raise the version")` */
function describeCommit(point: VersionPoint): string {
	const c = point.commit;
	return `${c.shortHash} (${c.date.slice(0, 10)}, ${c.authorName}: "${c.subject}")`;
}

export const versionNeverDecreases: Rule = {
	id: 'HIST-001',
	severity: 'error',
	title: 'A document’s version never goes down compared with an earlier commit.',
	check(ctx) {
		const history = ctx.history;
		if (!history) return [];
		const out: Diagnostic[] = [];
		for (const doc of allValidDocs(ctx.handbook)) {
			const points = history.byPath.get(contentPath(ctx.handbook, doc.file));
			const best = points && highest(points);
			if (!best) continue;
			const current = doc.data.version;
			if (current === undefined) {
				out.push(
					report(doc, ['version'], {
						message: `The document has no version, but commit ${describeCommit(best)} had version ${best.version}; versions may only go up.`,
						expected: `version: ${best.version} or higher`,
						fix: `Add version: ${best.version + 1} (or ${best.version} if the content is unchanged since that commit).`,
						at: 'key',
						anchor: ['id'],
						de: {
							message: `Das Dokument hat keine version, aber in Commit ${describeCommit(best)} hatte es version ${best.version}; Versionen dürfen nur steigen.`,
							expected: `version: ${best.version} oder höher`,
							fix: `version: ${best.version + 1} ergänzen (oder ${best.version}, wenn sich der Inhalt seit diesem Commit nicht geändert hat).`,
						},
					}),
				);
			} else if (current < best.version) {
				out.push(
					report(doc, ['version'], {
						message: `Version ${current} is lower than version ${best.version} in commit ${describeCommit(best)}; versions may only go up.`,
						value: current,
						expected: `version ${best.version} or higher`,
						fix: `Set version to ${best.version + 1} (or ${best.version} if the content is unchanged since that commit).`,
						de: {
							message: `Version ${current} ist niedriger als Version ${best.version} in Commit ${describeCommit(best)}; Versionen dürfen nur steigen.`,
							expected: `version ${best.version} oder höher`,
							fix: `version auf ${best.version + 1} setzen (oder ${best.version}, wenn sich der Inhalt seit diesem Commit nicht geändert hat).`,
						},
					}),
				);
			}
		}
		return out;
	},
};
