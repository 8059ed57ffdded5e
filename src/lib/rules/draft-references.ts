/**
 * REF-003: published documents point only at documents that are published with them.
 * - An approved document must not point at a draft: drafts are never published, so the link
 *   would be missing on the site, and a draft checklist's items would silently drop out of the
 *   pre-publish check.
 * - A document that is not confidential must not point at a confidential one: normal builds
 *   leave confidential documents out, and builds that include them would show its title to
 *   readers of the other document.
 */
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import type { ValidDoc } from '../model/model.ts';
import { allValidDocs, type DocEntry } from './handbook-index.ts';
import { collectRefs, type RefSite } from './refs.ts';
import { target, unresolved } from './references.ts';
import { reporter } from './report.ts';
import type { Rule, RuleContext } from './types.ts';
import { typeDe } from './wording-de.ts';

const report = reporter('REF-003', 'error');

/** Each resolved document reference of a published document, with its target. */
function references(
	{ handbook, index }: RuleContext,
	check: (doc: ValidDoc, ref: RefSite, t: DocEntry) => Diagnostic | undefined,
): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const doc of allValidDocs(handbook)) {
		if (doc.data.status === 'draft') continue;
		for (const ref of collectRefs(doc)) {
			// DOC-003 (replacements) and PB-004 (holding statements) already cover these.
			if (ref.path[0] === 'supersededBy' || ref.path[2] === 'holdingStatements') continue;
			const t = target(index, ref);
			if (!t || unresolved(index, ref)) continue;
			const d = check(doc, ref, t);
			if (d) out.push(d);
		}
	}
	return out;
}

function draftTarget(doc: ValidDoc, ref: RefSite, t: DocEntry): Diagnostic | undefined {
	if (doc.data.status !== 'approved' || t.status !== 'draft') return undefined;
	const lost =
		ref.kind === 'checklist-item' || t.type === 'checklist'
			? ' and its checklist items drop out of the pre-publish check'
			: '';
	const lostDe = lost ? ', und ihre Checklistenpunkte fallen aus dem Vorab-Check heraus' : '';
	return report(doc, ref.path as DataPath, {
		message: `"${ref.value}" points to the ${t.type} "${t.id}", which is a draft: drafts are not published, so the link is missing on the site${lost}.`,
		value: ref.value,
		expected: `a ${t.type} that is in review or approved`,
		fix: `Approve ${t.doc.file} first (or set it to in-review), or remove the reference.`,
		de: {
			message: `„${ref.value}“ verweist auf das Dokument „${t.id}“ (${typeDe(t.type)}), das ein Entwurf ist: Entwürfe werden nicht veröffentlicht, also fehlt der Link auf der Website${lostDe}.`,
			expected: `ein Dokument vom Typ ${typeDe(t.type)} mit status: in-review oder approved`,
			fix: `Zuerst ${t.doc.file} freigeben (oder auf in-review setzen) oder den Verweis entfernen.`,
		},
	});
}

function confidentialTarget(doc: ValidDoc, ref: RefSite, t: DocEntry): Diagnostic | undefined {
	if (doc.data.classification === 'confidential') return undefined;
	if (t.doc.data?.classification !== 'confidential') return undefined;
	return report(doc, ref.path as DataPath, {
		message: `"${ref.value}" points to the ${t.type} "${t.id}", which is confidential: normal builds leave it out, so the link would be missing, and builds that include it would show its title here.`,
		value: ref.value,
		expected: 'a document that is not confidential',
		fix: `Remove the reference, or mark this document classification: confidential too.`,
		de: {
			message: `„${ref.value}“ verweist auf das Dokument „${t.id}“ (${typeDe(t.type)}), das vertraulich ist: normale Builds lassen es weg, sodass der Link fehlen würde, und Builds mit vertraulichen Dokumenten würden hier seinen Titel zeigen.`,
			expected: 'ein Dokument, das nicht vertraulich ist',
			fix: 'Den Verweis entfernen oder dieses Dokument ebenfalls mit classification: confidential kennzeichnen.',
		},
	});
}

export const approvedNotOnDrafts: Rule = {
	id: 'REF-003',
	severity: 'error',
	title:
		'Approved documents do not point at drafts, and documents that are not confidential do not point at confidential ones.',
	check: (ctx) => [...references(ctx, draftTarget), ...references(ctx, confidentialTarget)],
};
