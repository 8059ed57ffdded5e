/**
 * Links from a checklist item's legal basis to the official text. Only links:
 * nothing is fetched, the reader's browser opens them on demand.
 *
 * - German federal laws on gesetze-im-internet.de, down to the cited section:
 *   `§ 51a UrhG` → https://www.gesetze-im-internet.de/urhg/__51a.html,
 *   `Art. 5 GG` → …/gg/art_5.html.
 * - EU regulations on EUR-Lex through their ELI, down to the cited article
 *   (ELI subdivision `art_6`): `Art. 6 Abs. 1 DSGVO` →
 *   https://eur-lex.europa.eu/eli/reg/2016/679/art_6/oj.
 * - An authored `url` always wins; laws without an official federal or EU
 *   text (state treaties such as the MStV, repealed laws, case law) get no link.
 */
import type { LAWS } from '../../../schemas/index.ts';

export type Law = (typeof LAWS)[number];

export interface LegalBasisInput {
	law: Law;
	ref: string;
	url?: string | undefined;
}

/**
 * Path segment of each federal law on gesetze-im-internet.de. The TDDDG kept
 * the address of its former name TTDSG. The TMG was repealed in 2024 and has
 * no page any more, so it is missing on purpose.
 */
export const FEDERAL_LAWS: Partial<Record<Law, string>> = {
	UrhG: 'urhg',
	MarkenG: 'markeng',
	UWG: 'uwg_2004',
	DDG: 'ddg',
	PAngV: 'pangv_2022',
	KUG: 'kunsturhg',
	BGB: 'bgb',
	StGB: 'stgb',
	GG: 'gg',
	BDSG: 'bdsg_2018',
	TDDDG: 'ttdsg',
	TTDSG: 'ttdsg',
	BetrVG: 'betrvg',
	GeschGehG: 'geschgehg',
	ArbZG: 'arbzg',
	OlyMSchG: 'olymschg',
};

/** Laws whose provisions are articles (`Art. 5`), not sections (`§ 5`). */
const ARTICLE_LAWS: ReadonlySet<Law> = new Set(['GG']);

/** EU regulations by their ELI path `reg/<year>/<number>`. */
export const EU_REGULATIONS: Partial<Record<Law, string>> = {
	DSGVO: 'reg/2016/679',
	'AI-Act': 'reg/2024/1689',
	UMV: 'reg/2017/1001',
	MAR: 'reg/2014/596',
	DSA: 'reg/2022/2065',
};

const GERMAN_ROOT = 'https://www.gesetze-im-internet.de/';
const EUR_LEX_ELI = 'https://eur-lex.europa.eu/eli/';

/** The first section number cited: `§§ 15, 16, 19a` → `15`, `§ 51a Abs. 2` → `51a`. */
export function firstSection(ref: string): string | undefined {
	return /§+\s*(\d+[a-z]?)\b/.exec(ref)?.[1];
}

/** The first article number cited: `Art. 6 Abs. 1 lit. a` → `6`, `Artikel 50` → `50`. */
export function firstArticle(ref: string): string | undefined {
	return /\bArt(?:ikel|icle|\.)?\s*(\d+[a-z]?)\b/i.exec(ref)?.[1];
}

/** Annexes (`Anhang`, `Anlage`, `Annex`) are not sections: link the whole law instead. */
function citesAnnex(ref: string): boolean {
	return /^\s*(Anhang|Anlage|Annex)\b/i.test(ref);
}

/** The official text of a German federal law, at the cited section when there is one. */
export function federalLawHref(law: Law, ref: string): string | undefined {
	const slug = FEDERAL_LAWS[law];
	if (!slug) return undefined;
	const root = `${GERMAN_ROOT}${slug}/`;
	if (citesAnnex(ref)) return root;
	if (ARTICLE_LAWS.has(law)) {
		const article = firstArticle(ref);
		return article ? `${root}art_${article}.html` : root;
	}
	const section = firstSection(ref);
	return section ? `${root}__${section}.html` : root;
}

/** An EU regulation on EUR-Lex, at the cited article when there is one. */
export function euRegulationHref(law: Law, ref: string): string | undefined {
	const eli = EU_REGULATIONS[law];
	if (!eli) return undefined;
	if (citesAnnex(ref)) return `${EUR_LEX_ELI}${eli}/oj`;
	const article = firstArticle(ref);
	return article ? `${EUR_LEX_ELI}${eli}/art_${article}/oj` : `${EUR_LEX_ELI}${eli}/oj`;
}

/** The link for a legal basis: the authored `url`, else the official text, else none. */
export function legalBasisHref(basis: LegalBasisInput): string | undefined {
	if (basis.url) return basis.url;
	return euRegulationHref(basis.law, basis.ref) ?? federalLawHref(basis.law, basis.ref);
}

/** `§ 51a` + `UrhG` → `§ 51a UrhG`; court decisions and guidance show their reference only. */
export function legalBasisLabel(basis: { law: Law; ref: string }): string {
	if (basis.law === 'case-law' || basis.law === 'guidance' || basis.law === 'other')
		return basis.ref;
	if (basis.ref.includes(basis.law)) return basis.ref;
	return `${basis.ref} ${basis.law}`;
}
