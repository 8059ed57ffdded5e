/**
 * The site model: handbook settings and the published documents, with the
 * indexes every page needs. Built once per build from the content collections.
 */
import type { ConfidentialMode } from '../../domain/publication.ts';
import { DOC_TYPES } from '../../../../schemas/index.ts';
import type { VocabularyKind } from '../../../../schemas/index.ts';

/** A vocabulary entry's label in the page's language (Site.label bound to it), for components to show. */
export type VocabularyLabel = (kind: VocabularyKind, id: string) => string;
import { mergeVocabulary, termLabel, type Vocabulary } from '../../domain/vocabulary/index.ts';
import { createIndexes, type ViewContext } from './context.ts';
import { crisisLink, type CrisisLink } from '../by-type/crisis.ts';
import type { HandbookConfig, Language, SiteDoc } from './types.ts';

export interface Site {
	config: HandbookConfig;
	/** Languages with a home page and section pages; the default first. */
	languages: Language[];
	defaultLanguage: Language;
	docs: SiteDoc[];
	/** The build date, YYYY-MM-DD: decides whether a document is coming or in force. */
	today: string;
	/** Built-in lists merged with the company's `vocabulary` from handbook.yaml. */
	vocabulary: Vocabulary;
	/** The label of a vocabulary entry in `lang` (falling back to the default language). */
	label(kind: VocabularyKind, id: string, lang: Language): string;
	/** The header's crisis link for pages in `lang` (handbook.yaml `crisis.mainPlaybook`, else the shitstorm playbook). */
	crisisLink(lang: Language): CrisisLink | undefined;
	/** The view context for pages in `lang`. */
	context(lang: Language): ViewContext;
	/** Whether confidential documents are in this build, and whether search indexes them. */
	confidential: ConfidentialMode;
	/** The document of `type` with `id`, if it is on the site. */
	find(type: SiteDoc['type'], id: string): SiteDoc | undefined;
}

/** Used only when handbook.yaml is missing or invalid in dev; a build stops before that. */
export const FALLBACK_CONFIG: HandbookConfig = {
	company: { name: 'Kodex' },
	locales: { default: 'de', available: ['de'] },
	review: { maxIntervalMonths: {}, warnDays: 30 },
	legal: { requiredAreas: ['copyright', 'trademark', 'competition', 'personality'] },
};

/** `locales.available` with the default first and without repeats. */
export function siteLanguages(config: HandbookConfig): Language[] {
	return [...new Set([config.locales.default, ...config.locales.available])];
}

/** The language of pages that are not about one document (the root and the 404 page). */
export function pageLanguage(config: HandbookConfig, lang: string | undefined): Language {
	return siteLanguages(config).find((l) => l === lang) ?? config.locales.default;
}

export function buildSite(
	config: HandbookConfig | undefined,
	docs: readonly SiteDoc[],
	today: string,
	confidential: ConfidentialMode = 'exclude',
): Site {
	const cfg = config ?? FALLBACK_CONFIG;
	const vocabulary = mergeVocabulary(cfg.vocabulary);
	const indexes = { ...createIndexes(docs), vocabulary };
	const byKey = new Map(docs.map((d) => [`${d.type}/${d.id}`, d]));
	return {
		config: cfg,
		languages: siteLanguages(cfg),
		defaultLanguage: cfg.locales.default,
		docs: [...docs],
		today,
		vocabulary,
		label: (kind, id, lang) => termLabel(vocabulary, kind, id, lang, cfg.locales.default),
		crisisLink: (lang) =>
			crisisLink(
				docs,
				siteLanguages(cfg),
				lang,
				today,
				cfg.locales.default,
				cfg.crisis?.mainPlaybook,
			),
		context: (lang) => ({ lang, ...indexes }),
		confidential,
		find: (type, id) => byKey.get(`${type}/${id}`),
	};
}

/** Where the company logo is served: `/brand/logo.svg`, or undefined without a logo. */
export function logoPath(config: HandbookConfig): string | undefined {
	const logo = config.company.logo;
	if (!logo) return undefined;
	const ext = logo.slice(logo.lastIndexOf('.') + 1).toLowerCase();
	return `/brand/logo.${ext}`;
}

/** Folder of a type, re-exported for pages that build paths by hand. */
export function folderOf(type: SiteDoc['type']): string {
	return DOC_TYPES[type].folder;
}
