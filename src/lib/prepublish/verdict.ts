/**
 * The result of a check, from the answers to its checklist items. Pure.
 *
 * Policy (data-driven through the check's `policy`, defaults in brackets):
 * - "yes" is safe.
 * - "no" on a severity in `fixWhenNo` [blocker] → fix first.
 * - "no" on a severity in `askWhenNo` [major] → ask before posting; on any other
 *   severity [minor] → a note that does not stop the post.
 * - "unsure" on a severity in `askWhenUnsure` [all] → ask before posting; otherwise a note.
 * - An unanswered item keeps the result open.
 * - A selected guideline rule with `blocks: fix` (or `ask`) counts like an item
 *   answered "no" that must be fixed (or cleared); its `askRole` is shown with the rule.
 * The result is the most serious outcome: open, then fix first, then ask, else go.
 */
import type { Selection, SelectedItem } from './selection.ts';
import type { CheckPolicy, ItemAnswer, ItemAnswers, Severity } from './types.ts';

export type Outcome = 'ok' | 'fix' | 'ask' | 'note' | 'open';
export type VerdictKind = 'go' | 'fix' | 'ask' | 'open';

export const DEFAULT_POLICY: CheckPolicy = {
	fixWhenNo: ['blocker'],
	askWhenNo: ['major'],
	askWhenUnsure: ['blocker', 'major', 'minor'],
};

export function outcomeOf(
	severity: Severity,
	answer: ItemAnswer | undefined,
	policy: CheckPolicy,
): Outcome {
	if (answer === undefined) return 'open';
	if (answer === 'yes') return 'ok';
	if (answer === 'unsure') return policy.askWhenUnsure.includes(severity) ? 'ask' : 'note';
	if (policy.fixWhenNo.includes(severity)) return 'fix';
	return policy.askWhenNo.includes(severity) ? 'ask' : 'note';
}

export interface Verdict {
	kind: VerdictKind;
	fix: SelectedItem[];
	ask: SelectedItem[];
	notes: SelectedItem[];
	ok: SelectedItem[];
	open: SelectedItem[];
	/** Roles to contact, in order: those of "ask" items, then those of "fix" items. A rule's `askRole` is shown with the rule. */
	contacts: string[];
}

export function decide(selection: Selection, answers: ItemAnswers, policy: CheckPolicy): Verdict {
	const v: Verdict = {
		kind: 'go',
		fix: [],
		ask: [],
		notes: [],
		ok: [],
		open: [],
		contacts: [],
	};
	const lists: Record<Outcome, SelectedItem[]> = {
		ok: v.ok,
		fix: v.fix,
		ask: v.ask,
		note: v.notes,
		open: v.open,
	};
	for (const s of selection.items)
		lists[outcomeOf(s.item.severity, answers[s.key], policy)].push(s);
	// Selected guideline rules that stop the post (`blocks: fix`) or need a question (`blocks: ask`).
	const blocks = selection.rules.map((r) => r.blocks);
	v.kind = v.open.length
		? 'open'
		: v.fix.length || blocks.includes('fix')
			? 'fix'
			: v.ask.length || blocks.includes('ask')
				? 'ask'
				: 'go';
	v.contacts = [...new Set([...v.ask, ...v.fix].map((s) => s.contact))];
	return v;
}
