/**
 * The ids of a pre-publish check, for PRE-001: the answers each question has
 * (authored options, channel ids, yes/no) and the report of an id used twice.
 * Shared by prepublish.ts and prepublish-conditions.ts.
 */
import type { Prepublish } from '../../../schemas/index.ts';
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import type { ValidDoc } from '../model/model.ts';
import { reporter, where } from './report.ts';

export const consistency = reporter('PRE-001', 'error');

export type Doc = ValidDoc<'prepublish'>;

/** The answer ids a `yesno` question has. */
const YESNO_ANSWERS = ['yes', 'no'] as const;

/** Answer ids of each question of `data`: authored options, channel ids and yes/no. */
export function answerIds(data: Prepublish, channelIds: Iterable<string>): Map<string, string[]> {
	const channels = [...channelIds];
	const out = new Map<string, string[]>();
	for (const q of data.questions) {
		if (out.has(q.id)) continue;
		if (q.kind === 'yesno') out.set(q.id, [...YESNO_ANSWERS]);
		else
			out.set(q.id, [
				...(q.optionsFrom === 'channels' ? channels : []),
				...(q.options ?? []).map((o) => o.id),
			]);
	}
	return out;
}

/** Reports later occurrences of the same id. */
export function uniqueIds(
	doc: Doc,
	entries: { id: string; path: DataPath }[],
	what: string,
	scope: string,
	de: { what: string; many: string; scope: string },
): Diagnostic[] {
	const seen = new Map<string, DataPath>();
	const out: Diagnostic[] = [];
	for (const { id, path } of entries) {
		const first = seen.get(id);
		if (!first) {
			seen.set(id, path);
			continue;
		}
		out.push(
			consistency(doc, path, {
				message: `The ${what} "${id}" is already used at ${where(doc, first)}; ${what}s must be unique ${scope}.`,
				value: id,
				expected: `a ${what} not used elsewhere ${scope}`,
				fix: 'Rename one of the two and update the conditions that use it.',
				de: {
					message: `Die ${de.what} „${id}“ wird schon in ${where(doc, first)} verwendet; ${de.many} müssen ${de.scope} eindeutig sein.`,
					expected: `eine ${de.what}, die ${de.scope} sonst nicht vorkommt`,
					fix: 'Eine der beiden umbenennen und die Bedingungen anpassen, die sie verwenden.',
				},
			}),
		);
	}
	return out;
}
