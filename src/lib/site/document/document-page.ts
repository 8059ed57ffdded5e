/**
 * Everything a document page shows, its body's view included (body.ts),
 * computed once per page from the site model and the document's git view, so
 * the page and its components only display it.
 */
import { isSearchable } from '../../domain/publication.ts';
import { t } from '../../../i18n/index.ts';
import { approvalView, type ApprovalView } from './approval.ts';
import { bodyView, type BodyView } from './body.ts';
import { docSearchFilters } from '../chrome/chrome.ts';
import { crisisFirstScreen, type CrisisFirstScreen } from '../by-type/crisis-first-screen.ts';
import type { ViewContext } from '../model/context.ts';
import { relatedLinks } from '../model/docs.ts';
import type { DocHistoryView } from './history.ts';
import {
	documentLanguageLinks,
	translationLag,
	translationsOf,
	type LanguageLink,
	type TranslationLag,
} from '../model/languages.ts';
import { docMeta, editUrl, type DocMetaView } from './meta.ts';
import { playbookView, type PlaybookView } from '../by-type/playbook.ts';
import { readerContext } from '../model/reader.ts';
import { languageFilter, typeFilter, typeMeta } from '../chrome/search.ts';
import type { Site, VocabularyLabel } from '../model/site.ts';
import type { DocLink, Language, SiteDoc } from '../model/types.ts';
import { sectionPager, type SectionPager } from '../lists/sections.ts';
import { docPath, homePath, sectionPath } from '../model/urls.ts';

export interface DocumentPage {
	doc: SiteDoc;
	/** Interface language of the page: the document's own, or another one on a fallback page. */
	lang: Language;
	/** The document's own language. */
	docLang: Language;
	/** Whether this is a fallback page (the document shown under another language's interface). */
	fallback: boolean;
	/** `lang` for interface text inside the article, which is in the document's language on fallback pages. */
	ui: Language | undefined;
	meta: DocMetaView;
	approval: ApprovalView;
	translations: DocLink[];
	lag: TranslationLag | undefined;
	related: DocLink[];
	typeLabel: string;
	/** The document's title with version and review date, for the printed record. */
	recordTitle: string;
	/** The language switch. */
	languages: LanguageLink[];
	trail: { label: string; href: string }[];
	/** The original's page, linked from a fallback page. */
	originalHref: string;
	editUrl: string | undefined;
	history: DocHistoryView | undefined;
	/** Pagefind attributes of the article: indexed on its own page, ignored on fallback pages. */
	/** Whether the document is confidential: its page carries a banner. */
	confidential: boolean;
	searchable: Record<string, string | boolean>;
	/** Pagefind filter of the header (the language), on its own page only. */
	languageFilter: string | undefined;
	/** Pagefind filters of the document (legal area, channel, audience), on its own page only. */
	searchFilters: string[];
	/** Previous and next document in the section, in the section index's order. */
	pager: SectionPager | undefined;
	/**
	 * Whether the page marks the search terms a search result brought the reader here with
	 * (src/client/search-highlight.ts): on indexed pages, except the pre-publish check, whose
	 * indexed text is the no-script form of an interactive check that scripts replace.
	 */
	highlightTerms: boolean;
	/**
	 * Whether the approval line is repeated after the body for phones, where the header
	 * leaves it out: on the pre-publish check, whose first question must be on the first
	 * phone screen. Wide screens keep it in the header (src/styles/prepublish.css).
	 */
	approvalAfterBody: boolean;
	/** A playbook's body and the first screen built from it; undefined for other types. */
	playbook: { view: PlaybookView; firstScreen: CrisisFirstScreen | undefined } | undefined;
	/** The body of the document's type: its data and view. */
	body: BodyView;
	/** Vocabulary labels (legal areas, platforms, audiences …) in the page's language. */
	label: VocabularyLabel;
}

export function documentPage(
	site: Site,
	doc: SiteDoc,
	lang: Language,
	git: { view: DocHistoryView | undefined; repoPath: string | undefined },
	options: { base?: string } = {},
): DocumentPage {
	const { type, id } = doc;
	const docLang = doc.data.language;
	const fallback = lang !== docLang;
	const indexed = !fallback && isSearchable(doc.data, { confidential: site.confidential });
	const ctx = readerContext(site, lang);
	const meta = docMeta(doc, ctx, site.today);
	const recordTitle = [
		doc.data.title,
		meta.version !== undefined ? t(lang, 'approval.version', { version: meta.version }) : undefined,
		meta.reviewedOn ? `${t(lang, 'doc.reviewedOn')}: ${meta.reviewedOn}` : undefined,
	]
		.filter(Boolean)
		.join(' · ');
	const playbook = doc.type === 'playbook' ? playbookPage(doc.data, ctx) : undefined;
	return {
		doc,
		lang,
		docLang,
		fallback,
		ui: fallback ? lang : undefined,
		meta,
		approval: approvalView(doc, ctx, site.today, site.config.review.warnDays),
		translations: translationsOf(doc, site.docs),
		lag: fallback ? undefined : translationLag(doc, site.docs),
		related: relatedLinks(doc, ctx.docs, ctx),
		typeLabel: t(lang, `docType.${type}`),
		recordTitle,
		languages: documentLanguageLinks(doc, lang, site.docs, site.languages),
		trail: [
			{ label: t(lang, 'nav.home'), href: homePath(lang) },
			{ label: t(lang, `docTypePlural.${type}`), href: sectionPath(lang, type) },
		],
		originalHref: docPath(type, id, docLang),
		editUrl: editUrl(site.config.editBaseUrl, git.repoPath),
		history: git.view,
		confidential: doc.data.classification === 'confidential',
		// Confidential pages (only in builds that include them) stay out of search unless the build says otherwise.
		searchable: !indexed
			? { 'data-pagefind-ignore': 'all' }
			: {
					'data-pagefind-body': true,
					'data-pagefind-filter': typeFilter(type, lang),
					'data-pagefind-meta': typeMeta(type, lang),
				},
		languageFilter: fallback ? undefined : languageFilter(lang),
		searchFilters: fallback ? [] : docSearchFilters(site, doc),
		pager: sectionPager(site.docs, doc, lang, site.languages, t(lang, `docTypePlural.${type}`)),
		highlightTerms: indexed && type !== 'prepublish',
		approvalAfterBody: type === 'prepublish',
		playbook,
		body: bodyView(doc, ctx, {
			base: options.base ?? '/',
			workweek: site.config.workweek,
			playbook: playbook?.view,
		}),
		label: (kind, id) => site.label(kind, id, lang),
	};
}

function playbookPage(
	data: SiteDoc<'playbook'>['data'],
	ctx: ViewContext,
): DocumentPage['playbook'] {
	const view = playbookView(data, ctx);
	return { view, firstScreen: crisisFirstScreen(view) };
}
