/**
 * Wires the body pipeline (src/lib/body/build.ts) to the validated handbook:
 * document links resolve against the documents the site publishes, prose
 * citations link through the same law catalogue as `legalBasis`
 * (src/lib/domain/vocabulary/laws.ts). Used by astro.config.mjs as
 * `markdown.processor`, so every `.mdx` body goes through it.
 */
import { unified } from '@astrojs/markdown-remark';
import type { Language } from '../../schemas/index.ts';
import { bodyPipeline } from '../lib/body/build.ts';
import { createLinkResolver, type ResolveLink } from '../lib/body/document-links.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { buildGlossary, type Glossary } from '../lib/domain/glossary.ts';
import { publishedDocs } from '../lib/site/model/docs.ts';
import type { CitationCatalogue } from '../lib/body/citations.ts';
import { vocabularyOf } from '../lib/domain/vocabulary/index.ts';
import { BUILT_IN_CATALOGUE, lawAbbreviations, lawLinker } from '../lib/domain/vocabulary/laws.ts';
import { siteLanguages } from '../lib/site/model/site.ts';
import type { SiteDoc } from '../lib/site/model/types.ts';
import { getValidation, publicationOptions } from './cache.ts';
import { absoluteFile } from './loader.ts';
import type { ValidationResult } from '../lib/validate.ts';

const resolvers = new WeakMap<ValidationResult, ResolveLink>();
let defaultLanguage: Language = 'de';

/** A link resolver for the current validation result (a new one after content changes in dev). */
async function linkResolver(base: string): Promise<ResolveLink> {
	const result = await getValidation(resolveContentDir().abs);
	const cached = resolvers.get(result);
	if (cached) return cached;
	const { handbook } = result;
	const docs: SiteDoc[] = [];
	const files = new Map<string, string>();
	for (const doc of publishedDocs(handbook, publicationOptions())) {
		docs.push({ type: doc.type, id: doc.data.id, data: doc.data } as SiteDoc);
		files.set(`${doc.type}/${doc.data.id}`, absoluteFile(handbook, doc.file));
	}
	const config = handbook.config?.data;
	if (config) defaultLanguage = config.locales.default;
	const resolver = createLinkResolver({
		docs,
		languages: config ? siteLanguages(config) : [],
		files,
		base,
	});
	resolvers.set(result, resolver);
	return resolver;
}

const glossaries = new WeakMap<ValidationResult, Glossary>();

function glossaryOf(result: ValidationResult): Glossary {
	let glossary = glossaries.get(result);
	if (!glossary) {
		glossary = buildGlossary(result.handbook.config?.data?.glossary);
		glossaries.set(result, glossary);
	}
	return glossary;
}

const catalogues = new WeakMap<ValidationResult, CitationCatalogue>();

/** The law catalogue of the current handbook (built-in laws plus the company's) for prose citations. */
async function citationCatalogue(): Promise<CitationCatalogue> {
	const result = await getValidation(resolveContentDir().abs);
	let catalogue = catalogues.get(result);
	if (!catalogue) {
		const laws = vocabularyOf(result.handbook.config)?.laws ?? BUILT_IN_CATALOGUE;
		catalogue = { laws: lawAbbreviations(laws), href: lawLinker(laws) };
		catalogues.set(result, catalogue);
	}
	return catalogue;
}

/** The Markdown processor for document bodies; `base` is the site's `base` option. */
export function bodyProcessor(base = '/') {
	return unified({
		...bodyPipeline({
			resolveLinks: () => linkResolver(base),
			glossary: async () => glossaryOf(await getValidation(resolveContentDir().abs)),
			citations: citationCatalogue,
			defaultLanguage: () => defaultLanguage,
		}),
		// The pipeline brings the same smart punctuation, cheaper (src/lib/body/typography.ts).
		smartypants: false,
	});
}
