/** GLOS-001: each glossary term (and alias) is defined once per language. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { namesOf } from '../domain/glossary.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('GLOS-001', 'error');

export const glossaryTermsUnique: Rule = {
	id: 'GLOS-001',
	severity: 'error',
	title: 'Each glossary term and alias is defined once per language.',
	check({ handbook }) {
		const config = handbook.config;
		const entries = config?.data?.glossary ?? [];
		if (!config) return [];
		const out: Diagnostic[] = [];
		const seen = new Map<string, number>();
		entries.forEach((entry, i) => {
			namesOf(entry).forEach((name, j) => {
				const k = `${entry.language}\u0000${name.toLocaleLowerCase(entry.language)}`;
				const first = seen.get(k);
				if (first === undefined) {
					seen.set(k, i);
					return;
				}
				const path = j === 0 ? ['glossary', i, 'term'] : ['glossary', i, 'aliases', j - 1];
				out.push(
					report(config, path, {
						message: `"${name}" (${entry.language}) is already defined in the glossary, at glossary[${first}].`,
						value: name,
						expected: 'each term and alias once per language',
						fix:
							first === i
								? 'Delete the repeated alias.'
								: `Merge the two definitions into glossary[${first}] and delete this one.`,
						de: {
							message: `„${name}“ (${entry.language}) steht schon im Glossar, bei glossary[${first}].`,
							expected: 'jeden Begriff und jedes Synonym einmal pro Sprache',
							fix:
								first === i
									? 'Das doppelte Synonym löschen.'
									: `Die beiden Erklärungen in glossary[${first}] zusammenführen und diese löschen.`,
						},
					}),
				);
			});
		});
		return out;
	},
};
