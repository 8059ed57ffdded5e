/** Guideline pages: do/don't rules with rationale, contacts, channels and backing checklists. */
import type { Guideline, LegalArea } from '../../../schemas/index.ts';
import { refsTo, type Ref, type ViewContext } from './context.ts';
import { linksTo } from './docs.ts';
import { resolveRoles } from './roles.ts';
import type { DocLink, RoleRef } from './types.ts';
import { anchorId, docPath } from './urls.ts';

export interface RuleView {
	id: string;
	anchor: string;
	kind: 'do' | 'dont';
	text: string;
	rationale?: string;
	basedOn: Ref[];
}

export interface GuidelineView {
	dos: RuleView[];
	donts: RuleView[];
	contacts: RoleRef[];
	/** `all`, or the channels the guideline applies to. */
	appliesTo: 'all' | Ref[];
	checklists: DocLink[];
	legalAreas: LegalArea[];
}

/** `urheberrecht#lizenz-vorhanden` → the item's question, linked to its place on the checklist page. */
export function checklistItemRef(ctx: ViewContext, ref: string): Ref {
	const [checklistId = '', itemId = ''] = ref.split('#');
	const doc = ctx.docs.get(checklistId);
	if (!doc || doc.type !== 'checklist') return { id: ref, label: ref };
	const checklist = doc.data as {
		items: { id: string; question: string }[];
		language: 'de' | 'en';
	};
	const item = checklist.items.find((i) => i.id === itemId);
	return {
		id: ref,
		label: item ? item.question : ref,
		href: `${docPath('checklist', checklistId, checklist.language)}#${anchorId('item', itemId)}`,
	};
}

export function guidelineView(data: Guideline, ctx: ViewContext): GuidelineView {
	const rules: RuleView[] = data.rules.map((rule) => {
		const view: RuleView = {
			id: rule.id,
			anchor: anchorId('rule', rule.id),
			kind: rule.kind,
			text: rule.text,
			basedOn: (rule.checklistItems ?? []).map((ref) => checklistItemRef(ctx, ref)),
		};
		if (rule.rationale) view.rationale = rule.rationale;
		return view;
	});
	return {
		dos: rules.filter((r) => r.kind === 'do'),
		donts: rules.filter((r) => r.kind === 'dont'),
		contacts: resolveRoles(ctx.roles, data.contacts, ctx.lang),
		appliesTo: data.appliesTo === 'all' ? 'all' : refsTo(ctx, data.appliesTo, 'channel'),
		checklists: linksTo(ctx.docs, data.checklists, 'checklist'),
		legalAreas: [...(data.legalAreas ?? [])],
	};
}
