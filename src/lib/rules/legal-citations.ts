/** LEG-004: outdated legal citations in data and MDX bodies, with their current replacement. */
import type { Checklist } from '../../../schemas/index.ts';
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import type { ValidDoc } from '../model/model.ts';
import { allValidDocs } from './handbook-index.ts';
import { isRecord } from './raw.ts';
import { diagnosticAt, reporter, type Finding } from './report.ts';
import type { Rule } from './types.ts';

interface OutdatedCitation {
	pattern: RegExp;
	/** The current citation for a matched old one. */
	replace: (old: string) => string;
	/** Why it is outdated, completing "… is outdated: <reason>". */
	reason: string;
}

/** An optional section in front of a law name, e.g. `§ 5 Abs. 1 Nr. 2 `. */
const SECTION = String.raw`(?:§+\s*\d+[a-z]?(?:\s+Abs\.\s*\d+)?(?:\s+(?:S\.|Satz)\s*\d+)?(?:\s+Nr\.\s*\d+)?\s+)?`;

export const OUTDATED_CITATIONS: readonly OutdatedCitation[] = [
	{
		pattern: new RegExp(`${SECTION}TMG\\b`, 'g'),
		replace: (old) => old.replace(/TMG$/, 'DDG'),
		reason: 'the TMG was replaced by the Digitale-Dienste-Gesetz (DDG) on 14 May 2024',
	},
	{
		pattern: new RegExp(`${SECTION}TTDSG\\b`, 'g'),
		replace: (old) => old.replace(/TTDSG$/, 'TDDDG'),
		reason: 'the TTDSG was renamed TDDDG on 14 May 2024',
	},
	{
		pattern: /§+\s*5a\s+Abs\.\s*6\s+UWG\b/g,
		replace: (old) => old.replace(/Abs\.\s*6/, 'Abs. 4'),
		reason: 'this rule moved to § 5a Abs. 4 UWG on 28 May 2022',
	},
	{
		pattern: /§+\s*24(?![\da-z])(?:\s+Abs\.\s*\d+)?\s+UrhG\b/g,
		replace: () => '§ 51a UrhG',
		reason:
			'§ 24 UrhG (free use) was repealed on 7 June 2021; parody, caricature and pastiche are now covered by § 51a UrhG',
	},
];

export interface CitationHit {
	old: string;
	current: string;
	reason: string;
	/** 0-based offset of the match in the text. */
	index: number;
}

/** Every outdated citation in `text`, in order of appearance. */
export function findOutdatedCitations(text: string): CitationHit[] {
	const hits: CitationHit[] = [];
	for (const c of OUTDATED_CITATIONS)
		for (const m of text.matchAll(c.pattern))
			hits.push({ old: m[0], current: c.replace(m[0]), reason: c.reason, index: m.index });
	return hits.sort((a, b) => a.index - b.index);
}

function finding(hit: CitationHit): Finding {
	return {
		message: `"${hit.old}" is an outdated citation: ${hit.reason}.`,
		value: hit.old,
		expected: `the current citation, "${hit.current}"`,
		fix: `Replace "${hit.old}" with "${hit.current}".`,
	};
}

const report = reporter('LEG-004', 'warning');

function isLegalBasis(path: DataPath): boolean {
	return path.length === 4 && path[0] === 'items' && path[2] === 'legalBasis';
}

function scanData(doc: ValidDoc, value: unknown, path: DataPath, out: Diagnostic[]): void {
	if (typeof value === 'string') {
		for (const hit of findOutdatedCitations(value)) out.push(report(doc, path, finding(hit)));
	} else if (Array.isArray(value)) {
		value.forEach((v, i) => scanData(doc, v, [...path, i], out));
	} else if (isRecord(value) && !isLegalBasis(path)) {
		for (const [k, v] of Object.entries(value)) scanData(doc, v, [...path, k], out);
	}
}

/** legalBasis entries split law and section; judge them as one citation. */
function scanLegalBasis(doc: ValidDoc, out: Diagnostic[]): void {
	if (doc.type !== 'checklist') return;
	(doc.data as Checklist).items.forEach((item, i) =>
		item.legalBasis.forEach((basis, j) => {
			const path = ['items', i, 'legalBasis', j];
			for (const hit of findOutdatedCitations(`${basis.ref} ${basis.law}`)) {
				const onLaw = basis.law === 'TMG' || basis.law === 'TTDSG';
				out.push(report(doc, [...path, onLaw ? 'law' : 'ref'], finding(hit)));
			}
		}),
	);
}

function scanBody(doc: ValidDoc, out: Diagnostic[]): void {
	if (doc.body === undefined) return;
	doc.body.split('\n').forEach((text, offset) => {
		for (const hit of findOutdatedCitations(text))
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

export const outdatedCitations: Rule = {
	id: 'LEG-004',
	severity: 'warning',
	title:
		'Outdated legal citations (TMG, TTDSG, § 5a Abs. 6 UWG, § 24 UrhG) are flagged with their current replacement.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const doc of allValidDocs(handbook)) {
			scanData(doc, doc.raw, [], out);
			scanLegalBasis(doc, out);
			scanBody(doc, out);
		}
		return out;
	},
};
