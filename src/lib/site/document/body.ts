/**
 * The body of a document page by type: the document's data with the view its
 * body component shows, computed once per page (by documentPage()).
 */
import { channelView, type ChannelView } from '../by-type/channel.ts';
import { checklistView, type ChecklistView } from '../by-type/checklist.ts';
import { goalView, type GoalView } from '../by-type/goal.ts';
import { guidelineView, type GuidelineView } from '../by-type/guideline.ts';
import { playbookView, type PlaybookView } from '../by-type/playbook.ts';
import { prepublishPage, type PrepublishPageView } from '../by-type/prepublish-page.ts';
import { DEFAULT_WORKWEEK, teamView, type TeamView, type Workweek } from '../by-type/team.ts';
import { templateView, type TemplateView } from '../by-type/template.ts';
import type { ViewContext } from '../model/context.ts';
import type { DocType, SiteDoc } from '../model/types.ts';

interface Views {
	guideline: GuidelineView;
	checklist: ChecklistView;
	playbook: PlaybookView;
	team: TeamView;
	channel: ChannelView;
	template: TemplateView;
	goal: GoalView;
	prepublish: PrepublishPageView;
}

/** One document type's body: its data and its view. */
export type BodyView = {
	[K in DocType]: { type: K; data: SiteDoc<K>['data']; view: Views[K] };
}[DocType];

export interface BodyOptions {
	/** The site's base path, for links the pre-publish script builds. */
	base: string;
	/** Full-time week for team time budgets (the handbook's `workweek`). */
	workweek?: Workweek | undefined;
	/** A playbook's view when the page has computed it already (for its first screen). */
	playbook?: PlaybookView | undefined;
}

export function bodyView(doc: SiteDoc, ctx: ViewContext, options: BodyOptions): BodyView {
	switch (doc.type) {
		case 'guideline':
			return { type: doc.type, data: doc.data, view: guidelineView(doc.data, ctx) };
		case 'checklist':
			return { type: doc.type, data: doc.data, view: checklistView(doc.data, ctx) };
		case 'playbook':
			return {
				type: doc.type,
				data: doc.data,
				view: options.playbook ?? playbookView(doc.data, ctx),
			};
		case 'team':
			return {
				type: doc.type,
				data: doc.data,
				view: teamView(doc.data, ctx, options.workweek ?? DEFAULT_WORKWEEK),
			};
		case 'channel':
			return { type: doc.type, data: doc.data, view: channelView(doc.data, ctx) };
		case 'template':
			return { type: doc.type, data: doc.data, view: templateView(doc.data, ctx) };
		case 'goal':
			return { type: doc.type, data: doc.data, view: goalView(doc.data, ctx) };
		case 'prepublish':
			return {
				type: doc.type,
				data: doc.data,
				view: prepublishPage(doc.data, ctx, { base: options.base }),
			};
	}
}
