/** Playbook pages: levels from mild to severe, triggers, first hour, escalation chain, post-mortem. */
import type { Playbook, Template } from '../../../../schemas/index.ts';
import { parseDuration } from '../../domain/duration.ts';
import { resolveContact, resolveContacts, type Contact } from './contacts.ts';
import { refsTo, type Ref, type ViewContext } from '../model/context.ts';
import { durationInWords } from '../model/duration-words.ts';
import { linkIds, type LinkedSegment } from './id-links.ts';
import { resolveExternalParties, type ExternalPartyView } from './external-parties.ts';
import { formatDuration } from '../../util/format.ts';
import { resolveRole, resolveRoles } from '../model/roles.ts';
import { fillableText, type FillableText } from './template.ts';
import type { Language, RoleRef, SiteDoc } from '../model/types.ts';
import { anchorId, docPath } from '../model/urls.ts';

type Scale = Playbook['scale'];

export interface LevelView {
	level: number;
	/** 0 (mildest) to 4 (most severe): the level's place on the scale, for colour coding. */
	tone: number;
	anchor: string;
	name: string;
	/** The criteria, with document ids resolved to titles. */
	criteria: LinkedSegment[];
	/** Short form, e.g. `1 h`. */
	acknowledgeWithin: string;
	/** In words, e.g. `1 Stunde`. */
	acknowledgeWords: string;
	updateEvery?: string;
	updateEveryWords?: string;
	notify: RoleRef[];
	/** External parties notified at this level. */
	notifyExternal: ExternalPartyView[];
	approver: Contact;
	backupApprover: Contact;
	holdingStatements: Ref[];
	/** What to do at this level, with document ids resolved to titles. */
	actions: LinkedSegment[][];
}

export interface TriggerView {
	id: string;
	signal: Playbook['triggers'][number]['signal'];
	description: LinkedSegment[];
	minLevel: number;
	/** Name of the minimum level, when the playbook defines it. */
	minLevelName?: string;
}

export interface FirstHourStepView {
	/** Minutes after detection, for ordering. */
	minutes: number;
	at: string;
	/** The step, with document ids resolved to titles. */
	action: LinkedSegment[];
	owner: RoleRef;
}

/** A holding statement used by the playbook, ready to be filled in on the page. */
export interface HoldingStatementView extends FillableText {
	id: string;
	title: string;
	href: string;
	language: Language;
	maxLength?: number;
	/** Levels (by number, mild to severe) that use the statement. */
	levels: number[];
	/** The same as short text, e.g. `2–6`. */
	levelText: string;
}

export interface PlaybookView {
	/** The scenario, with document ids resolved to titles. */
	scenario: LinkedSegment[];
	levels: LevelView[];
	triggers: TriggerView[];
	firstHour: FirstHourStepView[];
	escalationChain: Contact[];
	holdingStatements: HoldingStatementView[];
	postMortem: {
		fromLevel: number;
		fromLevelName?: string;
		dueWithin: string;
		owner: RoleRef;
		duties: LinkedSegment[][];
	};
	channels: 'all' | Ref[];
	/** Every external party the playbook notifies, once, with how and when to reach it. */
	externalParties: ExternalPartyView[];
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

/** Colour step 0–4 for the level at `index` of `count` levels ordered from mild to severe. */
export function levelTone(index: number, count: number): number {
	if (count <= 1) return 4;
	return Math.round((index / (count - 1)) * 4);
}

/**
 * Levels as short text, runs joined by a dash in the order of `scale` (mild
 * to severe): used [2, 3, 4, 6] of 0–6 → `2–4, 6`.
 */
export function levelRanges(used: readonly number[], scale: readonly number[]): string {
	const set = new Set(used);
	const runs: number[][] = [];
	let run: number[] = [];
	for (const level of scale) {
		if (set.has(level)) run.push(level);
		else if (run.length > 0) {
			runs.push(run);
			run = [];
		}
	}
	if (run.length > 0) runs.push(run);
	return runs.map((r) => (r.length > 1 ? `${r[0]}–${r[r.length - 1]}` : String(r[0]))).join(', ');
}

/** The template `id` as readers of `lang` see it: its translation into `lang` when there is one. */
function templateFor(ctx: ViewContext, id: string): SiteDoc<'template'> | undefined {
	const doc = ctx.docs.get(id);
	if (!doc || doc.type !== 'template') return undefined;
	if (doc.data.language === ctx.lang) return doc;
	for (const other of ctx.docs.values()) {
		if (
			other.type === 'template' &&
			other.data.language === ctx.lang &&
			other.data.translationOf === id
		)
			return other;
	}
	return doc;
}

/** The holding statements the levels name, once each, in order of first use from mild to severe. */
export function holdingStatements(
	levels: readonly { level: number; holdingStatements?: readonly string[] | undefined }[],
	ctx: ViewContext,
): HoldingStatementView[] {
	const out = new Map<string, HoldingStatementView>();
	for (const level of levels) {
		for (const id of level.holdingStatements ?? []) {
			const existing = out.get(id);
			if (existing) {
				existing.levels.push(level.level);
				continue;
			}
			const doc = templateFor(ctx, id);
			if (!doc) continue;
			const data: Template = doc.data;
			const view: HoldingStatementView = {
				id: doc.id,
				title: data.title,
				href: ctx.pathOf ? ctx.pathOf(doc) : docPath('template', doc.id, data.language),
				language: data.language,
				levels: [level.level],
				levelText: '',
				...fillableText(data.text, data.variables),
			};
			if (data.maxLength !== undefined) view.maxLength = data.maxLength;
			out.set(id, view);
		}
	}
	const scale = levels.map((l) => l.level);
	for (const view of out.values()) view.levelText = levelRanges(view.levels, scale);
	return [...out.values()];
}

export function playbookView(data: Playbook, ctx: ViewContext): PlaybookView {
	const { lang, roles } = ctx;
	const levelName = new Map(data.levels.map((l) => [l.level, l.name]));
	const ordered = levelsBySeverity(data.levels, data.scale);
	const levels = ordered.map((l, index) => {
		const view: LevelView = {
			level: l.level,
			tone: levelTone(index, ordered.length),
			anchor: anchorId('level', String(l.level)),
			name: l.name,
			criteria: linkIds(l.criteria, ctx),
			acknowledgeWithin: formatDuration(l.acknowledgeWithin, lang),
			acknowledgeWords: durationInWords(l.acknowledgeWithin, lang),
			notify: resolveRoles(roles, l.notify, lang),
			notifyExternal: resolveExternalParties(ctx, l.notifyExternal),
			approver: resolveContact(roles, l.approver, lang),
			backupApprover: resolveContact(roles, l.backupApprover, lang),
			holdingStatements: refsTo(ctx, l.holdingStatements, 'template'),
			actions: l.actions.map((a) => linkIds(a, ctx)),
		};
		if (l.updateEvery) {
			view.updateEvery = formatDuration(l.updateEvery, lang);
			view.updateEveryWords = durationInWords(l.updateEvery, lang);
		}
		return view;
	});
	const triggers = data.triggers.map((tr) => {
		const view: TriggerView = {
			id: tr.id,
			signal: tr.signal,
			description: linkIds(tr.description, ctx),
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
			action: linkIds(step.action, ctx),
			owner: resolveRole(roles, step.owner, lang),
		}))
		.sort((a, b) => a.minutes - b.minutes);
	const pm = data.postMortem;
	const postMortem: PlaybookView['postMortem'] = {
		fromLevel: pm.fromLevel,
		dueWithin: formatDuration(pm.dueWithin, lang),
		owner: resolveRole(roles, pm.owner, lang),
		duties: pm.duties.map((d) => linkIds(d, ctx)),
	};
	const pmName = levelName.get(pm.fromLevel);
	if (pmName) postMortem.fromLevelName = pmName;
	return {
		scenario: linkIds(data.scenario, ctx),
		levels,
		triggers,
		firstHour,
		escalationChain: resolveContacts(roles, data.escalationChain, lang),
		holdingStatements: holdingStatements(ordered, ctx),
		postMortem,
		channels: data.channels === 'all' ? 'all' : refsTo(ctx, data.channels, 'channel'),
		externalParties: resolveExternalParties(ctx, [
			...new Set(data.levels.flatMap((l) => l.notifyExternal ?? [])),
		]),
	};
}
