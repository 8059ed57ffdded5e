/**
 * Pre-publish check pages: the data the interactive check needs in the browser, and the
 * readable overview shown without JavaScript. Computed at build time from the check and
 * the documents it points to — items from checklists, rules from guidelines, answers from
 * channels, roles from team files — in the page language where a translation exists.
 */
import type { Channel, Prepublish, PrepublishCondition } from '../../../../schemas/index.ts';
import { dictionaries, t, uiLanguage } from '../../../i18n/index.ts';
import { BUILT_IN, termLabel } from '../../domain/vocabulary/index.ts';
import type {
	CheckCondition,
	CheckData,
	CheckItem,
	CheckMapping,
	CheckQuestion,
	CheckRole,
	CheckRule,
	CheckStrings,
	Severity,
} from '../../prepublish/types.ts';
import { DEFAULT_POLICY } from '../../prepublish/verdict.ts';
import type { ViewContext } from '../model/context.ts';
import { formatDate, localeOf } from '../../util/format.ts';
import type { Language, SiteDoc } from '../model/types.ts';
import { checkRole, referenced, resolveItems, resolveRules } from './prepublish-sources.ts';

/** One group of the overview: the default set or one mapping, with its conditions in words. */
export interface OverviewGroup {
	id: string;
	label: string;
	/** Conditions that must all hold, as `question → answer or answer`. Empty for the default set. */
	when: string[];
	/** Alternatives of which one must hold, each as a list of `question → answer` lines. */
	whenAny: string[][];
	items: CheckItem[];
	rules: CheckRule[];
}

export interface PrepublishView {
	/** Everything the script needs; serialised into the page. */
	check: CheckData;
	/** The UI strings the script uses. */
	strings: CheckStrings;
	/** The overview for readers without JavaScript. */
	overview: OverviewGroup[];
}

/** Keys outside `prepublish.*` that the script and the summary use. */
const EXTRA_KEYS = [
	'severity.blocker',
	'severity.major',
	'severity.minor',
	'checklist.guidance',
	'checklist.legalBasis',
	'checklist.uncertain',
	'checklist.uncertainShort',
	'checklist.severity',
	'guideline.rationale',
	'guideline.do',
	'guideline.dont',
	'language.de',
	'language.en',
];

function prepublishStrings(lang: ViewContext['lang'], docLang?: Language): CheckStrings {
	const dict = dictionaries[uiLanguage(lang)];
	const out: CheckStrings = {};
	for (const [key, value] of Object.entries(dict))
		if (key.startsWith('prepublish.') || EXTRA_KEYS.includes(key)) out[key] = value;
	// The badge of a check written in another language names that language.
	if (docLang) out[`language.${docLang}`] = t(lang, `language.${docLang}`);
	return out;
}

/**
 * Active channels as answers: the platform name, plus the handle when a platform repeats.
 * No help text: the names are enough to choose, and channel titles may be in another
 * language than the page.
 */
function channelOptions(ctx: ViewContext): CheckQuestion['options'] {
	const channels = [...ctx.docs.values()].filter(
		(d): d is SiteDoc<'channel'> =>
			d.type === 'channel' && !d.data.translationOf && d.data.state === 'active',
	);
	const vocabulary = ctx.vocabulary ?? BUILT_IN;
	const platformLabel = (c: Channel) => termLabel(vocabulary, 'platforms', c.platform, ctx.lang);
	const count = (c: Channel) => channels.filter((o) => o.data.platform === c.platform).length;
	return channels.map((c) => ({
		id: c.id,
		label:
			count(c.data) > 1 ? `${platformLabel(c.data)} (${c.data.handle})` : platformLabel(c.data),
	}));
}

function questionsOf(data: Prepublish, ctx: ViewContext): CheckQuestion[] {
	const dict = dictionaries[uiLanguage(ctx.lang)];
	return data.questions.map((q) => {
		const options: CheckQuestion['options'] =
			q.kind === 'yesno'
				? [
						{ id: 'yes', label: dict['prepublish.yes'] },
						{ id: 'no', label: dict['prepublish.no'] },
					]
				: [
						...(q.optionsFrom === 'channels' ? channelOptions(ctx) : []),
						...(q.options ?? []).map((o) =>
							o.help ? { id: o.id, label: o.label, help: o.help } : { id: o.id, label: o.label },
						),
					];
		const out: CheckQuestion = { id: q.id, text: q.text, help: q.help, kind: q.kind, options };
		if (q.askIf) out.askIf = condition(q.askIf);
		return out;
	});
}

function condition(c: PrepublishCondition | undefined): CheckCondition {
	const out: CheckCondition = {};
	for (const [q, v] of Object.entries(c ?? {})) out[q] = Array.isArray(v) ? [...v] : [v];
	return out;
}

function conditionLines(c: CheckCondition, questions: CheckQuestion[], or: string): string[] {
	return Object.entries(c).map(([qid, accepted]) => {
		const q = questions.find((x) => x.id === qid);
		const labels = accepted.map((a) => q?.options.find((o) => o.id === a)?.label ?? a);
		return `${q?.text ?? qid} → ${labels.join(` ${or} `)}`;
	});
}

const SEVERITIES: Severity[] = ['blocker', 'major', 'minor'];

export function prepublishView(
	data: Prepublish,
	ctx: ViewContext,
	options: { base?: string } = {},
): PrepublishView {
	const base = options.base ?? '/';
	const refs = referenced(data);
	const { items, sources } = resolveItems(refs.items, ctx, base);
	const rules = resolveRules(refs.rules, items, ctx, base);
	const questions = questionsOf(data, ctx);
	const keep = (inc: Prepublish['always']) => ({
		items: (inc?.checklistItems ?? []).filter((k) => items[k]),
		rules: (inc?.guidelineRules ?? []).filter((k) => rules[k]),
	});
	const mappings: CheckMapping[] = data.mappings.map((m) => {
		const out: CheckMapping = {
			id: m.id,
			label: m.label,
			when: condition(m.when),
			whenAny: (m.whenAny ?? []).map(condition),
			...keep(m.include),
		};
		if (m.askRole) out.askRole = m.askRole;
		return out;
	});
	const roleIds = new Set<string>([data.escalation.default]);
	if (data.escalation.deputy) roleIds.add(data.escalation.deputy);
	for (const m of mappings) if (m.askRole) roleIds.add(m.askRole);
	for (const rule of Object.values(rules)) if (rule.askRole) roleIds.add(rule.askRole);
	for (const item of Object.values(items)) {
		roleIds.add(item.reviewer);
		if (item.escalateTo) roleIds.add(item.escalateTo);
	}
	const roles: Record<string, CheckRole> = {};
	for (const id of roleIds) roles[id] = checkRole(ctx, id, base);
	const policy = {
		fixWhenNo: data.policy?.fixWhenNo ?? DEFAULT_POLICY.fixWhenNo,
		askWhenNo: data.policy?.askWhenNo ?? DEFAULT_POLICY.askWhenNo,
		askWhenUnsure: data.policy?.askWhenUnsure ?? DEFAULT_POLICY.askWhenUnsure,
	};
	const check: CheckData = {
		id: data.id,
		title: data.title,
		lang: ctx.lang,
		locale: localeOf(ctx.lang),
		questions,
		always: keep(data.always),
		mappings,
		items,
		rules,
		roles,
		sources,
		policy: {
			fixWhenNo: SEVERITIES.filter((s) => policy.fixWhenNo.includes(s)),
			askWhenNo: SEVERITIES.filter((s) => policy.askWhenNo.includes(s)),
			askWhenUnsure: SEVERITIES.filter((s) => policy.askWhenUnsure.includes(s)),
		},
		contact: data.escalation.deputy
			? { default: data.escalation.default, deputy: data.escalation.deputy }
			: { default: data.escalation.default },
	};
	if (data.language !== ctx.lang) check.docLang = data.language;
	if (data.version !== undefined) check.version = data.version;
	if (data.reviewedOn) check.reviewedOn = formatDate(data.reviewedOn, ctx.lang);
	const strings = prepublishStrings(ctx.lang, check.docLang);
	const or = strings['prepublish.or'] ?? 'or';
	const group = (id: string, label: string, m?: CheckMapping): OverviewGroup => {
		const inc = m ?? check.always;
		return {
			id,
			label,
			when: m ? conditionLines(m.when, questions, or) : [],
			whenAny: m ? m.whenAny.map((c) => conditionLines(c, questions, or)) : [],
			items: inc.items.map((k) => items[k] as CheckItem),
			rules: inc.rules.map((k) => rules[k] as CheckRule),
		};
	};
	const overview = [
		group('always', strings['prepublish.alwaysTitle'] ?? 'always'),
		...mappings.map((m) => group(m.id, m.label, m)),
	].filter((g) => g.items.length || g.rules.length);
	return { check, strings, overview };
}
