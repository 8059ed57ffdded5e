/**
 * Pre-publish check pages: the data the interactive check needs in the browser, and the
 * readable overview shown without JavaScript. Computed at build time from the check and
 * the documents it points to — items from checklists, rules from guidelines, answers from
 * channels, roles from team files — in the page language where a translation exists.
 */
import type {
	Channel,
	Checklist,
	Guideline,
	Prepublish,
	PrepublishCondition,
} from '../../../../schemas/index.ts';
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
	CheckSource,
	CheckStrings,
	Severity,
} from '../../prepublish/types.ts';
import { DEFAULT_POLICY } from '../../prepublish/verdict.ts';
import { legalBasisView } from '../by-type/checklist.ts';
import type { ViewContext } from '../model/context.ts';
import { linkTo } from '../model/docs.ts';
import { formatDate, localeOf } from '../../util/format.ts';
import { roleDefinition } from '../model/roles.ts';
import type { Language, SiteDoc } from '../model/types.ts';
import { anchorId, withBase } from '../model/urls.ts';

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
function referenced(data: Prepublish): { items: string[]; rules: string[] } {
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

function resolveItems(keys: string[], ctx: ViewContext, base: string): Resolved {
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

function resolveRules(
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

function checkRole(ctx: ViewContext, id: string, base: string): CheckRole {
	const def = roleDefinition(ctx.roles, id, ctx.lang);
	if (!def) return { id, name: id, people: [] };
	const role: CheckRole = { id, name: def.name, people: def.people.map((p) => p.name) };
	if (def.mailbox) role.mailbox = def.mailbox;
	role.href = withBase(def.href, base);
	return role;
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
