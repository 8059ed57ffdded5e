/** TODO-001: no placeholder from `npm run new` is left in a document. */
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import type { SourceDoc } from '../model/model.ts';
import { TODO_PATTERN } from '../scaffold/placeholder.ts';
import { diagnosticAt, reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('TODO-001', 'warning');

/** Every string in `value` that still holds the marker, with its path. */
function placeholdersIn(value: unknown, path: DataPath = []): { path: DataPath; text: string }[] {
	if (typeof value === 'string') return TODO_PATTERN.test(value) ? [{ path, text: value }] : [];
	if (Array.isArray(value)) return value.flatMap((v, i) => placeholdersIn(v, [...path, i]));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => placeholdersIn(v, [...path, k]));
	return [];
}

/** Drafts are never published, so a placeholder there is a reminder; anywhere else it blocks. */
function severityOf(doc: SourceDoc) {
	const status = (doc.raw as { status?: unknown } | null)?.status;
	return status === 'draft' ? 'warning' : 'error';
}

export const placeholdersLeft: Rule = {
	id: 'TODO-001',
	severity: 'warning',
	title:
		'No "TODO" placeholder (as written by npm run new) is left in a document: a warning in drafts, an error once the status is in-review or later.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const doc of handbook.docs) {
			const severity = severityOf(doc);
			const fix =
				'Replace the placeholder with the real text (the words after "TODO:" say what belongs there).';
			const fixDe =
				'Den Platzhalter durch den richtigen Text ersetzen (die Wörter nach "TODO:" sagen, was hineingehört).';
			const expectedDe = 'eigener Text anstelle des Platzhalters';
			for (const { path, text } of placeholdersIn(doc.raw)) {
				out.push(
					report(doc, path, {
						severity,
						message: 'This field still holds a placeholder from npm run new.',
						value: text,
						expected: 'your own text in place of the placeholder',
						fix,
						de: {
							message: 'Dieses Feld enthält noch einen Platzhalter aus npm run new.',
							expected: expectedDe,
							fix: fixDe,
						},
					}),
				);
			}
			(doc.body ?? '').split('\n').forEach((line, i) => {
				const column = line.search(TODO_PATTERN);
				if (column < 0) return;
				out.push(
					diagnosticAt(
						'TODO-001',
						severity,
						{ file: doc.file, line: doc.bodyLine + i, column: column + 1 },
						{
							message: 'The text below the frontmatter still holds a placeholder from npm run new.',
							value: line.trim(),
							expected: 'your own text in place of the placeholder',
							fix,
							de: {
								message:
									'Der Text unter der Frontmatter enthält noch einen Platzhalter aus npm run new.',
								expected: expectedDe,
								fix: fixDe,
							},
						},
					),
				);
			});
		}
		return out;
	},
};
