/**
 * REF-003: an approved document must not point at a draft. Drafts are never published, so
 * the link would be missing on the site, and a draft checklist's items would silently drop
 * out of the pre-publish check.
 */
import { allValidDocs } from './handbook-index.ts';
import { collectRefs } from './refs.ts';
import { target, unresolved } from './references.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('REF-003', 'error');

export const approvedNotOnDrafts: Rule = {
	id: 'REF-003',
	severity: 'error',
	title: 'Approved documents do not point at drafts, which are never published.',
	check: ({ handbook, index }) =>
		allValidDocs(handbook)
			.filter((doc) => doc.data.status === 'approved')
			.flatMap((doc) =>
				collectRefs(doc)
					// DOC-003 (replacements) and PB-004 (holding statements) already say these must not be drafts.
					.filter((ref) => ref.path[0] !== 'supersededBy' && ref.path[2] !== 'holdingStatements')
					.flatMap((ref) => {
						const t = target(index, ref);
						if (t?.status !== 'draft' || unresolved(index, ref)) return [];
						const lost =
							ref.kind === 'checklist-item' || t.type === 'checklist'
								? ' and its checklist items drop out of the pre-publish check'
								: '';
						return [
							report(doc, ref.path, {
								message: `"${ref.value}" points to the ${t.type} "${t.id}", which is a draft: drafts are not published, so the link is missing on the site${lost}.`,
								value: ref.value,
								expected: `a ${t.type} that is in review or approved`,
								fix: `Approve ${t.doc.file} first (or set it to in-review), or remove the reference.`,
							}),
						];
					}),
			),
};
