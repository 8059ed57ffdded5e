/** PB-001: each level has two different approving roles. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { approverList } from './approval.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('PB-001', 'error');

export const levelApprovers: Rule = {
	id: 'PB-001',
	severity: 'error',
	title: 'Every crisis level has an approver and a different backupApprover, both with canApprove.',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		for (const doc of validDocs(handbook, 'playbook')) {
			doc.data.levels.forEach((level, i) => {
				const label = `level ${level.level} (${level.name})`;
				const labelDe = `Stufe ${level.level} (${level.name})`;
				if (level.approver === level.backupApprover) {
					out.push(
						report(doc, ['levels', i, 'backupApprover'], {
							message: `"${level.approver}" is both approver and backup approver of ${label}; the backup must be a different role.`,
							value: level.backupApprover,
							expected: `another role with canApprove: true, e.g. ${approverList(index, level.approver)}`,
							fix: 'Choose a different approving role as backupApprover.',
							de: {
								message: `„${level.approver}“ ist zugleich approver und backupApprover von ${labelDe}; die Vertretung muss eine andere Rolle sein.`,
								expected: `eine andere Rolle mit canApprove: true, z. B. ${approverList(index, level.approver, 'de')}`,
								fix: 'Eine andere freigabeberechtigte Rolle als backupApprover wählen.',
							},
						}),
					);
				}
				for (const field of ['approver', 'backupApprover'] as const) {
					const role = index.roles.get(level[field]);
					if (!role || !role.valid || role.canApprove) continue;
					out.push(
						report(doc, ['levels', i, field], {
							message: `Role "${role.id}" is ${field === 'approver' ? 'the approver' : 'the backup approver'} of ${label}, but it may not approve (it lacks canApprove: true).`,
							value: role.id,
							expected: `a role with canApprove: true, e.g. ${approverList(index)}`,
							fix: `Name an approving role, or add canApprove: true to "${role.id}" in ${role.doc.file}.`,
							de: {
								message: `Die Rolle „${role.id}“ ist ${field} von ${labelDe}, darf aber nicht freigeben (ihr fehlt canApprove: true).`,
								expected: `eine Rolle mit canApprove: true, z. B. ${approverList(index, undefined, 'de')}`,
								fix: `Eine freigabeberechtigte Rolle nennen oder bei „${role.id}“ in ${role.doc.file} canApprove: true ergänzen.`,
							},
						}),
					);
				}
			});
		}
		return out;
	},
};
