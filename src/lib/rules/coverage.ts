/** COV-002: the blocks of one schedule (office hours, an on-call duty) do not overlap on a day. */
import type { ChannelCoverage, ScheduleBlock } from '../../../schemas/coverage.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { overlaps } from '../domain/coverage.ts';
import { allValidDocs } from './handbook-index.ts';
import { reporter, type Located } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('COV-002', 'error');

function check(
	out: Diagnostic[],
	doc: Located,
	path: (string | number)[],
	schedule: readonly ScheduleBlock[] | undefined,
): void {
	if (!schedule) return;
	for (const o of overlaps(schedule)) {
		const a = schedule[o.first]!;
		const b = schedule[o.second]!;
		out.push(
			report(doc, [...path, o.second], {
				message: `${b.from}–${b.to} overlaps ${a.from}–${a.to} on ${o.day}.`,
				value: `${b.from}–${b.to}`,
				expected: `blocks that do not overlap on ${o.day}`,
				fix: `Join the two blocks into one, or remove ${o.day} from one of them.`,
				de: {
					message: `${b.from}–${b.to} überschneidet sich am Tag ${o.day} mit ${a.from}–${a.to}.`,
					expected: `Blöcke, die sich am Tag ${o.day} nicht überschneiden`,
					fix: `Die beiden Blöcke zu einem zusammenfassen oder ${o.day} aus einem von ihnen entfernen.`,
				},
			}),
		);
	}
}

export const coverageSchedulesDistinct: Rule = {
	id: 'COV-002',
	severity: 'error',
	title: 'The blocks of one schedule (office hours, an on-call duty) do not overlap.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const doc of allValidDocs(handbook)) {
			if (doc.type !== 'team' && doc.type !== 'channel') continue;
			const coverage = (doc.data as { coverage?: ChannelCoverage }).coverage;
			if (!coverage) continue;
			check(out, doc, ['coverage', 'officeHours'], coverage.officeHours);
			coverage.onCall?.forEach((duty, i) =>
				check(out, doc, ['coverage', 'onCall', i, 'schedule'], duty.schedule),
			);
		}
		return out;
	},
};
