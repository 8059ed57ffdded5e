/**
 * Small texts of a check that the page draws: UI strings with placeholders, a role as
 * contacts read it, the answers about the post in words. Pure; summary.ts builds the
 * full record from them.
 */
import { fillPlaceholders } from '../util/placeholders.ts';
import { isAsked } from './flow.ts';
import type { Answers, CheckData, CheckStrings } from './types.ts';

/** The string `key` with `{name}` placeholders filled; the key itself when missing. */
export function fill(
	strings: CheckStrings,
	key: string,
	vars: Record<string, string | number> = {},
): string {
	return fillPlaceholders(strings[key] ?? key, vars);
}

/** A role as contacts read it: `Name (Person, Person, mailbox)`. */
export function roleLine(data: CheckData, id: string): string {
	const role = data.roles[id];
	if (!role) return id;
	const extra = [...role.people, ...(role.mailbox ? [role.mailbox] : [])];
	return extra.length ? `${role.name} (${extra.join(', ')})` : role.name;
}

/** The answers about the post: each question asked with the labels of the chosen answers. */
export function postLines(
	data: CheckData,
	answers: Answers,
	strings: CheckStrings,
): { question: string; answer: string }[] {
	return data.questions
		.filter((q) => isAsked(q, answers))
		.map((q) => {
			const chosen = (answers[q.id] ?? []).map(
				(id) => q.options.find((o) => o.id === id)?.label ?? id,
			);
			return {
				question: q.text,
				answer: chosen.length ? chosen.join(', ') : fill(strings, 'prepublish.none'),
			};
		});
}
