/**
 * SCH-003 for vocabulary fields: a value must be an entry of the merged list
 * (built-in plus handbook.yaml `vocabulary`). The schemas only check that the
 * value is a slug; this pass runs once handbook.yaml is known.
 *
 * The fix line names a value only when one is close (a typo, a label written
 * instead of the id, a German alias); otherwise it lists what is allowed and
 * says how to add the value to the vocabulary.
 */
import { z } from 'zod';
import type { DataPath, Diagnostic } from '../../diagnostics/diagnostics.ts';
import { formatPath } from '../../diagnostics/diagnostics.ts';
import { aliasFor } from '../../diagnostics/aliases.ts';
import type { SourceLocator } from '../../model/model.ts';
import { schemaAt, unwrap } from '../../model/schema-walk.ts';
import { suggest } from '../../diagnostics/suggest.ts';
import { allowedIds, type Vocabulary, type VocabularyList } from './index.ts';

/** The vocabulary list a schema field takes its values from, if any. */
export function vocabularyListOf(schema: z.ZodType | undefined): VocabularyList | undefined {
	const inner = unwrap(schema);
	const meta =
		inner && (z.globalRegistry.get(inner) as { vocabulary?: VocabularyList } | undefined);
	return meta?.vocabulary;
}

/** A close allowed value for `value`, or undefined when none is close enough to be meant. */
export function nearestTerm(
	vocabulary: Vocabulary,
	list: VocabularyList,
	value: string,
): string | undefined {
	const ids = allowedIds(vocabulary, list);
	const folded = value.toLowerCase().replace(/[\s_]+/g, '-');
	const same = ids.find((id) => id.toLowerCase() === folded);
	if (same) return same;
	// Law abbreviations are too short for spelling distance: EnWG is not a typo of UWG.
	if (list === 'laws') return undefined;
	const byLabel = [...vocabulary[list].values()].find((term) =>
		Object.values(term.label).some((label) => label.toLowerCase() === value.toLowerCase()),
	);
	return byLabel?.id ?? aliasFor(value, ids) ?? suggest(value, ids);
}

/** How to add `value` to the list, in one line. */
function howToAdd(list: VocabularyList, value: string): string {
	if (list === 'laws')
		return `add it to handbook.yaml under vocabulary.laws, e.g. "- id: ${value}" with name and provisionUrl`;
	return `add it to handbook.yaml under vocabulary.${list}, e.g. "- id: ${value}" with a label per language`;
}

/** The same in German, as a whole sentence after "Einen der genannten Werte verwenden, oder". */
function howToAddDe(list: VocabularyList, value: string): string {
	if (list === 'laws')
		return `ihn in handbook.yaml unter vocabulary.laws ergänzen, z. B. „- id: ${value}“ mit name und provisionUrl`;
	return `ihn in handbook.yaml unter vocabulary.${list} ergänzen, z. B. „- id: ${value}“ mit einem label je Sprache`;
}

const LIST_NAMES: Record<VocabularyList, string> = {
	legalAreas: 'legal areas',
	checklistTopics: 'checklist topics',
	signals: 'crisis signals',
	audiences: 'audiences',
	templateKinds: 'template kinds',
	activities: 'activities',
	platforms: 'platforms',
	laws: 'law catalogue',
};

/** The lists' names in German, in the dative plural: „nicht unter den Rechtsgebieten“. */
const LIST_NAMES_DE: Record<VocabularyList, string> = {
	legalAreas: 'Rechtsgebieten',
	checklistTopics: 'Checklisten-Themen',
	signals: 'Krisensignalen',
	audiences: 'Zielgruppen',
	templateKinds: 'Vorlagenarten',
	activities: 'Tätigkeiten',
	platforms: 'Plattformen',
	laws: 'Gesetzen',
};

/** The SCH-003 diagnostic for `value` not being in `list`. */
function notInVocabulary(
	vocabulary: Vocabulary,
	list: VocabularyList,
	value: string,
	at: { file: string; line: number; column: number; path: DataPath },
): Diagnostic {
	const field = [...at.path].reverse().find((seg) => typeof seg === 'string') ?? 'value';
	const ids = allowedIds(vocabulary, list);
	const near = nearestTerm(vocabulary, list, value);
	const shown =
		ids.length > 30 ? `${ids.slice(0, 30).join(', ')}, … (${ids.length} in all)` : ids.join(', ');
	return {
		rule: 'SCH-003',
		severity: 'error',
		file: at.file,
		line: at.line,
		column: at.column,
		path: formatPath(at.path),
		message:
			list === 'laws'
				? `"${value}" is not in the law catalogue.`
				: `"${value}" is not one of the ${LIST_NAMES[list]} of this handbook.`,
		value,
		expected: `one of ${shown}`,
		...(near
			? { didYouMean: near, fix: `Write ${String(field)}: ${near}` }
			: { fix: `Use one of the values listed, or ${howToAdd(list, value)}.` }),
		de: {
			message:
				list === 'laws'
					? `„${value}“ steht nicht im Gesetzeskatalog.`
					: `„${value}“ steht nicht unter den ${LIST_NAMES_DE[list]} dieses Handbuchs.`,
			expected: `einer der Werte ${shown.replace(/\((\d+) in all\)$/, '($1 insgesamt)')}`,
			fix: near
				? `Stattdessen ${String(field)}: ${near} schreiben.`
				: `Einen der genannten Werte verwenden, oder ${howToAddDe(list, value)}.`,
		},
	};
}

/** Where vocabulary fields sit in a schema, cached per schema and path shape. */
const listCache = new WeakMap<z.ZodType, Map<string, VocabularyList | null>>();

function listAt(schema: z.ZodType, path: DataPath, key: string): VocabularyList | undefined {
	let cache = listCache.get(schema);
	if (!cache) listCache.set(schema, (cache = new Map()));
	let found = cache.get(key);
	if (found === undefined) {
		found = vocabularyListOf(schemaAt(schema, path)) ?? null;
		cache.set(key, found);
	}
	return found ?? undefined;
}

/** SCH-003 for every vocabulary field of `data` whose value is not in the merged list. */
export function vocabularyIssues(
	schema: z.ZodType,
	data: unknown,
	vocabulary: Vocabulary,
	source: { file: string; locate: SourceLocator },
): Diagnostic[] {
	const out: Diagnostic[] = [];
	// `key` is the path's shape (`items.[].law`), built on the way down: this runs over every
	// value of every document on every check.
	const visit = (value: unknown, path: DataPath, key: string): void => {
		if (typeof value === 'string') {
			const list = listAt(schema, path, key);
			if (list && !vocabulary[list].has(value)) {
				const pos = source.locate.value(path);
				out.push(notInVocabulary(vocabulary, list, value, { file: source.file, ...pos, path }));
			}
		} else if (Array.isArray(value)) {
			const inner = key ? `${key}.[]` : '[]';
			for (let i = 0; i < value.length; i++) visit(value[i], [...path, i], inner);
		} else if (value !== null && typeof value === 'object') {
			for (const k in value)
				visit((value as Record<string, unknown>)[k], [...path, k], key ? `${key}.${k}` : k);
		}
	};
	visit(data, [], '');
	return out;
}
