/** I18N-001: translationOf points to a document of the same type in another language. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { allValidDocs } from './handbook-index.ts';
import { listIds, reporter } from './report.ts';
import type { Rule } from './types.ts';

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
			if (target.doc === doc) message = 'A document cannot be a translation of itself.';
			else if (target.type !== doc.type)
				message = `"${id}" is a ${target.type}, but a ${doc.type} can only translate another ${doc.type}.`;
			else if (target.language === lang)
				message = `"${id}" is also written in "${lang}"; a translation must point to the original in another language.`;
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
				}),
			);
		}
		return out;
	},
};
