/** Checklist pages: items grouped, with severity, legal basis and whom to ask. */
import type { Checklist, ChecklistItem, LAWS } from '../../../schemas/index.ts';
import type { ViewContext } from './context.ts';
import { resolveRole } from './roles.ts';
import type { RoleRef } from './types.ts';
import { anchorId } from './urls.ts';

type Law = (typeof LAWS)[number];
type Severity = ChecklistItem['severity'];

export interface LegalBasisView {
	label: string;
	href?: string;
}

export interface ChecklistItemView {
	id: string;
	anchor: string;
	question: string;
	severity: Severity;
	guidance: string;
	legalBasis: LegalBasisView[];
	escalateTo: RoleRef;
	uncertain: boolean;
	uncertainNote?: string;
}

export interface ItemGroup<T> {
	/** The authored group heading; undefined for items without a group. */
	label: string | undefined;
	items: T[];
}

export interface ChecklistView {
	groups: ItemGroup<ChecklistItemView>[];
	counts: Record<Severity, number>;
	legalReviewer: RoleRef;
}

/** Groups items by their `group`, keeping the order in which groups and items first appear. */
export function groupItems<T extends { group?: string | undefined }>(
	items: readonly T[],
): ItemGroup<T>[] {
	const groups: ItemGroup<T>[] = [];
	const byLabel = new Map<string | undefined, ItemGroup<T>>();
	for (const item of items) {
		let group = byLabel.get(item.group);
		if (!group) {
			group = { label: item.group, items: [] };
			byLabel.set(item.group, group);
			groups.push(group);
		}
		group.items.push(item);
	}
	return groups;
}

/** Laws on gesetze-im-internet.de, by the path segment of their table of contents. */
const FEDERAL_LAWS: Partial<Record<Law, string>> = {
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
	BetrVG: 'betrvg',
	GeschGehG: 'geschgehg',
	ArbZG: 'arbzg',
	OlyMSchG: 'olymschg',
	TMG: 'tmg',
	TTDSG: 'ttdsg',
};

/** EU regulations on EUR-Lex. */
const EU_LAWS: Partial<Record<Law, string>> = {
	DSGVO: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
	UMV: 'https://eur-lex.europa.eu/eli/reg/2017/1001/oj',
	MAR: 'https://eur-lex.europa.eu/eli/reg/2014/596/oj',
	'AI-Act': 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
	DSA: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
};

/**
 * The link for a legal basis: the authored `url`, else the official text —
 * the cited section on gesetze-im-internet.de (`§ 51a` → `__51a.html`,
 * `Art. 5` of the GG → `art_5.html`) or the EU regulation on EUR-Lex.
 */
export function legalBasisHref(basis: {
	law: Law;
	ref: string;
	url?: string | undefined;
}): string | undefined {
	if (basis.url) return basis.url;
	const eu = EU_LAWS[basis.law];
	if (eu) return eu;
	const slug = FEDERAL_LAWS[basis.law];
	if (!slug) return undefined;
	const root = `https://www.gesetze-im-internet.de/${slug}/`;
	const section = /§+\s*(\d+[a-z]?)/.exec(basis.ref);
	if (section) return `${root}__${section[1]}.html`;
	const article = /Art\.?\s*(\d+[a-z]?)/.exec(basis.ref);
	if (article && basis.law === 'GG') return `${root}art_${article[1]}.html`;
	return root;
}

/** `§ 51a` + `UrhG` → `§ 51a UrhG`; court decisions and guidance show their reference only. */
export function legalBasisLabel(basis: { law: Law; ref: string }): string {
	if (basis.law === 'case-law' || basis.law === 'guidance' || basis.law === 'other')
		return basis.ref;
	if (basis.ref.includes(basis.law)) return basis.ref;
	return `${basis.ref} ${basis.law}`;
}

export function severityCounts(items: readonly { severity: Severity }[]): Record<Severity, number> {
	const counts: Record<Severity, number> = { blocker: 0, major: 0, minor: 0 };
	for (const item of items) counts[item.severity] += 1;
	return counts;
}

export function checklistView(data: Checklist, ctx: ViewContext): ChecklistView {
	const items = data.items.map((item) => {
		const view: ChecklistItemView & { group?: string } = {
			id: item.id,
			anchor: anchorId('item', item.id),
			question: item.question,
			severity: item.severity,
			guidance: item.guidance,
			legalBasis: item.legalBasis.map((b) => {
				const href = legalBasisHref(b);
				return href ? { label: legalBasisLabel(b), href } : { label: legalBasisLabel(b) };
			}),
			escalateTo: resolveRole(ctx.roles, item.escalateTo ?? data.legalReviewer, ctx.lang),
			uncertain: item.uncertain === true,
		};
		if (item.uncertainNote) view.uncertainNote = item.uncertainNote;
		if (item.group) view.group = item.group;
		return view;
	});
	return {
		groups: groupItems(items),
		counts: severityCounts(data.items),
		legalReviewer: resolveRole(ctx.roles, data.legalReviewer, ctx.lang),
	};
}
