/**
 * I18N-002: a translated team file renames roles and members but must define
 * exactly the same role and member ids as its original, so that references and
 * contacts resolve the same way in every language.
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { validDocs } from '../model/model.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('I18N-002', 'error');

export const teamTranslationMatches: Rule = {
	id: 'I18N-002',
	severity: 'error',
	title: 'A translated team has exactly the role and member ids of its original.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		const teams = validDocs(handbook, 'team');
		for (const doc of teams) {
			const originalId = doc.data.translationOf;
			const original = teams.find((t) => t.data.id === originalId && t !== doc);
			if (!originalId || !original) continue; // unknown or wrong targets are REF-001 / I18N-001
			for (const kind of ['roles', 'members'] as const) {
				const mine = doc.data[kind].map((x) => x.id);
				const theirs = original.data[kind].map((x) => x.id);
				const noun = kind === 'roles' ? 'role' : 'member';
				doc.data[kind].forEach((entry, i) => {
					if (theirs.includes(entry.id)) return;
					out.push(
						report(doc, [kind, i, 'id'], {
							message: `The ${noun} "${entry.id}" does not exist in the original team "${originalId}".`,
							value: entry.id,
							expected: `one of the ${noun} ids of ${original.file}`,
							didYouMean: suggest(
								entry.id,
								theirs.filter((id) => !mine.includes(id)),
							),
							fix: `Use the same ${noun} ids as the original; only names and texts are translated.`,
						}),
					);
				});
				const missing = theirs.filter((id) => !mine.includes(id));
				if (missing.length) {
					out.push(
						report(doc, [kind], {
							message: `The translation lacks the ${noun}${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} of "${originalId}".`,
							value: missing,
							expected: `every ${noun} of ${original.file}, translated`,
							fix: `Add the missing ${noun}${missing.length > 1 ? 's' : ''} with translated names.`,
						}),
					);
				}
			}
		}
		return out;
	},
};
