/** TPL-001: the {{placeholders}} of a template text match its declared variables. */
import { PLACEHOLDER_PATTERN } from '../../../schemas/index.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { listIds, reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('TPL-001', 'error');

/** Placeholder names in `text`, in order of first use. */
export function placeholders(text: string): string[] {
	return [...new Set([...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] ?? ''))];
}

export const placeholdersDeclared: Rule = {
	id: 'TPL-001',
	severity: 'error',
	title:
		'Every {{placeholder}} in a template text is declared in variables (error); every declared variable is used (warning).',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const doc of validDocs(handbook, 'template')) {
			const used = placeholders(doc.data.text);
			const declared = (doc.data.variables ?? []).map((v) => v.name);
			for (const name of used) {
				if (declared.includes(name)) continue;
				out.push(
					report(doc, ['text'], {
						message: `The text uses {{${name}}}, but "${name}" is not declared in variables.`,
						value: `{{${name}}}`,
						expected: `a placeholder declared in variables (${listIds(declared)}), or a new entry { name: ${name}, description: …, example: … }`,
						didYouMean: suggest(name, declared),
						fix: `Add a variable named ${name}, or correct or remove the placeholder.`,
						de: {
							message: `Der Text verwendet {{${name}}}, aber „${name}“ ist in variables nicht deklariert.`,
							expected: `ein in variables deklarierter Platzhalter (${listIds(declared, 5, 'de')}) oder ein neuer Eintrag { name: ${name}, description: …, example: … }`,
							fix: `Eine Variable namens ${name} ergänzen oder den Platzhalter korrigieren oder entfernen.`,
						},
					}),
				);
			}
			declared.forEach((name, i) => {
				if (used.includes(name)) return;
				out.push(
					report(doc, ['variables', i, 'name'], {
						severity: 'warning',
						message: `The variable "${name}" is declared, but the text never uses {{${name}}}.`,
						value: name,
						expected: `{{${name}}} somewhere in the text`,
						didYouMean: suggest(name, used),
						fix: `Use {{${name}}} in the text, or remove the variable.`,
						de: {
							message: `Die Variable „${name}“ ist deklariert, aber der Text verwendet {{${name}}} nie.`,
							expected: `{{${name}}} irgendwo im Text`,
							fix: `{{${name}}} im Text verwenden oder die Variable entfernen.`,
						},
					}),
				);
			});
		}
		return out;
	},
};
