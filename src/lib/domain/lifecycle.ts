/**
 * Where a document stands in its lifecycle, as plain data for the CLI, the
 * rules and the site (banners: "coming on …", "replaced by …"). Pure.
 */
import type { Status } from '../../../schemas/index.ts';

/**
 * `coming`: approved, but `effectiveFrom` is still in the future — show it with a
 * notice, not as the rules in force. `current`: approved and in force.
 */
export type LifecycleState =
	'draft' | 'in-review' | 'coming' | 'current' | 'superseded' | 'deprecated';

export interface LifecycleFields {
	status: Status;
	version?: number | undefined;
	effectiveFrom?: string | undefined;
	supersededBy?: string | undefined;
}

export function lifecycleState(data: LifecycleFields, today: string): LifecycleState {
	switch (data.status) {
		case 'approved':
			return data.effectiveFrom !== undefined && data.effectiveFrom > today ? 'coming' : 'current';
		default:
			return data.status;
	}
}

export interface Replacement {
	/** The document that is finally in force: the end of the `supersededBy` chain. */
	id: string;
	/** Every id on the way, starting with the direct replacement. */
	chain: string[];
	/** True when the chain leads back to a document already on it. */
	cycle: boolean;
}

/**
 * Follows `supersededBy` from `id` to the document that replaces it in the end
 * (A → B → C gives C). `lookup` returns a document's status and supersededBy, or
 * undefined for an unknown id. Undefined when `id` is not superseded.
 */
export function replacementOf(
	id: string,
	lookup: (
		id: string,
	) => { status?: string | undefined; supersededBy?: string | undefined } | undefined,
): Replacement | undefined {
	const chain: string[] = [];
	const seen = new Set([id]);
	let next = lookup(id)?.supersededBy;
	while (next !== undefined) {
		if (seen.has(next)) return { id: next, chain: [...chain, next], cycle: true };
		chain.push(next);
		seen.add(next);
		const entry = lookup(next);
		if (entry?.status !== 'superseded') break;
		next = entry.supersededBy;
	}
	const last = chain.at(-1);
	return last === undefined ? undefined : { id: last, chain, cycle: false };
}
