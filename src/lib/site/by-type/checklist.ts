/** Checklist pages: items grouped, with severity, legal basis, whom to ask and the ticking key. */
import type { Checklist, ChecklistItem } from '../../../../schemas/index.ts';
import { resolveContact, type Contact } from './contacts.ts';
import type { ViewContext } from '../model/context.ts';
import { BUILT_IN } from '../../domain/vocabulary/index.ts';
import {
	legalBasisHref,
	legalBasisLabel,
	type LegalBasisInput,
} from '../../domain/vocabulary/laws.ts';
import { anchorId } from '../model/urls.ts';

export { legalBasisHref, legalBasisLabel } from '../../domain/vocabulary/laws.ts';

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
	/** Whom to ask when the answer is "no" or unclear: `escalateTo`, else the legal reviewer. */
	escalateTo: Contact;
	uncertain: boolean;
	uncertainNote?: string;
}

export interface ItemGroup<T> {
	/** The authored group heading; undefined for items without a group. */
	label: string | undefined;
	/** Anchor of the group heading, unique on the page. */
	anchor: string;
	items: T[];
}

export interface ChecklistView {
	groups: ItemGroup<ChecklistItemView>[];
	counts: Record<Severity, number>;
	total: number;
	uncertainCount: number;
	legalReviewer: Contact;
	/** localStorage key for the reader's answers: a new version or review starts fresh. */
	storageKey: string;
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
			group = { label: item.group, anchor: `group-${groups.length + 1}`, items: [] };
			byLabel.set(item.group, group);
			groups.push(group);
		}
		group.items.push(item);
	}
	return groups;
}

export function severityCounts(items: readonly { severity: Severity }[]): Record<Severity, number> {
	const counts: Record<Severity, number> = { blocker: 0, major: 0, minor: 0 };
	for (const item of items) counts[item.severity] += 1;
	return counts;
}

/**
 * Where a reader's answers to a checklist are kept in the browser: one key per
 * checklist id and version (or review date), so answers given to an older
 * version never show up as answers to a changed one.
 */
export function checklistStorageKey(
	id: string,
	version: number | undefined,
	reviewedOn: string | undefined,
): string {
	return `kodex:checklist:${id}:v${version ?? 0}:${reviewedOn ?? 'unreviewed'}`;
}

/** A legal basis as shown: the citation, linked to the official text when the catalogue knows it. */
export function legalBasisView(basis: LegalBasisInput, ctx: ViewContext): LegalBasisView {
	const laws = (ctx.vocabulary ?? BUILT_IN).laws;
	const label = legalBasisLabel(basis, laws);
	const href = legalBasisHref(basis, laws);
	return href ? { label, href } : { label };
}

export function checklistView(data: Checklist, ctx: ViewContext): ChecklistView {
	const items = data.items.map((item) => {
		const view: ChecklistItemView & { group?: string } = {
			id: item.id,
			anchor: anchorId('item', item.id),
			question: item.question,
			severity: item.severity,
			guidance: item.guidance,
			legalBasis: item.legalBasis.map((b) => legalBasisView(b, ctx)),
			escalateTo: resolveContact(ctx.roles, item.escalateTo ?? data.legalReviewer, ctx.lang),
			uncertain: item.uncertain === true,
		};
		if (item.uncertainNote) view.uncertainNote = item.uncertainNote;
		if (item.group) view.group = item.group;
		return view;
	});
	return {
		groups: groupItems(items),
		counts: severityCounts(data.items),
		total: data.items.length,
		uncertainCount: items.filter((i) => i.uncertain).length,
		legalReviewer: resolveContact(ctx.roles, data.legalReviewer, ctx.lang),
		storageKey: checklistStorageKey(data.id, data.version, data.reviewedOn),
	};
}
