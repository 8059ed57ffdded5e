/**
 * What changed between two runs of the validator, for `check --watch`: the
 * problems that are new and the ones that are gone. A problem is the same when
 * rule, severity, file, field path and message match; its line may move when the
 * author edits above it.
 */
import type { Diagnostic } from './diagnostics.ts';

export interface DiagnosticChanges {
	added: Diagnostic[];
	fixed: Diagnostic[];
}

function keyOf(d: Diagnostic): string {
	return JSON.stringify([d.rule, d.severity, d.file, d.path, d.message]);
}

/** Counts per key, so two identical problems that become one count as one fixed. */
function counted(list: readonly Diagnostic[]): Map<string, Diagnostic[]> {
	const map = new Map<string, Diagnostic[]>();
	for (const d of list) {
		const key = keyOf(d);
		map.set(key, [...(map.get(key) ?? []), d]);
	}
	return map;
}

export function diffDiagnostics(
	before: readonly Diagnostic[],
	after: readonly Diagnostic[],
): DiagnosticChanges {
	const old = counted(before);
	const now = counted(after);
	const added = [...now].flatMap(([key, list]) => list.slice(old.get(key)?.length ?? 0));
	const fixed = [...old].flatMap(([key, list]) => list.slice(now.get(key)?.length ?? 0));
	return { added, fixed };
}
