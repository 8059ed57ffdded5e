/**
 * PB-003: triggers reach the right people. A legal threat notifies a legal
 * role at the trigger's level; a data breach or account compromise notifies
 * the data protection officer and is acknowledged within 72 hours (the GDPR
 * deadline for reporting a breach). Trigger levels and postMortem.fromLevel
 * must be level numbers that exist.
 */
import type { Playbook, PlaybookLevel } from '../../../schemas/index.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { parseDuration } from '../domain/duration.ts';
import { validDocs, type ValidDoc } from '../model/model.ts';
import type { HandbookIndex } from './handbook-index.ts';
import { listIds, reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('PB-003', 'error');
const BREACH_LIMIT_MINUTES = 72 * 60;

const rolesOf = (index: HandbookIndex, category: string) =>
	[...index.roles.values()].filter((r) => r.category === category).map((r) => r.id);

function missingLevel(
	doc: ValidDoc<'playbook'>,
	path: (string | number)[],
	n: number,
	what: string,
) {
	const numbers = doc.data.levels.map((l) => l.level);
	return report(doc, path, {
		message: `${what} refers to level ${n}, but the playbook has no level ${n}.`,
		value: n,
		expected: `one of the level numbers ${numbers.join(', ')}`,
		fix: `Use an existing level number, or add level ${n} to levels.`,
	});
}

function checkNotified(
	doc: ValidDoc<'playbook'>,
	index: HandbookIndex,
	t: Playbook['triggers'][number],
	level: PlaybookLevel,
	li: number,
	category: 'legal' | 'dpo',
): Diagnostic | undefined {
	// Unknown roles are reported by REF-001; do not guess their category.
	if (level.notify.some((r) => !index.roles.has(r))) return undefined;
	if (level.notify.some((r) => index.roles.get(r)?.category === category)) return undefined;
	const who = category === 'legal' ? 'a legal role' : 'the data protection officer (a dpo role)';
	const candidates = rolesOf(index, category);
	return report(doc, ['levels', li, 'notify'], {
		message: `Trigger "${t.id}" (${t.signal}) starts at level ${level.level}, but ${who} is not notified at that level.`,
		value: level.notify,
		expected: `notify including a role of category ${category}, e.g. ${listIds(candidates)}`,
		fix: candidates[0]
			? `Add ${candidates[0]} to notify of level ${level.level}.`
			: `Define a role with category: ${category} in a team file and add it to notify of level ${level.level}.`,
	});
}

export const triggersNotify: Rule = {
	id: 'PB-003',
	severity: 'error',
	title:
		'Legal threats notify a legal role, data breaches and account takeovers notify the DPO within PT72H; trigger and post-mortem levels exist.',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		const push = (d: Diagnostic | undefined) => d && out.push(d);
		for (const doc of validDocs(handbook, 'playbook')) {
			const levels = doc.data.levels;
			doc.data.triggers.forEach((t, ti) => {
				const li = levels.findIndex((l) => l.level === t.minLevel);
				const level = levels[li];
				if (!level) {
					push(missingLevel(doc, ['triggers', ti, 'minLevel'], t.minLevel, `Trigger "${t.id}"`));
					return;
				}
				if (t.signal === 'legal-threat') push(checkNotified(doc, index, t, level, li, 'legal'));
				if (t.signal !== 'data-breach' && t.signal !== 'account-compromise') return;
				push(checkNotified(doc, index, t, level, li, 'dpo'));
				const minutes = parseDuration(level.acknowledgeWithin);
				if (minutes !== undefined && minutes > BREACH_LIMIT_MINUTES)
					push(
						report(doc, ['levels', li, 'acknowledgeWithin'], {
							message: `Trigger "${t.id}" (${t.signal}) starts at level ${level.level}, which is acknowledged within ${level.acknowledgeWithin}; a possible data breach must be handled within 72 hours.`,
							value: level.acknowledgeWithin,
							expected: 'PT72H or less, e.g. PT4H',
							fix: `Set acknowledgeWithin of level ${level.level} to PT72H or less.`,
						}),
					);
			});
			const from = doc.data.postMortem.fromLevel;
			if (!levels.some((l) => l.level === from))
				push(missingLevel(doc, ['postMortem', 'fromLevel'], from, 'postMortem.fromLevel'));
		}
		return out;
	},
};
