/**
 * The path through a check, short on purpose: which questions are asked (follow-ups only
 * when their `askIf` holds), which answers are still missing, the short groups the
 * selected items are answered in, and where in the path a page address points. Pure: the
 * page and the tests run the same code.
 */
import { conditionHolds, ALWAYS, type SelectedItem, type Selection } from './selection.ts';
import type {
	Answers,
	CheckData,
	CheckQuestion,
	CheckRule,
	ItemAnswer,
	ItemAnswers,
} from './types.ts';

/** True when `q` is asked, given the answers so far. */
export function isAsked(q: CheckQuestion, answers: Answers): boolean {
	return !q.askIf || conditionHolds(q.askIf, answers);
}

/**
 * The answers of the questions that are asked, in question order: an answer to a
 * follow-up whose condition does not hold is dropped, so it cannot select items.
 */
export function askedAnswers(questions: readonly CheckQuestion[], answers: Answers): Answers {
	const out: Answers = {};
	for (const q of questions) {
		const given = answers[q.id];
		if (given?.length && isAsked(q, out)) out[q.id] = given;
	}
	return out;
}

/**
 * Ids of the asked questions that still need an answer: `single` and `yesno` questions
 * always, `multiple` questions only as follow-ups (ticking the topic promised one).
 */
export function missingQuestions(questions: readonly CheckQuestion[], answers: Answers): string[] {
	const asked = askedAnswers(questions, answers);
	return questions
		.filter((q) => isAsked(q, asked) && !asked[q.id] && (q.kind !== 'multiple' || q.askIf))
		.map((q) => q.id);
}

/** One short group of items, answered on one screen. */
export interface ItemGroup {
	/** Ids of the reasons (mapping ids or `always`) of the items, in order. */
	reasons: string[];
	/** The reasons as readers see them, e.g. `Personen im Bild`. */
	labels: string[];
	items: SelectedItem[];
	/** The selected rules behind these items; rules that rely on no item here go to the first group. */
	rules: CheckRule[];
}

/** How many items a group holds at most: about one phone screen. */
export const GROUP_SIZE = 6;

/**
 * The selected items in short groups: items that came in for the same reason (their
 * first mapping, or `always`) stay together, in the order the check lists its mappings;
 * neighbouring reasons share a group while it has room, and a long reason is split.
 * `label` names a reason (a mapping id or `always`).
 */
export function itemGroups(
	selection: Selection,
	data: Pick<CheckData, 'mappings'>,
	label: (reason: string) => string,
	size = GROUP_SIZE,
): ItemGroup[] {
	const order = [ALWAYS, ...data.mappings.map((m) => m.id)];
	const byReason = new Map<string, SelectedItem[]>();
	for (const x of selection.items) {
		const reason = x.reasons[0] ?? ALWAYS;
		byReason.set(reason, [...(byReason.get(reason) ?? []), x]);
	}
	const groups: ItemGroup[] = [];
	for (const reason of order) {
		const items = byReason.get(reason);
		for (let i = 0; items && i < items.length; i += size) {
			const part = items.slice(i, i + size);
			const last = groups.at(-1);
			if (last && last.items.length + part.length <= size) {
				last.items.push(...part);
				if (!last.reasons.includes(reason)) {
					last.reasons.push(reason);
					last.labels.push(label(reason));
				}
			} else groups.push({ reasons: [reason], labels: [label(reason)], items: part, rules: [] });
		}
	}
	// A rule goes with the first group that holds an item it relies on, else with the first.
	for (const r of selection.rules)
		(groups.find((g) => g.items.some((x) => r.items.includes(x.key))) ?? groups[0])?.rules.push(r);
	return groups;
}

/** Where the reader is: the questions, group `n` (0-based) of the items, or the result. */
export type View = { kind: 'post' } | { kind: 'group'; n: number } | { kind: 'result' };

/**
 * The view from the fragment's first part: `#g2…` (the second group), `#result…`,
 * anything else the questions.
 */
export function viewFromHash(hash: string): View {
	const first = hash.replace(/^#/, '').split('&')[0] ?? '';
	if (first === 'result') return { kind: 'result' };
	const m = /^g([1-9]\d*)$/.exec(first);
	return m ? { kind: 'group', n: Number(m[1]) - 1 } : { kind: 'post' };
}

const ITEM_ANSWERS: readonly ItemAnswer[] = ['yes', 'no', 'unsure'];

/**
 * Answers to checklist items from a query or fragment: the item key is the parameter name
 * (`urheberrecht%23lizenz-vorhanden=yes`). Only the given keys and valid answers count.
 */
export function itemAnswersFrom(text: string, keys: readonly string[]): ItemAnswers {
	const params = new URLSearchParams(text.replace(/^[?#]/, ''));
	const out: ItemAnswers = {};
	for (const key of keys) {
		const value = params.get(key) as ItemAnswer | null;
		if (value && ITEM_ANSWERS.includes(value)) out[key] = value;
	}
	return out;
}

/**
 * The whole state as a fragment, which never reaches a server: the view (`g2`, `result`,
 * nothing for the questions), the answers about the post (`post`, see links.ts), then the
 * answers to the items that are part of the check — so Back, Forward, reload and a shared
 * link show the same.
 */
export function stateHash(
	view: View,
	post: string,
	items: readonly SelectedItem[],
	answers: ItemAnswers,
): string {
	const params = new URLSearchParams(post);
	for (const { key } of items) {
		const answer = answers[key];
		if (answer) params.append(key, answer);
	}
	const where = view.kind === 'result' ? 'result' : view.kind === 'group' ? `g${view.n + 1}` : '';
	const state = [where, params.toString()].filter(Boolean).join('&');
	return state ? `#${state}` : '';
}

/** The furthest view the answers allow, at most `wanted`: a link never skips a question. */
export function reachable(
	wanted: View,
	missing: readonly string[],
	groups: readonly ItemGroup[],
	answers: ItemAnswers,
): View {
	if (wanted.kind === 'post' || missing.length) return { kind: 'post' };
	const last = wanted.kind === 'result' ? groups.length : Math.min(wanted.n, groups.length - 1);
	for (let n = 0; n < last; n++)
		if (groups[n]?.items.some((x) => !answers[x.key])) return { kind: 'group', n };
	return wanted.kind === 'result' || !groups.length
		? { kind: 'result' }
		: { kind: 'group', n: last };
}
