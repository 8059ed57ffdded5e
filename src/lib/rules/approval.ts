/** DOC-002: approvals come from roles that may approve. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { allValidDocs, type HandbookIndex } from './handbook-index.ts';
import { listIds, reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('DOC-002', 'error');

/** Ids of roles that may approve, for messages (`lang` words an empty list). */
export function approverList(
	index: HandbookIndex,
	except?: string,
	lang: 'en' | 'de' = 'en',
): string {
	return listIds(
		[...index.roles.values()].filter((r) => r.canApprove && r.id !== except).map((r) => r.id),
		5,
		lang,
	);
}

export const approvedByCanApprove: Rule = {
	id: 'DOC-002',
	severity: 'error',
	title: 'approvedBy names a role with canApprove: true.',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		for (const doc of allValidDocs(handbook)) {
			const id = doc.data.approvedBy;
			const role = id === undefined ? undefined : index.roles.get(id);
			// Unknown roles are REF-001's job; roles from broken team files are not judged.
			if (!role || !role.valid || role.canApprove) continue;
			out.push(
				report(doc, ['approvedBy'], {
					message: `Role "${role.id}" may not approve documents because it does not have canApprove: true.`,
					value: role.id,
					expected: `a role with canApprove: true, e.g. ${approverList(index)}`,
					fix: `Name an approving role, or add canApprove: true to "${role.id}" in ${role.doc.file}.`,
					de: {
						message: `Die Rolle „${role.id}“ darf keine Dokumente freigeben, weil sie nicht canApprove: true hat.`,
						expected: `eine Rolle mit canApprove: true, z. B. ${approverList(index, undefined, 'de')}`,
						fix: `Eine freigabeberechtigte Rolle nennen oder bei „${role.id}“ in ${role.doc.file} canApprove: true ergänzen.`,
					},
				}),
			);
		}
		return out;
	},
};
