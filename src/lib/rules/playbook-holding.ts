/** PB-004: holding statements point to approved holding-statement templates. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { BUILT_IN, holdingStatementKinds, vocabularyOf } from '../domain/vocabulary/index.ts';
import { rawString } from './raw.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('PB-004', 'error');

export const holdingStatementsApproved: Rule = {
	id: 'PB-004',
	severity: 'error',
	title:
		'Holding statements of a level are approved templates (error) of a holding-statement kind: holding-statement or one marked holdingStatement: true (warning).',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		// The handbook's vocabulary says which template kinds are holding statements.
		const kinds = holdingStatementKinds(vocabularyOf(handbook.config) ?? BUILT_IN);
		const named = kinds.join(' or ') || 'holding-statement';
		for (const doc of validDocs(handbook, 'playbook')) {
			doc.data.levels.forEach((level, i) =>
				(level.holdingStatements ?? []).forEach((id, j) => {
					const template = index.typed.template.get(id);
					if (!template) return; // REF-001 reports unknown templates.
					const path = ['levels', i, 'holdingStatements', j];
					// An unreadable template has no known status; its YAML error is reported already.
					if (template.status !== undefined && template.status !== 'approved')
						out.push(
							report(doc, path, {
								message: `Template "${id}" has status ${template.status ?? 'unknown'}; holding statements must be approved before a crisis starts.`,
								value: id,
								expected: 'a template with status: approved',
								fix: `Approve ${template.doc.file} (approvedBy, reviewedOn, reviewBy) or pick an approved template.`,
								de: {
									message: `Die Vorlage „${id}“ hat status: ${template.status ?? 'unknown'}; Holding Statements müssen freigegeben sein, bevor eine Krise beginnt.`,
									expected: 'eine Vorlage mit status: approved',
									fix: `${template.doc.file} freigeben (approvedBy, reviewedOn, reviewBy) oder eine freigegebene Vorlage wählen.`,
								},
							}),
						);
					const kind = rawString(template.doc.raw, 'kind');
					if (kind !== undefined && !kinds.includes(kind))
						out.push(
							report(doc, path, {
								severity: 'warning',
								message: `Template "${id}" is a ${kind} template, not a holding statement.`,
								value: id,
								expected: `a template with kind: ${named}`,
								fix: `Pick a template of kind ${named}, or change kind in ${template.doc.file} (or mark ${kind} with holdingStatement: true under vocabulary.templateKinds).`,
								de: {
									message: `Die Vorlage „${id}“ ist eine Vorlage der Art ${kind}, kein Holding Statement.`,
									expected: `eine Vorlage mit kind: ${kinds.join(' oder ') || 'holding-statement'}`,
									fix: `Eine Vorlage der Art ${kinds.join(' oder ') || 'holding-statement'} wählen, kind in ${template.doc.file} ändern oder ${kind} unter vocabulary.templateKinds mit holdingStatement: true kennzeichnen.`,
								},
							}),
						);
				}),
			);
		}
		return out;
	},
};
