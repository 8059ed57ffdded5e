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
				if (level.approver === level.backupApprover) {
					out.push(
						report(doc, ['levels', i, 'backupApprover'], {
							message: `"${level.approver}" is both approver and backup approver of ${label}; the backup must be a different role.`,
							value: level.backupApprover,
							expected: `another role with canApprove: true, e.g. ${approverList(index, level.approver)}`,
							fix: 'Choose a different approving role as backupApprover.',
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
						}),
					);
				}
			});
		}
		return out;
	},
};
