/**
 * Languages: the ones the site's interface is built in, and a content
 * language as a canonical BCP 47 tag (`de`, `tr`, `pt-BR`), with the check
 * that reports a tag written another way and says how to write it.
 */
import { z } from 'zod';

/** Languages the site's interface (menus, labels, notices) is built in; see src/i18n. */
export const UI_LANGUAGES = ['de', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * A content language: any BCP 47 tag in its canonical spelling, e.g. `de`, `en`, `tr`, `uk`,
 * `pt-BR` or `sr-Latn`. Pages in a language without a built-in interface show the interface in
 * English (see src/i18n/README.md for adding one).
 */
export type Language = string;

/** Tags seen in this process; Intl is slow (0.1 ms a call) and a handbook repeats a few tags. */
const canonicalSpellings = new Map<string, string | undefined>();

/** The canonical spelling of the BCP 47 tag `tag` (`pt-br` → `pt-BR`); undefined when it is none. */
export function canonicalLanguage(tag: string): string | undefined {
	if (canonicalSpellings.has(tag)) return canonicalSpellings.get(tag);
	let canonical: string | undefined;
	if (/^[A-Za-z0-9-]+$/.test(tag)) {
		try {
			canonical = Intl.getCanonicalLocales(tag)[0];
		} catch {
			canonical = undefined;
		}
	}
	if (canonicalSpellings.size < 1000) canonicalSpellings.set(tag, canonical);
	return canonical;
}

/** A content language written as a canonical BCP 47 tag, e.g. `de`, `tr` or `pt-BR`. */
export const languageTag = () =>
	z
		.string()
		.superRefine((value, ctx) => {
			const canonical = canonicalLanguage(value);
			if (canonical === value) return;
			ctx.addIssue({
				code: 'custom',
				input: value,
				message: canonical
					? `is not written the standard way (BCP 47): write "${canonical}"`
					: 'must be a language tag (BCP 47) such as de, en, tr or pt-BR',
				params: canonical
					? {
							expected: 'a BCP 47 language tag',
							fix: `Write ${canonical}.`,
							de: {
								message: `ist nicht in der üblichen Schreibweise (BCP 47): „${canonical}“ schreiben`,
								expected: 'ein Sprachkürzel nach BCP 47',
								fix: `${canonical} schreiben.`,
							},
						}
					: {
							expected: 'a BCP 47 language tag, e.g. de, en, tr, uk or pt-BR',
							de: {
								message: 'muss ein Sprachkürzel nach BCP 47 sein, z. B. de, en, tr oder pt-BR',
								expected: 'ein Sprachkürzel nach BCP 47, z. B. de, en, tr, uk oder pt-BR',
							},
						},
			});
		})
		.meta({ format: 'bcp47', examples: ['de', 'en', 'tr', 'pt-BR'] });
