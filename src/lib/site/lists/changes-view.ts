/**
 * The "What changed" page's data: the newest commits and the uncommitted
 * changes (from changes-page.ts), the filters they offer, the feed link and
 * what to say about the history git could give.
 */
import { t } from '../../../i18n/index.ts';
import type { ContentHistory } from '../../history/types.ts';
import { languageLinks, type LanguageLink } from '../model/languages.ts';
import type { Language } from '../model/types.ts';
import { homePath } from '../model/urls.ts';
import {
	CHANGES_LIMIT,
	changesPath,
	feedPath,
	filterOptions,
	type ChangeEntryView,
	type FilterOptions,
} from './changes-page.ts';

export interface ChangesPage {
	title: string;
	intro: string;
	trail: { label: string; href: string }[];
	languages: LanguageLink[];
	feedTitle: string;
	feedPath: string;
	/** Whether git gave the whole history, part of it, or none. */
	availability: ContentHistory['availability'];
	/** Why the history is missing, in git's words; undefined when complete. */
	note: string | undefined;
	/** The uncommitted changes first ("changed now"), then the commits, newest first. */
	entries: ChangeEntryView[];
	options: FilterOptions;
	/** Whether the filters help: more than one entry and something to choose. */
	filters: boolean;
	/** How many commits the page lists at most, when it lists that many (older ones exist). */
	limit: number | undefined;
	/** Strings for src/client/changes-filter.ts. */
	strings: { shown: string };
}

export function changesPage(input: {
	lang: Language;
	languages: readonly Language[];
	company: string;
	history: ContentHistory;
	entries: ChangeEntryView[];
	now: ChangeEntryView | undefined;
}): ChangesPage {
	const { lang, history, entries, now } = input;
	const all = now ? [now, ...entries] : entries;
	const options = filterOptions(all, lang);
	return {
		title: t(lang, 'changes.title'),
		intro: t(lang, 'changes.intro'),
		trail: [{ label: t(lang, 'nav.home'), href: homePath(lang) }],
		languages: languageLinks(lang, input.languages, changesPath),
		feedTitle: t(lang, 'changes.feedTitle', { company: input.company }),
		feedPath: feedPath(lang),
		availability: history.availability,
		note: history.note,
		entries: all,
		options,
		filters: all.length > 1 && options.types.length + options.owners.length > 0,
		limit: entries.length >= CHANGES_LIMIT ? CHANGES_LIMIT : undefined,
		strings: { shown: t(lang, 'changes.shown') },
	};
}
