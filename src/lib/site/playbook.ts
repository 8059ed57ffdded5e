/** Playbook pages: levels from mild to severe, triggers, first hour, escalation chain, post-mortem. */
import type { Playbook } from '../../../schemas/index.ts';
import { parseDuration } from '../duration.ts';
import { refsTo, type Ref, type ViewContext } from './context.ts';
import { formatDuration } from './format.ts';
import { resolveRole, resolveRoles } from './roles.ts';
import type { RoleRef } from './types.ts';
import { anchorId } from './urls.ts';

type Scale = Playbook['scale'];

export interface LevelView {
	level: number;
	anchor: string;
	name: string;
	criteria: string;
	acknowledgeWithin: string;
	updateEvery?: string;
	notify: RoleRef[];
	approver: RoleRef;
	backupApprover: RoleRef;
	holdingStatements: Ref[];
	actions: string[];
}

export interface TriggerView {
	id: string;
	signal: Playbook['triggers'][number]['signal'];
	description: string;
	minLevel: number;
	/** Name of the minimum level, when the playbook defines it. */
	minLevelName?: string;
}

export interface FirstHourStepView {
	/** Minutes after detection, for ordering. */
	minutes: number;
	at: string;
	action: string;
	owner: RoleRef;
}

export interface PlaybookView {
	levels: LevelView[];
	triggers: TriggerView[];
	firstHour: FirstHourStepView[];
	escalationChain: RoleRef[];
	postMortem: {
		fromLevel: number;
		fromLevelName?: string;
		dueWithin: string;
		owner: RoleRef;
		duties: string[];
	};
	channels: 'all' | Ref[];
}

/** Whether a lower number means a more severe level on this scale. */
export function isDescendingScale(scale: Scale): boolean {
	return scale === 'tiers-4-1' || scale === 'custom-descending';
}

/** Levels ordered from the mildest to the most severe, whatever the scale's direction. */
export function levelsBySeverity<T extends { level: number }>(
	levels: readonly T[],
	scale: Scale,
): T[] {
	const sign = isDescendingScale(scale) ? -1 : 1;
	return [...levels].sort((a, b) => sign * (a.level - b.level));
}

export function playbookView(data: Playbook, ctx: ViewContext): PlaybookView {
	const { lang, roles } = ctx;
	const levelName = new Map(data.levels.map((l) => [l.level, l.name]));
	const levels = levelsBySeverity(data.levels, data.scale).map((l) => {
		const view: LevelView = {
			level: l.level,
			anchor: anchorId('level', String(l.level)),
			name: l.name,
			criteria: l.criteria,
			acknowledgeWithin: formatDuration(l.acknowledgeWithin, lang),
			notify: resolveRoles(roles, l.notify, lang),
			approver: resolveRole(roles, l.approver, lang),
			backupApprover: resolveRole(roles, l.backupApprover, lang),
			holdingStatements: refsTo(ctx, l.holdingStatements, 'template'),
			actions: [...l.actions],
		};
		if (l.updateEvery) view.updateEvery = formatDuration(l.updateEvery, lang);
		return view;
	});
	const triggers = data.triggers.map((tr) => {
		const view: TriggerView = {
			id: tr.id,
			signal: tr.signal,
			description: tr.description,
			minLevel: tr.minLevel,
		};
		const name = levelName.get(tr.minLevel);
		if (name) view.minLevelName = name;
		return view;
	});
	const firstHour = data.firstHour
		.map((step) => ({
			minutes: parseDuration(step.at) ?? 0,
			at: formatDuration(step.at, lang),
			action: step.action,
			owner: resolveRole(roles, step.owner, lang),
		}))
		.sort((a, b) => a.minutes - b.minutes);
	const pm = data.postMortem;
	const postMortem: PlaybookView['postMortem'] = {
		fromLevel: pm.fromLevel,
		dueWithin: formatDuration(pm.dueWithin, lang),
		owner: resolveRole(roles, pm.owner, lang),
		duties: [...pm.duties],
	};
	const pmName = levelName.get(pm.fromLevel);
	if (pmName) postMortem.fromLevelName = pmName;
	return {
		levels,
		triggers,
		firstHour,
		escalationChain: resolveRoles(roles, data.escalationChain, lang),
		postMortem,
		channels: data.channels === 'all' ? 'all' : refsTo(ctx, data.channels, 'channel'),
	};
}
