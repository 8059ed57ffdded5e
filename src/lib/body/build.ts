/**
 * The body pipeline of the build: the remark and rehype plugins Astro's
 * unified Markdown processor runs on every `.mdx` body (astro.config.mjs,
 * wired in src/astro/body.ts). The syntax is the one `check` parses
 * (src/lib/body/syntax.ts); the Kodex syntax becomes HTML; the sanitizer
 * (src/lib/body/safe-html.ts) runs after them, and only then are links to other
 * sites marked `rel="noopener noreferrer"` — after the sanitizer, which would
 * otherwise have to allow authors' own `rel` values too.
 */
import remarkDirective from 'remark-directive';
import rehypeExternalLinks, { type Options as ExternalLinkOptions } from 'rehype-external-links';
import type { Language } from '../../../schemas/index.ts';
import { dictionaries, t } from '../../i18n/index.ts';
import { remarkCallouts, type BodyFile } from './callouts.ts';
import type { CalloutName } from './policy.ts';
import { remarkCitations, type CitationCatalogue } from './citations.ts';
import type { Glossary } from '../domain/glossary.ts';
import { remarkGlossaryTerms } from './glossary-terms.ts';
import { remarkDocumentLinks, type ResolveLink } from './document-links.ts';
import { rehypeSafeBody } from './safe-html.ts';
import { remarkRestoreBareColons } from './syntax.ts';
import { remarkTypography } from './typography.ts';

export interface BodyPipelineOptions {
	/** Resolves `kodex:` and relative document links; called once per compiled body. */
	resolveLinks: () => Promise<ResolveLink>;
	/** The glossary of the handbook; called once per compiled body. */
	glossary: () => Promise<Glossary>;
	/** The law catalogue that prose citations link through (the handbook's, with its own laws). */
	citations: CitationCatalogue | (() => Promise<CitationCatalogue>);
	/** Language for labels when a body's frontmatter names none (the handbook's default). */
	defaultLanguage: () => Language;
}

/** The document's language, from the frontmatter Astro hands to the plugins. */
function bodyLanguage(file: BodyFile, fallback: Language): Language {
	const astro = file.data['astro'] as { frontmatter?: { language?: unknown } } | undefined;
	const lang = astro?.frontmatter?.language;
	return typeof lang === 'string' && lang in dictionaries ? (lang as Language) : fallback;
}

/**
 * Links to other sites (http, https, `//host`) open without `window.opener` and without
 * sending the handbook's address as referrer: an internal page's URL can itself say too much.
 */
const EXTERNAL_LINKS: ExternalLinkOptions = {
	rel: ['noopener', 'noreferrer'],
	protocols: ['http', 'https'],
};

/** A unified plugin, or a plugin with its options. */
type Plugin = ((...args: any[]) => any) | [(...args: any[]) => any, unknown];

export function bodyPipeline(options: BodyPipelineOptions): {
	remarkPlugins: Plugin[];
	rehypePlugins: Plugin[];
} {
	return {
		remarkPlugins: [
			// First, where Astro's own remark-smartypants ran (it is switched off in
			// src/astro/body.ts): the same typography, with fewer natural-language parses.
			remarkTypography,
			remarkDirective,
			remarkRestoreBareColons,
			[
				remarkCallouts,
				{
					label: (name: CalloutName, file: BodyFile) =>
						t(bodyLanguage(file, options.defaultLanguage()), `callout.${name}`),
				},
			],
			[remarkDocumentLinks, { resolve: options.resolveLinks }],
			[remarkCitations, { catalogue: options.citations }],
			[
				remarkGlossaryTerms,
				{
					glossary: options.glossary,
					language: (file: BodyFile) => bodyLanguage(file, options.defaultLanguage()),
				},
			],
		],
		rehypePlugins: [...rehypeSafeBody, [rehypeExternalLinks, EXTERNAL_LINKS]] as Plugin[],
	};
}
