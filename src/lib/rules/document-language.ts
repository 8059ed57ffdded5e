/** I18N-005: every document is written in one of the handbook's languages (`locales.available`). */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { allValidDocs } from './handbook-index.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('I18N-005', 'error');

export const documentLanguageAvailable: Rule = {
	id: 'I18N-005',
	severity: 'error',
	title: 'A document is written in one of the languages listed in locales.available.',
	check({ handbook }) {
		const available = handbook.config?.data?.locales.available;
		if (!available) return [];
		const out: Diagnostic[] = [];
		for (const doc of allValidDocs(handbook)) {
			const lang = doc.data.language;
			if (available.includes(lang)) continue;
			// `de-DE` for `de` is close; `fr` for `de` is not, however short the tags.
			const primary = lang.split('-')[0]!.toLowerCase();
			const close = available.find((a) => a.split('-')[0]!.toLowerCase() === primary);
			out.push(
				report(doc, ['language'], {
					message: `"${lang}" is not one of the handbook's languages, so the document would get no page.`,
					value: lang,
					expected: `one of ${available.join(', ')} (locales.available in handbook.yaml)`,
					didYouMean: close,
					fix: close
						? `Write language: ${close}.`
						: `Add ${lang} to locales.available in handbook.yaml, or write one of ${available.join(', ')}.`,
					de: {
						message: `„${lang}“ ist keine der Sprachen des Handbuchs, das Dokument bekäme also keine Seite.`,
						expected: `eine von ${available.join(', ')} (locales.available in handbook.yaml)`,
						fix: close
							? `language: ${close} schreiben.`
							: `${lang} in handbook.yaml unter locales.available ergänzen oder eine von ${available.join(', ')} schreiben.`,
					},
				}),
			);
		}
		return out;
	},
};
