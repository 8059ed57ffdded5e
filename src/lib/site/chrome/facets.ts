/**
 * Search facets: the legal areas, channels (as platforms) and audiences of a
 * document, written into its page as Pagefind filters, and the options the
 * search dialog offers for them. Pure.
 *
 * Pagefind reads one `key:value` pair per `data-pagefind-filter` attribute, so
 * every value becomes its own hidden element (src/components/SearchFacets.astro).
 * Filter values are the labels in the page's language; the dialog sends every
 * language's label of an option (`{ any: [...] }`), so a filter also works on
 * the other language's index when the reader searches all languages.
 */
import { DOC_TYPE_NAMES } from '../../../../schemas/index.ts';
import { t } from '../../../i18n/index.ts';
import { allowedIds, termLabel, type Vocabulary } from '../../domain/vocabulary/index.ts';
import { localeOf } from '../../util/format.ts';
import type { DocType, Language, SiteDoc } from '../model/types.ts';

export type Platform = string;

/** Pagefind filter keys, as written in the pages and sent by the dialog. */
const FILTER_KEYS = ['type', 'legal', 'channel', 'audience', 'language'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface DocFacets {
	legal: string[];
	platforms: Platform[];
	audience: string[];
}

/** Channel id → platform, from the channel documents on the site. */
export function channelPlatforms(docs: readonly SiteDoc[]): Map<string, Platform> {
	const map = new Map<string, Platform>();
	for (const doc of docs) if (doc.type === 'channel') map.set(doc.id, doc.data.platform);
	return map;
}

function isOneOf(values: ReadonlyMap<string, unknown>, v: unknown): v is string {
	return typeof v === 'string' && values.has(v);
}

function inOrder<T extends string>(order: Iterable<T>, values: Iterable<T>): T[] {
	const set = new Set(values);
	return [...order].filter((v) => set.has(v));
}

/**
 * The facets of one document. Read from the fields every type may have, so a
 * new document type with `legalAreas`, `channels` or `appliesTo` is covered too:
 * - legal area: `legalArea` (checklists) and `legalAreas` (guidelines);
 * - channel: a channel's own `platform`, `platforms` (templates), and channel ids
 *   in `appliesTo` / `channels` — `all` means every platform the handbook has;
 * - audience: `audience`.
 */
export function docFacets(
	doc: SiteDoc,
	platformsById: ReadonlyMap<string, Platform>,
	vocabulary: Vocabulary,
): DocFacets {
	const d = doc.data as unknown as Record<string, unknown>;
	const legal = new Set<string>();
	if (isOneOf(vocabulary.legalAreas, d['legalArea'])) legal.add(d['legalArea']);
	for (const area of asArray(d['legalAreas']))
		if (isOneOf(vocabulary.legalAreas, area)) legal.add(area);

	const platforms = new Set<Platform>();
	if (doc.type === 'channel') platforms.add(doc.data.platform);
	for (const p of asArray(d['platforms'])) if (isOneOf(vocabulary.platforms, p)) platforms.add(p);
	for (const field of ['appliesTo', 'channels']) {
		const value = d[field];
		if (value === 'all') for (const p of platformsById.values()) platforms.add(p);
		for (const id of asArray(value)) {
			const p = typeof id === 'string' ? platformsById.get(id) : undefined;
			if (p) platforms.add(p);
		}
	}

	const audience = asArray(d['audience']).filter((a) => isOneOf(vocabulary.audiences, a));
	return {
		legal: inOrder(vocabulary.legalAreas.keys(), legal),
		platforms: inOrder(vocabulary.platforms.keys(), platforms),
		audience: inOrder(vocabulary.audiences.keys(), audience),
	};
}

function asArray(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

/** The filter label of a facet value in `lang` — exactly what the page writes. */
export function facetLabel(
	key: FilterKey,
	value: string,
	lang: Language,
	vocabulary: Vocabulary,
): string {
	switch (key) {
		case 'type':
			return t(lang, `docType.${value as DocType}`);
		case 'legal':
			return termLabel(vocabulary, 'legalAreas', value, lang);
		case 'channel':
			return termLabel(vocabulary, 'platforms', value, lang);
		case 'audience':
			return capitalise(termLabel(vocabulary, 'audiences', value, lang), lang);
		case 'language':
			// Each page names its own language in that language: Deutsch, English.
			return t(value as Language, `language.${value as Language}`);
	}
}

/** `data-pagefind-filter` values for the facets of a page in `lang`, e.g. `legal:Urheberrecht`. */
export function facetFilters(facets: DocFacets, lang: Language, vocabulary: Vocabulary): string[] {
	return [
		...facets.legal.map((v) => `legal:${facetLabel('legal', v, lang, vocabulary)}`),
		...facets.platforms.map((v) => `channel:${facetLabel('channel', v, lang, vocabulary)}`),
		...facets.audience.map((v) => `audience:${facetLabel('audience', v, lang, vocabulary)}`),
	];
}

/** First letter upper case: audience labels are written for running text. */
export function capitalise(text: string, lang: Language): string {
	return text.charAt(0).toLocaleUpperCase(localeOf(lang)) + text.slice(1);
}

export interface FilterOption {
	/** The facet value, e.g. `copyright`. */
	key: string;
	/** Shown in the dialog, in the page's language. */
	label: string;
	/** The filter values of this option in every site language (Pagefind `any`). */
	values: string[];
}

export interface FilterGroup {
	key: FilterKey;
	options: FilterOption[];
}

/** Separates the values of one option in its `value` attribute; no label contains it. */
export const VALUE_SEPARATOR = '|';

/**
 * The filter groups of the search dialog on a page in `lang`: only values that
 * occur on the site, in vocabulary order. Bounded by the handbook's vocabulary,
 * so the dialog does not grow with the number of documents.
 */
export function searchFilterGroups(
	docs: readonly SiteDoc[],
	languages: readonly Language[],
	lang: Language,
	vocabulary: Vocabulary,
): FilterGroup[] {
	const platformsById = channelPlatforms(docs);
	const present: Record<FilterKey, Set<string>> = {
		type: new Set(),
		legal: new Set(),
		channel: new Set(),
		audience: new Set(),
		language: new Set(),
	};
	for (const doc of docs) {
		const facets = docFacets(doc, platformsById, vocabulary);
		present.type.add(doc.type);
		present.language.add(doc.data.language);
		for (const v of facets.legal) present.legal.add(v);
		for (const v of facets.platforms) present.channel.add(v);
		for (const v of facets.audience) present.audience.add(v);
	}
	const order: Record<FilterKey, readonly string[]> = {
		type: DOC_TYPE_NAMES,
		legal: allowedIds(vocabulary, 'legalAreas'),
		channel: allowedIds(vocabulary, 'platforms'),
		audience: allowedIds(vocabulary, 'audiences'),
		language: languages,
	};
	return FILTER_KEYS.map((key) => ({
		key,
		options: order[key]
			.filter((v) => present[key].has(v))
			.map((v) => ({
				key: v,
				label:
					key === 'language'
						? t(lang, `language.${v as Language}`)
						: facetLabel(key, v, lang, vocabulary),
				values: [
					...new Set(
						key === 'language'
							? [facetLabel(key, v, lang, vocabulary)]
							: languages.map((l) => facetLabel(key, v, l, vocabulary)),
					),
				],
			})),
	}));
}

/** An option's `value` attribute: its filter values joined. */
export function optionValue(option: FilterOption): string {
	return option.values.join(VALUE_SEPARATOR);
}

/** Which part of a site path is a document page: `/de/guidelines/fotos/` → folder and id. */
export function docPathParts(
	pathname: string,
	base = '/',
): { lang: string; folder: string; id: string } | undefined {
	const trimmed = base.replace(/\/+$/, '');
	const rel = trimmed && pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) : pathname;
	const m = /^\/([a-z]{2})\/([a-z0-9-]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:index\.html)?$/.exec(rel);
	return m ? { lang: m[1]!, folder: m[2]!, id: m[3]! } : undefined;
}
