/** Channel pages: the profile with owner and deputy as contacts, house rules and goals resolved. */
import type { Channel } from '../../../../schemas/index.ts';
import { resolveContact, type Contact } from './contacts.ts';
import { refTo, refsTo, type Ref, type ViewContext } from '../model/context.ts';
import { coverageView, type CoverageView } from './coverage.ts';
import { durationInWords } from '../model/duration-words.ts';
import { formatDuration } from '../../util/format.ts';

export interface ChannelView {
	owner: Contact;
	deputy: Contact;
	/** Short form, e.g. `4 h`. */
	responseTarget?: string;
	/** In words, e.g. `4 Stunden`. */
	responseTargetWords?: string;
	houseRules?: Ref;
	goals: Ref[];
	/** False for a broadcast-only channel: the page says it takes no replies and shows no response time. */
	replies: boolean;
	/** The channel's own coverage, where it differs from its team's. */
	coverage?: CoverageView;
}

export function channelView(data: Channel, ctx: ViewContext): ChannelView {
	const view: ChannelView = {
		owner: resolveContact(ctx.roles, data.owner, ctx.lang),
		deputy: resolveContact(ctx.roles, data.deputy, ctx.lang),
		goals: refsTo(ctx, data.goals, 'goal'),
		replies: data.replies !== false,
	};
	if (data.responseTarget && view.replies) {
		view.responseTarget = formatDuration(data.responseTarget, ctx.lang);
		view.responseTargetWords = durationInWords(data.responseTarget, ctx.lang);
	}
	if (data.houseRules) view.houseRules = refTo(ctx, data.houseRules, 'guideline');
	const coverage = coverageView(data.coverage, ctx);
	if (coverage) view.coverage = coverage;
	return view;
}
