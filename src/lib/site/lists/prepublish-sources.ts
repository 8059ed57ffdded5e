/**
 * What a pre-publish check points to, resolved for one page: its checklist items and
 * guideline rules (in the page language where a translation exists, with links and
 * sources) and the roles it names. Used by the check's view (prepublish.ts).
 */
import type { Checklist, Guideline, Prepublish } from '../../../../schemas/index.ts';
import type { CheckItem, CheckRole, CheckRule, CheckSource } from '../../prepublish/types.ts';
import { legalBasisView } from '../by-type/checklist.ts';
import type { ViewContext } from '../model/context.ts';
import { linkTo } from '../model/docs.ts';
import { formatDate } from '../../util/format.ts';
import { roleDefinition } from '../model/roles.ts';
import type { SiteDoc } from '../model/types.ts';
import { anchorId, withBase } from '../model/urls.ts';

/** The version of document `id` readers of `ctx.lang` see: its translation when one exists. */
function localized<T extends SiteDoc>(ctx: ViewContext, doc: T): T {
	if (doc.data.language === ctx.lang) return doc;
	for (const other of ctx.docs.values()) {
		if (
			other.type === doc.type &&
			other.data.translationOf === doc.id &&
			other.data.language === ctx.lang
		)
			return other as T;
	}
	return doc;
}

function docOf<T extends 'checklist' | 'guideline'>(
	ctx: ViewContext,
	id: string,
	type: T,
): SiteDoc<T> | undefined {
	const doc = ctx.docs.get(id);
	return doc?.type === type ? (doc as SiteDoc<T>) : undefined;
}

function hrefOf(ctx: ViewContext, doc: SiteDoc, anchor: string, base: string): string | undefined {
	const link = linkTo(ctx.docs, doc.id, doc.type, ctx);
	return link ? withBase(`${link.href}#${anchor}`, base) : undefined;
}

/** Every item and rule key the check references, in order of first reference. */
export function referenced(data: Prepublish): { items: string[]; rules: string[] } {
	const items = new Set<string>();
	const rules = new Set<string>();
	for (const inc of [data.always, ...data.mappings.map((m) => m.include)]) {
		inc?.checklistItems?.forEach((k) => items.add(k));
		inc?.guidelineRules?.forEach((k) => rules.add(k));
	}
	return { items: [...items], rules: [...rules] };
}

interface Resolved {
	items: Record<string, CheckItem>;
	sources: CheckSource[];
}

export function resolveItems(keys: string[], ctx: ViewContext, base: string): Resolved {
	const items: Record<string, CheckItem> = {};
	const sources = new Map<string, CheckSource>();
	for (const key of keys) {
		const [checklistId = '', itemId = ''] = key.split('#');
		const original = docOf(ctx, checklistId, 'checklist');
		if (!original) continue;
		const translated = localized(ctx, original);
		const doc = translated.data.items.some((i) => i.id === itemId) ? translated : original;
		const data: Checklist = doc.data;
		const item = data.items.find((i) => i.id === itemId);
		if (!item) continue;
		const view: CheckItem = {
			key,
			checklist: doc.id,
			question: item.question,
			guidance: item.guidance,
			severity: item.severity,
			legalBasis: item.legalBasis.map((b) => legalBasisView(b, ctx)),
			reviewer: data.legalReviewer,
		};
		if (item.escalateTo) view.escalateTo = item.escalateTo;
		if (item.uncertain) view.uncertain = item.uncertainNote ?? '';
		if (data.language !== ctx.lang) view.lang = data.language;
		const href = hrefOf(ctx, doc, anchorId('item', item.id), base);
		if (href) view.href = href;
		items[key] = view;
		if (!sources.has(doc.id)) {
			const source: CheckSource = { id: doc.id, title: data.title };
			if (data.version !== undefined) source.version = data.version;
			if (data.reviewedOn) source.reviewedOn = formatDate(data.reviewedOn, ctx.lang);
			const link = linkTo(ctx.docs, doc.id, 'checklist', ctx);
			if (link) source.href = withBase(link.href, base);
			sources.set(doc.id, source);
		}
	}
	return { items, sources: [...sources.values()] };
}

export function resolveRules(
	keys: string[],
	items: Record<string, CheckItem>,
	ctx: ViewContext,
	base: string,
): Record<string, CheckRule> {
	const rules: Record<string, CheckRule> = {};
	for (const key of keys) {
		const [guidelineId = '', ruleId = ''] = key.split('#');
		const original = docOf(ctx, guidelineId, 'guideline');
		if (!original) continue;
		const translated = localized(ctx, original);
		const doc = translated.data.rules.some((r) => r.id === ruleId) ? translated : original;
		const data: Guideline = doc.data;
		const rule = data.rules.find((r) => r.id === ruleId);
		if (!rule) continue;
		const view: CheckRule = {
			key,
			guideline: doc.id,
			source: data.title,
			kind: rule.kind,
			text: rule.text,
			items: (rule.checklistItems ?? []).filter((k) => items[k]),
		};
		if (rule.rationale) view.rationale = rule.rationale;
		if (rule.blocks) view.blocks = rule.blocks;
		if (rule.askRole) view.askRole = rule.askRole;
		if (data.status !== 'approved') view.pending = true;
		if (data.language !== ctx.lang) view.lang = data.language;
		const href = hrefOf(ctx, doc, anchorId('rule', rule.id), base);
		if (href) view.href = href;
		rules[key] = view;
	}
	return rules;
}

export function checkRole(ctx: ViewContext, id: string, base: string): CheckRole {
	const def = roleDefinition(ctx.roles, id, ctx.lang);
	if (!def) return { id, name: id, people: [] };
	const role: CheckRole = { id, name: def.name, people: def.people.map((p) => p.name) };
	if (def.mailbox) role.mailbox = def.mailbox;
	role.href = withBase(def.href, base);
	return role;
}
