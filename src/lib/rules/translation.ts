/** I18N-001: translationOf points to a document of the same type in another language. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { allValidDocs } from './handbook-index.ts';
import { listIds, reporter } from './report.ts';
import type { Rule } from './types.ts';
import { typeDe } from './wording-de.ts';

const report = reporter('I18N-001', 'error');

export const translationMatches: Rule = {
	id: 'I18N-001',
	severity: 'error',
	title: 'translationOf points to a document of the same type in a different language.',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		for (const doc of allValidDocs(handbook)) {
			const id = doc.data.translationOf;
			const target = id === undefined ? undefined : index.docs.get(id);
			if (id === undefined || !target) continue; // unknown ids are REF-001's job
			const lang = doc.data.language;
			let message: string | undefined;
			let messageDe = '';
			if (target.doc === doc) {
				message = 'A document cannot be a translation of itself.';
				messageDe = 'Ein Dokument kann keine Übersetzung von sich selbst sein.';
			} else if (target.type !== doc.type) {
				message = `"${id}" is a ${target.type}, but a ${doc.type} can only translate another ${doc.type}.`;
				messageDe = `"${id}" ist vom Typ ${typeDe(target.type)}, ein Dokument vom Typ ${typeDe(doc.type)} kann aber nur eines desselben Typs übersetzen.`;
			} else if (target.language === lang) {
				message = `"${id}" is also written in "${lang}"; a translation must point to the original in another language.`;
				messageDe = `"${id}" ist ebenfalls in "${lang}" geschrieben; eine Übersetzung muss auf das Original in einer anderen Sprache verweisen.`;
			}
			if (!message) continue;
			// Only for a finding: listing the alternatives for every translation was quadratic in N.
			const sameType = index.byType[doc.type].filter((e) => e.language !== lang).map((e) => e.id);
			const expected = `the id of a ${doc.type} not written in "${lang}", e.g. ${listIds(sameType)}`;
			out.push(
				report(doc, ['translationOf'], {
					message,
					value: id,
					expected,
					didYouMean: suggest(id, sameType),
					fix: `Point translationOf to the original ${doc.type}, or check the language fields of both documents.`,
					de: {
						message: messageDe,
						expected: `die id eines Dokuments vom Typ ${typeDe(doc.type)}, das nicht in „${lang}“ geschrieben ist, z. B. ${listIds(sameType, 5, 'de')}`,
						fix: 'translationOf auf das Original verweisen lassen oder die Felder language beider Dokumente prüfen.',
					},
				}),
			);
		}
		return out;
	},
};
