/**
 * Lifecycle rules across documents. DOC-003: a superseded document's
 * replacement chain ends at a document that readers can open (not a draft, no
 * cycle). DOC-004: once a handbook uses versions, approved documents carry one.
 * DOC-005: current documents do not point at superseded ones.
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { replacementOf } from '../domain/lifecycle.ts';
import { allValidDocs, type HandbookIndex } from './handbook-index.ts';
import { isRecord, rawString } from './raw.ts';
import { collectRefs } from './refs.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const replacementReport = reporter('DOC-003', 'error');
const versionReport = reporter('DOC-004', 'warning');
const supersededReport = reporter('DOC-005', 'warning');

function lookup(index: HandbookIndex) {
	return (id: string) => {
		const entry = index.docs.get(id);
		return (
			entry && { status: entry.status, supersededBy: rawString(entry.doc.raw, 'supersededBy') }
		);
	};
}

export const replacementReadable: Rule = {
	id: 'DOC-003',
	severity: 'error',
	title:
		'A superseded document names its replacement, which is published and does not lead back to it.',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		for (const doc of allValidDocs(handbook)) {
			if (doc.data.status !== 'superseded' || doc.data.supersededBy === undefined) continue;
			const found = replacementOf(doc.data.id, lookup(index));
			if (!found) continue;
			const target = index.docs.get(found.id);
			if (found.cycle) {
				out.push(
					replacementReport(doc, ['supersededBy'], {
						message: `The chain of replacements ${[doc.data.id, ...found.chain].join(' → ')} goes round in a circle.`,
						value: doc.data.supersededBy,
						expected: 'a chain that ends at a document in force',
						fix: 'Set supersededBy of the newest document in the chain to nothing and its status to approved.',
						de: {
							message: `Die Kette der Ersetzungen ${[doc.data.id, ...found.chain].join(' → ')} führt im Kreis.`,
							expected: 'eine Kette, die bei einem geltenden Dokument endet',
							fix: 'Beim neuesten Dokument der Kette supersededBy entfernen und status: approved setzen.',
						},
					}),
				);
			} else if (target?.status === 'draft') {
				out.push(
					replacementReport(doc, ['supersededBy'], {
						message: `The replacement "${found.id}" is a draft, so readers could not open it.`,
						value: doc.data.supersededBy,
						expected: 'a replacement that is in review or approved',
						fix: `Keep this document's status until "${found.id}" is approved, then set status: superseded.`,
						de: {
							message: `Das ersetzende Dokument „${found.id}“ ist ein Entwurf, Lesende könnten es also nicht öffnen.`,
							expected: 'ein ersetzendes Dokument mit status: in-review oder approved',
							fix: `Den Status dieses Dokuments beibehalten, bis „${found.id}“ freigegeben ist, dann status: superseded setzen.`,
						},
					}),
				);
			}
		}
		return out;
	},
};

export const versionedWhenApproved: Rule = {
	id: 'DOC-004',
	severity: 'warning',
	title: 'Once any document carries a version, approved documents carry one too.',
	check({ handbook, index }) {
		const example = [...index.docs.values()].find(
			(e) => isRecord(e.doc.raw) && typeof e.doc.raw['version'] === 'number',
		);
		if (!example) return [];
		return allValidDocs(handbook)
			.filter((doc) => doc.data.status === 'approved' && doc.data.version === undefined)
			.map((doc) =>
				versionReport(doc, ['version'], {
					message: `The approved document has no version, while other documents carry one (e.g. "${example.id}").`,
					expected:
						'version: 1 for the first approved version, then one more for every change readers must notice',
					fix: 'Add version: 1 next to status (or the number this document has reached).',
					de: {
						message: `Das freigegebene Dokument hat keine version, andere Dokumente haben eine (z. B. „${example.id}“).`,
						expected:
							'version: 1 für die erste freigegebene Fassung, dann eins mehr bei jeder Änderung, die Lesende bemerken müssen',
						fix: 'version: 1 neben status ergänzen (oder die Nummer, die dieses Dokument erreicht hat).',
					},
					at: 'key',
					anchor: ['status'],
				}),
			);
	},
};

export const noSupersededReferences: Rule = {
	id: 'DOC-005',
	severity: 'warning',
	title: 'Documents in use do not point at superseded documents.',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		for (const doc of allValidDocs(handbook)) {
			if (doc.data.status === 'superseded' || doc.data.status === 'deprecated') continue;
			for (const ref of collectRefs(doc)) {
				if (ref.kind === 'role' || ref.kind === 'member' || ref.path[0] === 'translationOf')
					continue;
				const id = ref.kind === 'checklist-item' ? (ref.value.split('#')[0] ?? '') : ref.value;
				const target = index.docs.get(id);
				if (target?.status !== 'superseded') continue;
				const found = replacementOf(id, lookup(index));
				const replacement = found && !found.cycle ? found.id : undefined;
				out.push(
					supersededReport(doc, ref.path, {
						message: `"${id}" is superseded${replacement ? ` by "${replacement}"` : ''}.`,
						value: ref.value,
						expected: 'a reference to the document in force',
						didYouMean:
							replacement && ref.kind === 'checklist-item'
								? ref.value.replace(/^[^#]+/, replacement)
								: replacement,
						fix: replacement
							? `Point to "${replacement}" instead.`
							: 'Point to the document that replaces it, or remove the reference.',
						de: {
							message: `„${id}“ ist ersetzt${replacement ? ` durch „${replacement}“` : ''}.`,
							expected: 'ein Verweis auf das geltende Dokument',
							fix: replacement
								? `Stattdessen auf „${replacement}“ verweisen.`
								: 'Auf das Dokument verweisen, das es ersetzt, oder den Verweis entfernen.',
						},
					}),
				);
			}
		}
		return out;
	},
};
