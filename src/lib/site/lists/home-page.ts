/**
 * The home page's data: the task cards (pre-publish check, crisis playbook,
 * contacts), the latest changes (from git; without a history, the latest
 * recorded reviews, never invented dates), the review status and the sections.
 */
import type { CrisisLink } from '../by-type/crisis.ts';
import { commitDay } from '../document/history.ts';
import { formatDate } from '../../util/format.ts';
import { langMarks, type LangMarks } from '../model/lang-marks.ts';
import { languageLinks, type LanguageLink } from '../model/languages.ts';
import { readerContext } from '../model/reader.ts';
import type { Site } from '../model/site.ts';
import type { DocLink, Language, SiteDoc } from '../model/types.ts';
import { homePath } from '../model/urls.ts';
import { dashboardRows, reviewSummary, type ReviewSummary } from './dashboard.ts';
import {
	contactsCard,
	playbookSectionPath,
	prepublishCheck,
	recentlyChanged,
	recentlyReviewed,
	sameTitle,
	type ContactsCard,
	type GitChange,
	type RecentEntry,
} from './home.ts';
import { sectionSummaries, type SectionSummary } from './sections.ts';
import { t } from '../../../i18n/index.ts';

export interface HomeRecentEntry extends RecentEntry {
	marks: LangMarks;
	/** The date as readers write it; undefined for changes not committed yet. */
	dateLabel: string | undefined;
}

export interface HomePage {
	company: string;
	languages: LanguageLink[];
	/** The pre-publish check in force, if any, and whether its card names its title. */
	prepublish: (DocLink & { showTitle: boolean }) | undefined;
	crisis: CrisisLink | undefined;
	/** All playbooks, linked from the crisis card. */
	playbooks: string;
	contacts: ContactsCard | undefined;
	/** Whether the latest changes come from git (else: the latest recorded reviews). */
	fromGit: boolean;
	recent: HomeRecentEntry[];
	summary: ReviewSummary;
	sections: SectionSummary[];
}

/** `lastChange` tells when git last saw a document change; undefined without history. */
export function homePage(
	site: Site,
	lang: Language,
	lastChange: (doc: SiteDoc) => GitChange | undefined,
): HomePage {
	// Links lead to the version in this language: the translation, else the fallback page.
	const { pathOf } = readerContext(site, lang);
	const prepublish = prepublishCheck(site.docs, lang, site.today, pathOf);
	const changed = recentlyChanged(site.docs, lang, lastChange, 5, pathOf);
	// Never invented: without git history, the dates owners recorded for their last review.
	const fromGit = changed.length > 0;
	const recent = fromGit ? changed : recentlyReviewed(site.docs, lang, 5, pathOf);
	return {
		company: site.config.company.name,
		languages: languageLinks(lang, site.languages, homePath),
		prepublish: prepublish && {
			...prepublish,
			showTitle: !sameTitle(prepublish.title, t(lang, 'home.task.prepublish')),
		},
		crisis: site.crisisLink(lang),
		playbooks: playbookSectionPath(lang),
		contacts: contactsCard(site.docs, lang, 2, pathOf),
		fromGit,
		recent: recent.map((entry) => ({
			...entry,
			marks: langMarks(entry.doc.language, lang),
			dateLabel:
				entry.kind === 'changed-now' ? undefined : formatDate(commitDay(entry.date ?? ''), lang),
		})),
		summary: reviewSummary(
			dashboardRows(site.docs, site.context(lang), site.today, site.config.review.warnDays),
		),
		sections: sectionSummaries(site.docs, lang),
	};
}
