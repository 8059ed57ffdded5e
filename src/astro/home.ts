/** The home page's data, with each document's last change from the git history read once per build. */
import { loadSiteHistory } from './history.ts';
import { loadSite } from './site.ts';
import { homePage, type HomePage } from '../lib/site/lists/home-page.ts';
import type { Language } from '../lib/site/model/types.ts';

export async function loadHomePage(lang: Language): Promise<HomePage> {
	const [site, git] = await Promise.all([loadSite(), loadSiteHistory()]);
	return homePage(site, lang, (doc) => {
		const state = git.doc(doc.type, doc.id)?.state;
		return state && { date: state.file?.commits[0]?.date, uncommitted: Boolean(state.uncommitted) };
	});
}
