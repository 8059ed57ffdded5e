/** "Did you mean …?" suggestions for misspelled keys, values and ids. */
import { distance } from 'fastest-levenshtein';

/**
 * Returns the candidate closest to `input`, or undefined when nothing is close
 * enough to be a plausible typo. Comparison ignores case, `_` versus `-` and
 * camelCase versus kebab-case, so `last_reviewed_at` finds `reviewedOn`-like keys
 * only when they are really close.
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
	const norm = normalise(input);
	let best: string | undefined;
	let bestScore = Infinity;
	for (const candidate of candidates) {
		if (candidate === input) continue;
		const c = normalise(candidate);
		let score = distance(norm, c);
		// A candidate that contains the input (or the other way round) is a strong hint.
		if (c.includes(norm) || norm.includes(c))
			score = Math.min(score, 1 + Math.abs(c.length - norm.length) / 4);
		if (score < bestScore) {
			bestScore = score;
			best = candidate;
		}
	}
	if (best === undefined) return undefined;
	const limit = Math.max(2, Math.ceil(Math.max(norm.length, normalise(best).length) * 0.4));
	return bestScore <= limit ? best : undefined;
}

function normalise(s: string): string {
	return s
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.replace(/_/g, '-')
		.toLowerCase();
}
