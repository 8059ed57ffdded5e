/**
 * The main crisis playbook behind the "Crisis?" link in the header of every
 * page. Chosen deterministically, so the link never jumps between builds:
 *
 * 1. only playbooks in force (approved and effective; never in review,
 *    coming, superseded or deprecated), counted once per translation group;
 * 2. the playbook handbook.yaml names as `crisis.mainPlaybook` (or a
 *    translation of it) before any other;
 * 3. else a playbook on the shitstorm scale (`shitstorm-0-6`) before any other;
 * 4. then the original in the handbook's default language, then by id.
 *
 * The link goes to the version in the page's language when there is one,
 * else to the fallback page in that language.
 */
import { lifecycleState } from '../../domain/lifecycle.ts';
import { translationRoot } from '../model/docs.ts';
import { counterpart, createPathOf } from '../model/languages.ts';
import type { Language, SiteDoc } from '../model/types.ts';

const MAIN_CRISIS_SCALE = 'shitstorm-0-6';

/** The original of each translation group (or the first member when the original is missing). */
function originals(playbooks: readonly SiteDoc<'playbook'>[]): SiteDoc<'playbook'>[] {
	const byRoot = new Map<string, SiteDoc<'playbook'>>();
	for (const doc of playbooks) {
		const root = translationRoot(doc);
		const current = byRoot.get(root);
		if (!current || (doc.id === root && current.id !== root)) byRoot.set(root, doc);
	}
	return [...byRoot.values()];
}

/** The main crisis playbook of the handbook, in its original language; undefined when none is in force. */
export function mainCrisisPlaybook(
	docs: readonly SiteDoc[],
	today: string,
	defaultLanguage: Language,
	named?: string,
): SiteDoc<'playbook'> | undefined {
	const inForce = docs.filter(
		(d): d is SiteDoc<'playbook'> =>
			d.type === 'playbook' && lifecycleState(d.data, today) === 'current',
	);
	const rank = (d: SiteDoc<'playbook'>) => [
		named !== undefined && translationRoot(d) === named ? 0 : 1,
		d.data.scale === MAIN_CRISIS_SCALE ? 0 : 1,
		d.data.language === defaultLanguage ? 0 : 1,
	];
	return originals(inForce).sort((a, b) => {
		const [ra, rb] = [rank(a), rank(b)];
		return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]! || a.id.localeCompare(b.id);
	})[0];
}

export interface CrisisLink {
	href: string;
	/** The playbook's title in the language the link leads to. */
	title: string;
	/** Language of the playbook's content behind the link. */
	language: Language;
}

/** The header's crisis link for pages in `lang`; undefined when the handbook has no playbook in force. */
export function crisisLink(
	docs: readonly SiteDoc[],
	languages: readonly Language[],
	lang: Language,
	today: string,
	defaultLanguage: Language,
	named?: string,
): CrisisLink | undefined {
	const main = mainCrisisPlaybook(docs, today, defaultLanguage, named);
	if (!main) return undefined;
	const target = counterpart(main, lang, docs) ?? main;
	return {
		href: createPathOf(docs, languages, lang)(target),
		title: target.data.title,
		language: target.data.language,
	};
}
