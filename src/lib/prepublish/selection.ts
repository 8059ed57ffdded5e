/**
 * Which checklist items and guideline rules a post needs, from the answers about it.
 * Pure: the same function runs on the page and in the tests.
 *
 * A mapping applies when every entry of `when` holds and, if `whenAny` is given, at least
 * one of its conditions holds. An entry holds when one of the chosen answers of its
 * question is among the listed answer ids. The result is deduplicated and ordered by
 * severity (blocker, major, minor), then by first appearance: `always` first, then the
 * mappings in the order they are written.
 */
import type {
	Answers,
	CheckCondition,
	CheckData,
	CheckItem,
	CheckMapping,
	CheckRule,
	Severity,
} from './types.ts';

/** The reason given for items and rules of `always`. */
export const ALWAYS = 'always';

export const SEVERITY_RANK: Record<Severity, number> = { blocker: 0, major: 1, minor: 2 };

export interface SelectedItem {
	key: string;
	item: CheckItem;
	/** Ids of the mappings that added the item (`always` for the default set), in order. */
	reasons: string[];
	/** Role to ask: the item's `escalateTo`, else the `askRole` of the first mapping that added it, else the checklist's legal reviewer. */
	contact: string;
}

export interface Selection {
	/** The mappings whose conditions hold, in document order. */
	mappings: CheckMapping[];
	items: SelectedItem[];
	rules: CheckRule[];
}

export function conditionHolds(condition: CheckCondition, answers: Answers): boolean {
	for (const question in condition) {
		const accepted = condition[question] ?? [];
		if (!(answers[question] ?? []).some((answer) => accepted.includes(answer))) return false;
	}
	return true;
}

export function mappingApplies(mapping: CheckMapping, answers: Answers): boolean {
	return (
		conditionHolds(mapping.when, answers) &&
		(mapping.whenAny.length === 0 || mapping.whenAny.some((c) => conditionHolds(c, answers)))
	);
}

export function select(data: CheckData, answers: Answers): Selection {
	const mappings = data.mappings.filter((m) => mappingApplies(m, answers));
	const found = new Map<string, { reasons: string[]; askRole?: string }>();
	const rules: CheckRule[] = [];
	const add = (items: string[], ruleKeys: string[], reason: string, askRole?: string) => {
		for (const key of items) {
			if (!data.items[key]) continue;
			let entry = found.get(key);
			if (!entry) {
				entry = { reasons: [] };
				found.set(key, entry);
			}
			if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
			if (askRole && !entry.askRole) entry.askRole = askRole;
		}
		for (const key of ruleKeys) {
			const rule = data.rules[key];
			if (rule && !rules.includes(rule)) rules.push(rule);
		}
	};
	add(data.always.items, data.always.rules, ALWAYS);
	for (const m of mappings) add(m.items, m.rules, m.id, m.askRole);
	const items: SelectedItem[] = [];
	for (const [key, entry] of found) {
		const item = data.items[key] as CheckItem;
		const contact = item.escalateTo ?? entry.askRole ?? item.reviewer;
		items.push({ key, item, reasons: entry.reasons, contact });
	}
	// A stable sort keeps the order of first appearance within each severity.
	items.sort((a, b) => SEVERITY_RANK[a.item.severity] - SEVERITY_RANK[b.item.severity]);
	return { mappings, items, rules };
}

/** The selected rules that rely on the item `key`: they give the reason behind it. */
export function rulesFor(selection: Selection, key: string): CheckRule[] {
	return selection.rules.filter((r) => r.items.includes(key));
}
