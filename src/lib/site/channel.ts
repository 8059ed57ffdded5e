/** Channel pages: the profile with roles, house rules and goals resolved. */
import type { Channel } from '../../../schemas/index.ts';
import { refTo, refsTo, type Ref, type ViewContext } from './context.ts';
import { formatDuration } from './format.ts';
import { resolveRole } from './roles.ts';
import type { RoleRef } from './types.ts';

export interface ChannelView {
	deputy: RoleRef;
	responseTarget?: string;
	houseRules?: Ref;
	goals: Ref[];
}

export function channelView(data: Channel, ctx: ViewContext): ChannelView {
	const view: ChannelView = {
		deputy: resolveRole(ctx.roles, data.deputy, ctx.lang),
		goals: refsTo(ctx, data.goals, 'goal'),
	};
	if (data.responseTarget) view.responseTarget = formatDuration(data.responseTarget, ctx.lang);
	if (data.houseRules) view.houseRules = refTo(ctx, data.houseRules, 'guideline');
	return view;
}
