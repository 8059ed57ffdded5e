/** PB-002: the more severe a level, the faster it is acknowledged. */
import type { Playbook } from '../../../schemas/index.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { parseDuration } from '../domain/duration.ts';
import { validDocs } from '../model/model.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('PB-002', 'error');

/** Scales on which a higher level number means a more severe situation. */
const ASCENDING = new Set<Playbook['scale']>(['shitstorm-0-6', 'custom-ascending']);

export const acknowledgeNotSlower: Rule = {
	id: 'PB-002',
	severity: 'error',
	title: 'acknowledgeWithin never grows as severity rises (respecting the scale direction).',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const doc of validDocs(handbook, 'playbook')) {
			const dir = ASCENDING.has(doc.data.scale) ? 1 : -1;
			const bySeverity = doc.data.levels
				.map((level, i) => ({ level, i, minutes: parseDuration(level.acknowledgeWithin) }))
				.sort((a, b) => dir * (a.level.level - b.level.level));
			// The fastest response required by any less severe level so far.
			let fastest: (typeof bySeverity)[number] | undefined;
			for (const entry of bySeverity) {
				if (entry.minutes === undefined) continue;
				if (fastest?.minutes !== undefined && entry.minutes > fastest.minutes) {
					const { level } = entry;
					const less = fastest.level;
					out.push(
						report(doc, ['levels', entry.i, 'acknowledgeWithin'], {
							message: `Level ${level.level} (${level.name}) is acknowledged within ${level.acknowledgeWithin}, but the less severe level ${less.level} (${less.name}) within ${less.acknowledgeWithin}; a more severe level must not be slower.`,
							value: level.acknowledgeWithin,
							expected: `${less.acknowledgeWithin} or faster`,
							fix: `Set acknowledgeWithin to ${less.acknowledgeWithin} or less, or check the level order of the ${doc.data.scale} scale.`,
							de: {
								message: `Stufe ${level.level} (${level.name}) wird innerhalb von ${level.acknowledgeWithin} bestätigt, die weniger schwere Stufe ${less.level} (${less.name}) aber innerhalb von ${less.acknowledgeWithin}; eine schwerere Stufe darf nicht langsamer sein.`,
								expected: `${less.acknowledgeWithin} oder schneller`,
								fix: `acknowledgeWithin auf ${less.acknowledgeWithin} oder weniger setzen oder die Reihenfolge der Stufen der Skala ${doc.data.scale} prüfen.`,
							},
						}),
					);
				}
				if (fastest?.minutes === undefined || entry.minutes < fastest.minutes) fastest = entry;
			}
		}
		return out;
	},
};
