/**
 * The glossary of handbook.yaml: terms per language, each found by its name or
 * an alias, case-insensitively. Used by `check` (GLOS-001, GLOS-002), by the
 * body pipeline (`:term[…]`) and by the glossary page.
 */
import type { HandbookConfig } from '../../../schemas/index.ts';

export type GlossaryEntry = NonNullable<HandbookConfig['glossary']>[number];

export interface Glossary {
	/** The entry a text names in `language`, by term or alias. */
	find(language: string, name: string): GlossaryEntry | undefined;
	/** The entries of one language, sorted by term. */
	entries(language: string): GlossaryEntry[];
}

const key = (language: string, name: string) =>
	`${language}\u0000${name.trim().toLocaleLowerCase(language)}`;

/** Every name (term and aliases) of an entry. */
export function namesOf(entry: GlossaryEntry): string[] {
	return [entry.term, ...(entry.aliases ?? [])];
}

export function buildGlossary(entries: readonly GlossaryEntry[] = []): Glossary {
	const byName = new Map<string, GlossaryEntry>();
	for (const entry of entries)
		for (const name of namesOf(entry)) {
			const k = key(entry.language, name);
			if (!byName.has(k)) byName.set(k, entry);
		}
	return {
		find: (language, name) => byName.get(key(language, name)),
		entries: (language) =>
			entries
				.filter((e) => e.language === language)
				.sort((a, b) => a.term.localeCompare(b.term, language)),
	};
}

/** `/de/glossary/`: the glossary page of a language. */
export function glossaryPath(lang: string): string {
	return `/${lang}/glossary/`;
}

/** Whether `language` has a glossary page. */
export function hasGlossary(config: Pick<HandbookConfig, 'glossary'>, language: string): boolean {
	return (config.glossary ?? []).some((e) => e.language === language);
}
