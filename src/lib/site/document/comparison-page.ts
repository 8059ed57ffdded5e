/**
 * A comparison page's data: one earlier version of a document (the file after
 * one commit) against the current one, computed once per page from the site
 * model and what git gave (src/astro/versions.ts reads it), so the page only
 * displays it. The prose and the field table come as HTML written by
 * diff-render.ts, which the browser's comparison of any two versions runs too.
 */
import { t, tn } from '../../../i18n/index.ts';
import { diffDocument, type DocSnapshot } from '../../changes/diff-document.ts';
import type { FileCommit } from '../../history/types.ts';
import { formatDate } from '../../util/format.ts';
import { commitUrl } from '../chrome/git-links.ts';
import type { Site } from '../model/site.ts';
import type { DocType, Language, SiteDoc } from '../model/types.ts';
import { docPath, homePath, sectionPath } from '../model/urls.ts';
import { idNames } from './diff-labels.ts';
import {
	diffHtml,
	diffPath,
	diffSummary,
	fieldRows,
	fieldsTableHtml,
	proseSegments,
	tableWords,
	versionsPath,
	type DiffLabels,
} from './diff-view.ts';
import type { DiffSummary } from './diff-render.ts';
import { commitDay, type FileGitState } from './history.ts';
import { approvalLine, CURRENT, pickerLabel, type VersionInput } from './versions-file.ts';

/** What git gives for one comparison page (read by src/astro/versions.ts). */
export interface ComparisonInput {
	site: Site;
	doc: SiteDoc;
	/** The document as it is now, and its place in the history. */
	git: { current: DocSnapshot; state: FileGitState };
	/** The earlier version's commit. */
	commit: FileCommit;
	/** The file after `commit`; undefined when git could not give it. */
	before: DocSnapshot | undefined;
	/** The document's comparable versions, newest first (the current one first). */
	versions: readonly VersionInput[];
}

/** One option of the version pickers. */
export interface PickerOption {
	key: string;
	label: string;
}

export interface ComparisonPage {
	lang: Language;
	type: DocType;
	title: string;
	trail: { label: string; href: string }[];
	/** The document's page. */
	docHref: string;
	from: {
		version: number | undefined;
		/** ISO date-time of the commit, for `<time datetime>`. */
		date: string;
		dateLabel: string;
		/** "Approved by …", or that this version was not approved. */
		approval: string;
		/** `3f2c1ab · Lena Vogt: subject`, linked to the commit on the git host when known. */
		commitLabel: string;
		commitUrl: string | undefined;
	};
	to: {
		version: number | undefined;
		/** Whether the current version has uncommitted changes. */
		uncommitted: boolean;
		/** The newest commit of the file, when the current version is committed. */
		last: { date: string; dateLabel: string } | undefined;
		approval: string;
	};
	/** Pickers for any two versions; undefined when there are only these two. */
	picker:
		| {
				/** The versions file the pickers load. */
				versionsHref: string;
				options: PickerOption[];
				/** The commit compared here, selected in the "older" picker. */
				from: string;
				/** The current version, selected in the "newer" picker. */
				to: string;
				/** The other prebuilt comparisons, for readers without JavaScript. */
				others: (PickerOption & { href: string })[];
		  }
		| undefined;
	/** The comparison itself; undefined when the earlier version could not be read. */
	diff:
		| {
				summary: DiffSummary;
				/** Whether the document has prose (an MDX body) at all. */
				hasProse: boolean;
				proseChanged: boolean;
				/** The changed fields as a table; undefined when no field changed. */
				fieldsHtml: string | undefined;
				/** The prose word by word; undefined when the prose did not change. */
				proseHtml: string | undefined;
		  }
		| undefined;
}

/** The words that mark insertions, deletions and skipped lines in the HTML. */
function diffLabels(lang: Language): DiffLabels {
	return {
		addedStart: t(lang, 'diff.addedStart'),
		addedEnd: t(lang, 'diff.addedEnd'),
		removedStart: t(lang, 'diff.removedStart'),
		removedEnd: t(lang, 'diff.removedEnd'),
		skip: (count: number) => tn(lang, 'diff.skipLines', count),
	};
}

export function comparisonPage(input: ComparisonInput): ComparisonPage {
	const { site, doc, git, commit, before, versions } = input;
	const { type, id } = doc;
	const lang: Language = doc.data.language;
	const roles = site.context(lang).roles;
	const approval = (data: unknown) => approvalLine(data, roles, lang);
	const dateLabel = formatDate(commitDay(commit.date), lang);
	const title = t(lang, 'diff.title', { title: doc.data.title, date: dateLabel });
	const docHref = docPath(type, id, lang);
	const last = git.state.file?.commits[0];
	const diff = before ? diffDocument(before, git.current) : undefined;
	const labels = diffLabels(lang);
	const rows = diff
		? fieldRows(diff.fields, {
				lang,
				versions: [before?.data, git.current?.data],
				names: idNames(roles, lang),
			})
		: [];
	const segments = diff?.prose ? proseSegments(diff.prose.parts) : [];
	const options = versions.map((v) => ({ key: v.key, label: pickerLabel(v, lang) }));
	return {
		lang,
		type,
		title,
		trail: [
			{ label: t(lang, 'nav.home'), href: homePath(lang) },
			{ label: t(lang, `docTypePlural.${type}`), href: sectionPath(lang, type) },
			{ label: doc.data.title, href: docHref },
		],
		docHref,
		from: {
			version: git.state.versions.get(commit.hash),
			date: commit.date,
			dateLabel,
			approval: before ? approval(before.data) : t(lang, 'diff.notApproved'),
			commitLabel: t(lang, 'diff.commit', {
				hash: commit.shortHash,
				author: commit.authorName,
				subject: commit.subject,
			}),
			commitUrl: commitUrl(site.config.editBaseUrl, commit.hash),
		},
		to: {
			version: doc.data.version,
			uncommitted: git.state.uncommitted !== undefined,
			last: last && { date: last.date, dateLabel: formatDate(commitDay(last.date), lang) },
			approval: approval(git.current?.data),
		},
		picker:
			versions.length > 2
				? {
						versionsHref: versionsPath(type, id, lang),
						options,
						from: commit.shortHash,
						to: CURRENT,
						others: options
							.filter((o) => o.key !== CURRENT && o.key !== commit.shortHash)
							.map((o) => ({ ...o, href: diffPath(type, id, lang, o.key) })),
					}
				: undefined,
		diff: diff && {
			summary: diffSummary(diff),
			hasProse: diff.prose !== undefined,
			proseChanged: diff.prose?.changed === true,
			fieldsHtml: rows.length > 0 ? fieldsTableHtml(rows, labels, tableWords(lang)) : undefined,
			proseHtml: segments.length > 0 ? diffHtml(segments, labels) : undefined,
		},
	};
}
