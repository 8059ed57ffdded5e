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
		const byId = new Map<string, (typeof teams)[number][]>();
		for (const t of teams) byId.set(t.data.id, [...(byId.get(t.data.id) ?? []), t]);
		for (const doc of teams) {
			const originalId = doc.data.translationOf;
			const original = originalId ? byId.get(originalId)?.find((t) => t !== doc) : undefined;
			if (!originalId || !original) continue; // unknown or wrong targets are REF-001 / I18N-001
			for (const kind of ['roles', 'members'] as const) {
				// Sets, not lists: a team of thousands of members stays linear.
				const mine = new Set(doc.data[kind].map((x) => x.id));
				const theirs = original.data[kind].map((x) => x.id);
				const theirSet = new Set(theirs);
				const missing = theirs.filter((id) => !mine.has(id));
				const noun = kind === 'roles' ? 'role' : 'member';
				const de =
					kind === 'roles'
						? { one: 'Rolle', many: 'Rollen', id: 'Rollen-ids', article: 'Die' }
						: { one: 'Mitglied', many: 'Mitglieder', id: 'Mitglieds-ids', article: 'Das' };
				doc.data[kind].forEach((entry, i) => {
					if (theirSet.has(entry.id)) return;
					out.push(
						report(doc, [kind, i, 'id'], {
							message: `The ${noun} "${entry.id}" does not exist in the original team "${originalId}".`,
							value: entry.id,
							expected: `one of the ${noun} ids of ${original.file}`,
							didYouMean: suggest(entry.id, missing),
							fix: `Use the same ${noun} ids as the original; only names and texts are translated.`,
							de: {
								message: `${de.article} ${de.one} „${entry.id}“ gibt es im Original-Team „${originalId}“ nicht.`,
								expected: `eine der ${de.id} von ${original.file}`,
								fix: `Dieselben ${de.id} wie im Original verwenden; übersetzt werden nur Namen und Texte.`,
							},
						}),
					);
				});
				if (missing.length) {
					out.push(
						report(doc, [kind], {
							message: `The translation lacks the ${noun}${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} of "${originalId}".`,
							value: missing,
							expected: `every ${noun} of ${original.file}, translated`,
							fix: `Add the missing ${noun}${missing.length > 1 ? 's' : ''} with translated names.`,
							de: {
								message: `Der Übersetzung ${missing.length > 1 ? `fehlen die ${de.many}` : `fehlt ${de.article.toLowerCase()} ${de.one}`} ${missing.map((m) => `„${m}“`).join(', ')} von „${originalId}“.`,
								expected: `alle ${de.many} von ${original.file}, übersetzt`,
								fix: `${missing.length > 1 ? `Die fehlenden ${de.many}` : `${de.article} fehlende ${de.one}`} mit übersetzten Namen ergänzen.`,
							},
						}),
					);
				}
			}
		}
		return out;
	},
};
