/**
 * The merged vocabulary: built-in entries plus the company's from the
 * `vocabulary` section of handbook.yaml. The same value feeds `check`, the
 * build, the JSON Schema export and the CMS configuration, so they cannot
 * disagree about which values a field allows.
 *
 * Merging: company entries come after the built-in ones, in the order written.
 * A company entry whose id is a built-in id keeps its place and replaces the
 * labels it gives (the other languages keep the built-in labels).
 */
import type {
	VocabularyConfig,
	VocabularyKind,
	VocabularyEntry,
} from '../../../../schemas/vocabulary.ts';
import { VOCABULARY_KINDS, vocabularySchema } from '../../../../schemas/vocabulary.ts';
import { BUILT_IN_HOLDING_KINDS, BUILT_IN_VOCABULARY } from './builtin.ts';
import { mergeLaws, type LawCatalogue } from './laws.ts';

/** One allowed value of a list. */
export interface Term {
	id: string;
	/** Label per language tag. */
	label: Record<string, string>;
	/** Whether Kodex ships the entry (possibly relabelled by the company). */
	builtIn: boolean;
	/** Template kinds only: whether templates of this kind are holding statements (PB-004). */
	holdingStatement?: boolean;
}

/** Every list, merged; the `laws` catalogue too. */
export type Vocabulary = { readonly [K in VocabularyKind]: ReadonlyMap<string, Term> } & {
	readonly laws: LawCatalogue;
};

/** A list name as written in a schema's `vocabulary` metadata: a kind or `laws`. */
export type VocabularyList = VocabularyKind | 'laws';

function mergeList(kind: VocabularyKind, company: readonly VocabularyEntry[] = []) {
	const terms = new Map<string, Term>(
		Object.entries(BUILT_IN_VOCABULARY[kind]).map(([id, label]) => [
			id,
			{
				id,
				label: { ...label },
				builtIn: true,
				...(kind === 'templateKinds' ? { holdingStatement: BUILT_IN_HOLDING_KINDS.has(id) } : {}),
			},
		]),
	);
	for (const entry of company) {
		const base = terms.get(entry.id);
		const holding = entry.holdingStatement ?? base?.holdingStatement;
		terms.set(entry.id, {
			id: entry.id,
			label: { ...base?.label, ...entry.label },
			builtIn: base?.builtIn ?? false,
			...(holding !== undefined ? { holdingStatement: holding } : {}),
		});
	}
	return terms;
}

/** The built-in lists merged with a company's `vocabulary` section (none: the built-ins). */
export function mergeVocabulary(config?: VocabularyConfig): Vocabulary {
	const lists = Object.fromEntries(
		VOCABULARY_KINDS.map((kind) => [kind, mergeList(kind, config?.[kind])]),
	) as unknown as { [K in VocabularyKind]: ReadonlyMap<string, Term> };
	return { ...lists, laws: mergeLaws(config?.laws) };
}

/** The built-in vocabulary, for code that runs without a handbook. */
export const BUILT_IN: Vocabulary = mergeVocabulary();

/** The template kinds whose templates are holding statements, in list order. */
export function holdingStatementKinds(vocabulary: Vocabulary): string[] {
	return [...vocabulary.templateKinds.values()].filter((t) => t.holdingStatement).map((t) => t.id);
}

/** The allowed ids of one list, in order. */
export function allowedIds(vocabulary: Vocabulary, list: VocabularyList): string[] {
	return [...vocabulary[list].keys()];
}

/**
 * The label of `id` in `lang`: the entry's label in that language, else in its primary
 * language (`pt` for `pt-BR`), else in `fallback` (the handbook's default language), else
 * English, else the first label, else the id.
 */
export function termLabel(
	vocabulary: Vocabulary,
	kind: VocabularyKind,
	id: string,
	lang: string,
	fallback?: string,
): string {
	const label = vocabulary[kind].get(id)?.label;
	if (!label) return id;
	const primary = lang.split('-')[0]!;
	return (
		label[lang] ??
		label[primary] ??
		(fallback && label[fallback]) ??
		label['en'] ??
		Object.values(label)[0] ??
		id
	);
}

/** The full name of a law in `lang`, or undefined when the catalogue does not know it. */
export function lawName(vocabulary: Vocabulary, law: string, lang: string): string | undefined {
	const name = vocabulary.laws.get(law)?.name;
	return name && (name[lang] ?? name['en'] ?? Object.values(name)[0]);
}

/** Plain data for tools outside the pipeline (the CMS configuration): every list with its labels. */
export function vocabularyData(
	vocabulary: Vocabulary,
): Record<VocabularyList, { id: string; label: Record<string, string> }[]> {
	const lists = Object.fromEntries(
		VOCABULARY_KINDS.map((kind) => [
			kind,
			[...vocabulary[kind].values()].map(({ id, label }) => ({ id, label })),
		]),
	) as Record<VocabularyKind, { id: string; label: Record<string, string> }[]>;
	return {
		...lists,
		laws: [...vocabulary.laws.values()].map(({ id, name }) => ({ id, label: name })),
	};
}

const fromConfig = new WeakMap<object, Vocabulary | undefined>();

/**
 * The vocabulary of a parsed handbook.yaml (`raw` as written, `data` when it
 * passed its schema), or undefined when its `vocabulary` section is itself
 * invalid: its own errors are reported, and checking values against half a
 * vocabulary would only add false ones.
 */
export function vocabularyOf(
	config:
		{ raw: unknown; data: { vocabulary?: VocabularyConfig | undefined } | undefined } | undefined,
): Vocabulary | undefined {
	if (!config) return BUILT_IN;
	if (fromConfig.has(config)) return fromConfig.get(config);
	let found: Vocabulary | undefined;
	if (config.data) found = mergeVocabulary(config.data.vocabulary);
	else {
		const raw = (config.raw as { vocabulary?: unknown } | null)?.vocabulary;
		const parsed = vocabularySchema.optional().safeParse(raw);
		found = parsed.success ? mergeVocabulary(parsed.data) : undefined;
	}
	fromConfig.set(config, found);
	return found;
}
