/**
 * Deep links that pre-fill the answers about a post. Pure.
 *
 * Format: `?<question-id>=<answer-id>&…` or the same after `#`, e.g.
 * `/de/prepublish/darf-ich-das-posten/?channel=instagram&account=private&people=yes`.
 * Several answers of a `multiple` question are separated by commas or repeated
 * (`commercial=giveaway,price` or `commercial=giveaway&commercial=price`). Unknown
 * questions and answers are ignored; `single` and `yes/no` questions take the first valid
 * answer. When both are given, the fragment wins over the query for the questions it names.
 * Only answers about the post go into links, never the answers to checklist items.
 */
import type { Answers, CheckQuestion } from './types.ts';

export function parseAnswers(text: string, questions: readonly CheckQuestion[]): Answers {
	const params = new URLSearchParams(text.replace(/^[?#]/, ''));
	const answers: Answers = {};
	for (const q of questions) {
		const valid = q.options.map((o) => o.id);
		const values = params
			.getAll(q.id)
			.flatMap((v) => v.split(','))
			.map((v) => v.trim())
			.filter((v, i, all) => valid.includes(v) && all.indexOf(v) === i);
		if (values.length) answers[q.id] = q.kind === 'multiple' ? values : values.slice(0, 1);
	}
	return answers;
}

/** Answers from a page address: the query, overridden by the fragment. */
export function answersFromLocation(
	search: string,
	hash: string,
	questions: readonly CheckQuestion[],
): Answers {
	return { ...parseAnswers(search, questions), ...parseAnswers(hash, questions) };
}

/** `channel=instagram&commercial=giveaway,price`, in question order, without empty answers. */
export function formatAnswers(answers: Answers, questions: readonly CheckQuestion[]): string {
	return questions
		.filter((q) => answers[q.id]?.length)
		.map((q) => `${q.id}=${(answers[q.id] ?? []).map(encodeURIComponent).join(',')}`)
		.join('&');
}
