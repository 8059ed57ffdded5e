/** Guideline pages: do/don't rules with rationale, contacts, channels and backing checklists. */
import type { Guideline } from '../../../../schemas/index.ts';
import { resolveContacts, type Contact } from './contacts.ts';
import { refsTo, type Ref, type ViewContext } from '../model/context.ts';
import { linksTo } from '../model/docs.ts';
import type { DocLink, Language } from '../model/types.ts';
import { anchorId, docPath } from '../model/urls.ts';

/** A reference with the language of the text it shows (checklist questions keep theirs). */
export type LangRef = Ref & { language?: Language };

export interface RuleView {
	id: string;
	anchor: string;
	kind: 'do' | 'dont';
	text: string;
	rationale?: string;
	basedOn: LangRef[];
}

export interface GuidelineView {
	scope: Guideline['scope'];
	binding: Guideline['binding'];
	dos: RuleView[];
	donts: RuleView[];
	contacts: Contact[];
	/** `all`, or the channels the guideline applies to. */
	appliesTo: 'all' | Ref[];
	checklists: DocLink[];
	legalAreas: string[];
	disclaimer?: string;
}

/** `urheberrecht#lizenz-vorhanden` → the item's question, linked to its place on the checklist page. */
export function checklistItemRef(ctx: ViewContext, ref: string): LangRef {
	const [checklistId = '', itemId = ''] = ref.split('#');
	const doc = ctx.docs.get(checklistId);
	if (!doc || doc.type !== 'checklist') return { id: ref, label: ref };
	// The question as the reader sees it behind the link: in the translation, when there is one.
	const version = ctx.versionOf?.(doc);
	const shown = version?.type === 'checklist' ? version : doc;
	const translated = shown.data.items.find((i) => i.id === itemId);
	const item = translated ?? doc.data.items.find((i) => i.id === itemId);
	const page = ctx.pathOf ? ctx.pathOf(doc) : docPath('checklist', checklistId, doc.data.language);
	return {
		id: ref,
		label: item ? item.question : ref,
		href: `${page}#${anchorId('item', itemId)}`,
		language: (translated ? shown : doc).data.language,
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
	const view: GuidelineView = {
		scope: data.scope,
		binding: data.binding,
		dos: rules.filter((r) => r.kind === 'do'),
		donts: rules.filter((r) => r.kind === 'dont'),
		contacts: resolveContacts(ctx.roles, data.contacts, ctx.lang),
		appliesTo: data.appliesTo === 'all' ? 'all' : refsTo(ctx, data.appliesTo, 'channel'),
		checklists: linksTo(ctx.docs, data.checklists, 'checklist', ctx),
		legalAreas: [...(data.legalAreas ?? [])],
	};
	if (data.disclaimer) view.disclaimer = data.disclaimer;
	return view;
}
