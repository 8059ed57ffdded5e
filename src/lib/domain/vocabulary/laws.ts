/**
 * The one law catalogue: every law and source a `legalBasis` may cite, with
 * its name per language, how its provisions are numbered (§ or Art.), the
 * official link to a provision, and what replaced it when it is outdated.
 * Checklist links, prose citation links and the outdated-citation warning
 * (LEG-004) all read it. Built-in German and EU laws come first; a company
 * adds its own (e.g. EnWG, TrinkwV, BFSG) under `vocabulary.laws` in
 * handbook.yaml, and an entry with a built-in abbreviation replaces it.
 *
 * Only links: nothing is fetched, the reader's browser opens them on demand.
 *
 * Why one file: half of it is data (the built-in catalogue), and the rest
 * are the catalogue's only readers (links, labels, outdated citations), which change with it.
 */
import type { LawEntry } from '../../../../schemas/vocabulary.ts';
import { formatDate } from '../../util/format.ts';

/** One law of the merged catalogue. */
export interface Law {
	/** Abbreviation as cited, e.g. `UrhG`. */
	id: string;
	/** Full name per language tag. */
	name: Record<string, string>;
	provisions: 'section' | 'article';
	/** The whole official text. */
	url?: string;
	/** One provision, with `{n}` for its number. */
	provisionUrl?: string;
	/** Abbreviation of the successor; citing this law is then outdated (LEG-004). */
	replacedBy?: string;
	/** Date from which the successor applies. */
	replacedOn?: string;
	/** `renamed`: same law under a new name; `replaced`: a new law. */
	replacement?: 'renamed' | 'replaced';
	/** Not a law but a kind of source (case law, guidance): labels show only the reference. */
	source?: boolean;
	/** Single provisions that moved or were repealed, with their current citation. */
	movedProvisions?: readonly MovedProvision[];
}

/** A provision that moved within its law, or was replaced by another provision. */
export interface MovedProvision {
	/** Matches the old provision in front of the law's abbreviation, e.g. `§ 5a Abs. 6`. */
	pattern: string;
	/** The current citation, e.g. `§ 5a Abs. 4 UWG`. */
	current: string;
	/** Why it is outdated, completing "… is outdated: <reason>". */
	reason: string;
	/** The same reason in German, completing „… ist ein veraltetes Zitat: <reasonDe>“. */
	reasonDe: string;
}

/** The merged catalogue, by abbreviation, in catalogue order. */
export type LawCatalogue = ReadonlyMap<string, Law>;

const GII = 'https://www.gesetze-im-internet.de/';
const ELI = 'https://eur-lex.europa.eu/eli/';

/** A German federal law on gesetze-im-internet.de under `path`. */
function federal(id: string, path: string, de: string, en: string, extra: Partial<Law> = {}): Law {
	const provisions = extra.provisions ?? 'section';
	const provisionUrl = `${GII}${path}/${provisions === 'article' ? 'art_{n}' : '__{n}'}.html`;
	return { id, name: { de, en }, provisions, url: `${GII}${path}/`, provisionUrl, ...extra };
}

/** An EU regulation on EUR-Lex by its ELI path `reg/<year>/<number>`. */
function euRegulation(id: string, eli: string, de: string, en: string): Law {
	return {
		id,
		name: { de, en },
		provisions: 'article',
		url: `${ELI}${eli}/oj`,
		provisionUrl: `${ELI}${eli}/art_{n}/oj`,
	};
}

/** A law or source without an official federal or EU page (state treaties, repealed laws). */
function unlinked(id: string, de: string, en: string, extra: Partial<Law> = {}): Law {
	return { id, name: { de, en }, provisions: 'section', ...extra };
}

/** Built-in German and EU laws, covering everything the example handbook cites. */
const BUILT_IN_LAWS: readonly Law[] = [
	federal('UrhG', 'urhg', 'Urheberrechtsgesetz', 'Copyright Act', {
		movedProvisions: [
			{
				pattern: String.raw`§+\s*24(?![\da-z])(?:\s+Abs\.\s*\d+)?`,
				current: '§ 51a UrhG',
				reason:
					'§ 24 UrhG (free use) was repealed on 7 June 2021; parody, caricature and pastiche are now covered by § 51a UrhG',
				reasonDe:
					'§ 24 UrhG (freie Benutzung) wurde am 7. Juni 2021 aufgehoben; Parodie, Karikatur und Pastiche regelt heute § 51a UrhG',
			},
		],
	}),
	federal('MarkenG', 'markeng', 'Markengesetz', 'Trade Mark Act'),
	euRegulation('UMV', 'reg/2017/1001', 'Unionsmarkenverordnung', 'EU Trade Mark Regulation'),
	federal(
		'UWG',
		'uwg_2004',
		'Gesetz gegen den unlauteren Wettbewerb',
		'Act against Unfair Competition',
		{
			movedProvisions: [
				{
					pattern: String.raw`§+\s*5a\s+Abs\.\s*6`,
					current: '§ 5a Abs. 4 UWG',
					reason: 'this rule moved to § 5a Abs. 4 UWG on 28 May 2022',
					reasonDe: 'die Regel steht seit dem 28. Mai 2022 in § 5a Abs. 4 UWG',
				},
			],
		},
	),
	federal('DDG', 'ddg', 'Digitale-Dienste-Gesetz', 'Digital Services Act (Germany)'),
	unlinked('MStV', 'Medienstaatsvertrag', 'Interstate Media Treaty'),
	federal('PAngV', 'pangv_2022', 'Preisangabenverordnung', 'Price Indication Ordinance'),
	federal('KUG', 'kunsturhg', 'Kunsturhebergesetz', 'Art Copyright Act'),
	federal('BGB', 'bgb', 'Bürgerliches Gesetzbuch', 'Civil Code'),
	federal('StGB', 'stgb', 'Strafgesetzbuch', 'Criminal Code'),
	federal('GG', 'gg', 'Grundgesetz', 'Basic Law', { provisions: 'article' }),
	euRegulation(
		'DSGVO',
		'reg/2016/679',
		'Datenschutz-Grundverordnung',
		'General Data Protection Regulation',
	),
	federal('BDSG', 'bdsg_2018', 'Bundesdatenschutzgesetz', 'Federal Data Protection Act'),
	// The TDDDG kept the address of its former name TTDSG.
	federal(
		'TDDDG',
		'ttdsg',
		'Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz',
		'Telecommunications Digital Services Data Protection Act',
	),
	federal('BetrVG', 'betrvg', 'Betriebsverfassungsgesetz', 'Works Constitution Act'),
	federal('GeschGehG', 'geschgehg', 'Geschäftsgeheimnisgesetz', 'Trade Secrets Act'),
	federal('ArbZG', 'arbzg', 'Arbeitszeitgesetz', 'Working Hours Act'),
	euRegulation('MAR', 'reg/2014/596', 'Marktmissbrauchsverordnung', 'Market Abuse Regulation'),
	euRegulation('AI-Act', 'reg/2024/1689', 'KI-Verordnung', 'Artificial Intelligence Act'),
	euRegulation('DSA', 'reg/2022/2065', 'Gesetz über digitale Dienste', 'Digital Services Act'),
	federal('OlyMSchG', 'olymschg', 'Olympiamarkenschutzgesetz', 'Olympic Emblem Protection Act'),
	// Repealed in 2024: no page any more.
	unlinked('TMG', 'Telemediengesetz', 'Telemedia Act', {
		replacedBy: 'DDG',
		replacedOn: '2024-05-14',
		replacement: 'replaced',
	}),
	federal(
		'TTDSG',
		'ttdsg',
		'Telekommunikation-Telemedien-Datenschutz-Gesetz',
		'Telecommunications Telemedia Data Protection Act',
		{
			replacedBy: 'TDDDG',
			replacedOn: '2024-05-14',
			replacement: 'renamed',
		},
	),
	unlinked('case-law', 'Rechtsprechung', 'Case law', { source: true }),
	unlinked('guidance', 'Leitlinie einer Behörde', 'Official guidance', { source: true }),
	unlinked('other', 'Sonstige Quelle', 'Other source', { source: true }),
];

/** The catalogue of built-in laws and the company's `vocabulary.laws`; a company entry replaces a built-in one. */
export function mergeLaws(company: readonly LawEntry[] = []): LawCatalogue {
	const laws = new Map<string, Law>(BUILT_IN_LAWS.map((law) => [law.id, law]));
	for (const entry of company) {
		const base = laws.get(entry.id);
		const law: Law = {
			id: entry.id,
			name: { ...base?.name, ...entry.name },
			provisions: entry.provisions ?? base?.provisions ?? 'section',
		};
		const url = entry.url ?? (entry.provisionUrl ? undefined : base?.url);
		const provisionUrl = entry.provisionUrl ?? (entry.url ? undefined : base?.provisionUrl);
		if (url) law.url = url;
		if (provisionUrl) law.provisionUrl = provisionUrl;
		const replacedBy = entry.replacedBy ?? base?.replacedBy;
		if (replacedBy) {
			law.replacedBy = replacedBy;
			law.replacement = base?.replacement ?? 'replaced';
			const on = entry.replacedOn ?? base?.replacedOn;
			if (on) law.replacedOn = on;
		}
		if (base?.source) law.source = true;
		if (base?.movedProvisions) law.movedProvisions = base.movedProvisions;
		laws.set(entry.id, law);
	}
	return laws;
}

/** The built-in catalogue, for code that runs without a handbook. */
export const BUILT_IN_CATALOGUE: LawCatalogue = mergeLaws();

/** The first section number cited: `§§ 15, 16, 19a` → `15`, `§ 51a Abs. 2` → `51a`. */
export function firstSection(ref: string): string | undefined {
	return /§+\s*(\d+[a-z]?)\b/.exec(ref)?.[1];
}

/** The first article number cited: `Art. 6 Abs. 1 lit. a` → `6`, `Artikel 50` → `50`. */
export function firstArticle(ref: string): string | undefined {
	return /\bArt(?:ikel|icle|\.)?\s*(\d+[a-z]?)\b/i.exec(ref)?.[1];
}

/** Annexes (`Anhang`, `Anlage`, `Annex`) are not provisions: link the whole law instead. */
function citesAnnex(ref: string): boolean {
	return /^\s*(Anhang|Anlage|Annex)\b/i.test(ref);
}

/**
 * The official text of `law` at the provision cited in `ref`, the whole law when
 * no provision is cited, or undefined for a law without an official page. This
 * is the seam prose citation links use: `(law, ref) => url | undefined`.
 */
export function lawHref(catalogue: LawCatalogue, law: string, ref: string): string | undefined {
	const entry = catalogue.get(law);
	if (!entry) return undefined;
	if (citesAnnex(ref)) return entry.url;
	const n = entry.provisions === 'article' ? firstArticle(ref) : firstSection(ref);
	if (n && entry.provisionUrl) return entry.provisionUrl.replace('{n}', n);
	return entry.url;
}

/** Binds `lawHref` to one catalogue: `(law, ref) => url | undefined`. */
export function lawLinker(
	catalogue: LawCatalogue,
): (law: string, ref: string) => string | undefined {
	return (law, ref) => lawHref(catalogue, law, ref);
}

/** Abbreviations of the laws (not the kinds of source), for finding citations in prose. */
export function lawAbbreviations(catalogue: LawCatalogue): string[] {
	return [...catalogue.values()].filter((law) => !law.source).map((law) => law.id);
}

/** A legal basis as authored in a checklist item. */
export interface LegalBasisInput {
	law: string;
	ref: string;
	url?: string | undefined;
}

/** The link for a legal basis: the authored `url`, else the official text, else none. */
export function legalBasisHref(
	basis: LegalBasisInput,
	catalogue: LawCatalogue = BUILT_IN_CATALOGUE,
): string | undefined {
	return basis.url ?? lawHref(catalogue, basis.law, basis.ref);
}

/** `§ 51a` + `UrhG` → `§ 51a UrhG`; court decisions and guidance show their reference only. */
export function legalBasisLabel(
	basis: { law: string; ref: string },
	catalogue: LawCatalogue = BUILT_IN_CATALOGUE,
): string {
	if (catalogue.get(basis.law)?.source) return basis.ref;
	if (basis.ref.includes(basis.law)) return basis.ref;
	return `${basis.ref} ${basis.law}`;
}

/** An outdated citation found in a text, with its current form. */
export interface CitationHit {
	old: string;
	current: string;
	reason: string;
	/** The reason in German. */
	reasonDe: string;
	/** 0-based offset of the match in the text. */
	index: number;
}

/** An optional section in front of a law name, e.g. `§ 5 Abs. 1 Nr. 2 `. */
const SECTION = String.raw`(?:§+\s*\d+[a-z]?(?:\s+Abs\.\s*\d+)?(?:\s+(?:S\.|Satz)\s*\d+)?(?:\s+Nr\.\s*\d+)?\s+)?`;

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function replacementReason(law: Law, catalogue: LawCatalogue): string {
	const next = law.replacedBy!;
	const on = law.replacedOn ? ` on ${formatDate(law.replacedOn, 'en')}` : '';
	if (law.replacement === 'renamed') return `the ${law.id} was renamed ${next}${on}`;
	const name = catalogue.get(next)?.name['de'];
	return `the ${law.id} was replaced by ${name ? `the ${name} (${next})` : next}${on}`;
}

function replacementReasonDe(law: Law, catalogue: LawCatalogue): string {
	const next = law.replacedBy!;
	const on = law.replacedOn ? ` am ${formatDate(law.replacedOn, 'de')}` : '';
	if (law.replacement === 'renamed') return `das ${law.id} wurde${on} in ${next} umbenannt`;
	const name = catalogue.get(next)?.name['de'];
	return `das ${law.id} wurde${on} durch ${name ? `das ${name} (${next})` : next} ersetzt`;
}

interface OutdatedPattern {
	/** The law's id, which every match contains: a text without it is not searched. */
	needle: string;
	pattern: RegExp;
	replace: (old: string) => string;
	reason: string;
	reasonDe: string;
}

const patternCache = new WeakMap<LawCatalogue, OutdatedPattern[]>();

/** What the catalogue knows to be outdated: replaced laws and moved provisions. */
function outdatedPatterns(catalogue: LawCatalogue): OutdatedPattern[] {
	let found = patternCache.get(catalogue);
	if (found) return found;
	found = [];
	for (const law of catalogue.values()) {
		const id = escape(law.id);
		if (law.replacedBy) {
			const next = law.replacedBy;
			found.push({
				needle: law.id,
				pattern: new RegExp(`${SECTION}${id}\\b`, 'g'),
				replace: (old) => old.replace(new RegExp(`${id}$`), next),
				reason: replacementReason(law, catalogue),
				reasonDe: replacementReasonDe(law, catalogue),
			});
		}
		for (const moved of law.movedProvisions ?? []) {
			found.push({
				needle: law.id,
				pattern: new RegExp(`${moved.pattern}\\s+${id}\\b`, 'g'),
				replace: () => moved.current,
				reason: moved.reason,
				reasonDe: moved.reasonDe,
			});
		}
	}
	patternCache.set(catalogue, found);
	return found;
}

/**
 * Whether `text` names a law that has outdated citations at all; a quick test
 * before searching a long text line by line (most prose names none).
 */
export function mayCiteOutdated(
	text: string,
	catalogue: LawCatalogue = BUILT_IN_CATALOGUE,
): boolean {
	return outdatedPatterns(catalogue).some((c) => text.includes(c.needle));
}

/** Every outdated citation in `text`, in order of appearance. */
export function findOutdatedCitations(
	text: string,
	catalogue: LawCatalogue = BUILT_IN_CATALOGUE,
): CitationHit[] {
	const hits: CitationHit[] = [];
	for (const c of outdatedPatterns(catalogue))
		if (text.includes(c.needle))
			for (const m of text.matchAll(c.pattern))
				hits.push({
					old: m[0],
					current: c.replace(m[0]),
					reason: c.reason,
					reasonDe: c.reasonDe,
					index: m.index,
				});
	return hits.sort((a, b) => a.index - b.index);
}
