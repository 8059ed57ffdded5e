/**
 * The Atom feed of the "What changed" page: the same entries (changes-page.ts), newest first,
 * each with the files it touched as a small HTML list.
 */
import { t } from '../../../i18n/index.ts';
import { escapeHtml } from '../document/diff-view.ts';
import type { Language } from '../model/types.ts';
import { atomFeed, newestDate, uuidUrn, type AtomEntry } from './atom.ts';
import { entryTitle, type ChangeEntryView } from './changes-page.ts';

/** The files of an entry as a small HTML list, for the feed (links made absolute by `url`). */
export function entryHtml(
	entry: ChangeEntryView,
	lang: Language,
	url: (path: string) => string,
): string {
	const x = escapeHtml;
	const items = entry.items.map((i) => {
		const kind = t(lang, `changes.kind.${i.change}`);
		const formerly = i.previousPath
			? ` (${x(t(lang, 'changes.formerly', { path: i.previousPath }))})`
			: '';
		if (i.kind === 'doc')
			return (
				`<li>${x(t(lang, `docType.${i.type}`))}: <a href="${x(url(i.href))}">${x(i.title)}</a>` +
				` – ${x(kind)}${formerly}; ${x(t(lang, 'changes.owner', { owner: i.owner.name }))}</li>`
			);
		const label =
			i.role === 'settings'
				? t(lang, 'changes.settings')
				: i.role === 'document' && i.type
					? t(lang, `docType.${i.type}`)
					: t(lang, 'changes.file');
		return `<li>${x(label)}: <code>${x(i.path)}</code> – ${x(kind)}${formerly}</li>`;
	});
	if (entry.more) items.push(`<li>${x(t(lang, 'changes.more', { count: entry.more.count }))}</li>`);
	return `<ul>${items.join('')}</ul>`;
}

export interface FeedInput {
	lang: Language;
	company: string;
	entries: readonly ChangeEntryView[];
	/** Turns a root-relative site path into a link: with the base, absolute when the site address is known. */
	url(path: string): string;
	/** Root-relative paths of the feed and the changes page (without the base; `url` adds it). */
	selfPath: string;
	pagePath: string;
	/** Used as `updated` when there are no entries (RFC 3339). */
	now: string;
}

/** The Atom feed of the changes page: one entry per commit, newest first (uncommitted changes left out). */
export function changesFeed(input: FeedInput): string {
	const { lang } = input;
	const commits = input.entries.filter((e) => e.hash !== undefined);
	const entries: AtomEntry[] = commits.map((e) => ({
		id: uuidUrn(`kodex:commit:${e.hash}`),
		title: entryTitle(e, lang),
		updated: e.date ?? input.now,
		authorName: e.authorName ?? '',
		href: input.url(`${input.pagePath}#${e.anchor}`),
		contentHtml: entryHtml(e, lang, input.url),
	}));
	return atomFeed({
		id: uuidUrn(`kodex:changes:${lang}:${input.company}`),
		title: t(lang, 'changes.feedTitle', { company: input.company }),
		subtitle: t(lang, 'changes.intro'),
		updated: newestDate(
			commits.flatMap((e) => (e.date ? [e.date] : [])),
			input.now,
		),
		selfHref: input.url(input.selfPath),
		alternateHref: input.url(input.pagePath),
		authorName: input.company,
		lang,
		entries,
	});
}
