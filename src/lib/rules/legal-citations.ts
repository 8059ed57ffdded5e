/**
 * LEG-004: outdated legal citations in data and MDX bodies, with their current
 * replacement. The outdated laws and provisions come from the law catalogue
 * (src/lib/vocabulary/laws.ts): a law with `replacedBy`, or a moved provision.
 */
import type { Checklist } from '../../../schemas/index.ts';
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import type { ValidDoc } from '../model/model.ts';
import { allValidDocs } from './handbook-index.ts';
import { vocabularyOf } from '../domain/vocabulary/index.ts';
import {
	BUILT_IN_CATALOGUE,
	findOutdatedCitations,
	mayCiteOutdated,
	type CitationHit,
	type LawCatalogue,
} from '../domain/vocabulary/laws.ts';
import { isRecord } from './raw.ts';
import { diagnosticAt, reporter, type Finding } from './report.ts';
import type { Rule } from './types.ts';

function finding(hit: CitationHit): Finding {
	return {
		message: `"${hit.old}" is an outdated citation: ${hit.reason}.`,
		value: hit.old,
		expected: `the current citation, "${hit.current}"`,
		fix: `Replace "${hit.old}" with "${hit.current}".`,
		de: {
			message: `„${hit.old}“ ist ein veraltetes Zitat: ${hit.reasonDe}; heute gilt „${hit.current}“.`,
			expected: `das geltende Zitat, „${hit.current}“`,
			fix: `„${hit.old}“ durch „${hit.current}“ ersetzen.`,
		},
	};
}

const report = reporter('LEG-004', 'warning');

function isLegalBasis(path: DataPath): boolean {
	return path.length === 4 && path[0] === 'items' && path[2] === 'legalBasis';
}

function scanData(
	laws: LawCatalogue,
	doc: ValidDoc,
	value: unknown,
	path: DataPath,
	out: Diagnostic[],
): void {
	if (typeof value === 'string') {
		for (const hit of findOutdatedCitations(value, laws)) out.push(report(doc, path, finding(hit)));
	} else if (Array.isArray(value)) {
		value.forEach((v, i) => scanData(laws, doc, v, [...path, i], out));
	} else if (isRecord(value) && !isLegalBasis(path)) {
		for (const [k, v] of Object.entries(value)) scanData(laws, doc, v, [...path, k], out);
	}
}

/** legalBasis entries split law and section; judge them as one citation. */
function scanLegalBasis(laws: LawCatalogue, doc: ValidDoc, out: Diagnostic[]): void {
	if (doc.type !== 'checklist') return;
	(doc.data as Checklist).items.forEach((item, i) =>
		item.legalBasis.forEach((basis, j) => {
			const path = ['items', i, 'legalBasis', j];
			for (const hit of findOutdatedCitations(`${basis.ref} ${basis.law}`, laws)) {
				const onLaw = laws.get(basis.law)?.replacedBy !== undefined;
				out.push(report(doc, [...path, onLaw ? 'law' : 'ref'], finding(hit)));
			}
		}),
	);
}

function scanBody(laws: LawCatalogue, doc: ValidDoc, out: Diagnostic[]): void {
	if (doc.body === undefined || !mayCiteOutdated(doc.body, laws)) return;
	doc.body.split('\n').forEach((text, offset) => {
		for (const hit of findOutdatedCitations(text, laws))
			out.push(
				diagnosticAt(
					'LEG-004',
					'warning',
					{ file: doc.file, line: doc.bodyLine + offset, column: hit.index + 1 },
					finding(hit),
				),
			);
	});
}

export { findOutdatedCitations };

export const outdatedCitations: Rule = {
	id: 'LEG-004',
	severity: 'warning',
	title:
		'Outdated legal citations (TMG, TTDSG, § 5a Abs. 6 UWG, § 24 UrhG) are flagged with their current replacement.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		const laws = vocabularyOf(handbook.config)?.laws ?? BUILT_IN_CATALOGUE;
		for (const doc of allValidDocs(handbook)) {
			scanData(laws, doc, doc.raw, [], out);
			scanLegalBasis(laws, doc, out);
			scanBody(laws, doc, out);
		}
		return out;
	},
};
