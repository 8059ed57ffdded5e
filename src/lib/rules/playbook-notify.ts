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
	what: { en: string; de: string },
) {
	const numbers = doc.data.levels.map((l) => l.level);
	return report(doc, path, {
		message: `${what.en} refers to level ${n}, but the playbook has no level ${n}.`,
		value: n,
		expected: `one of the level numbers ${numbers.join(', ')}`,
		fix: `Use an existing level number, or add level ${n} to levels.`,
		de: {
			message: `${what.de} verweist auf Stufe ${n}, aber das Playbook hat keine Stufe ${n}.`,
			expected: `eine der Stufennummern ${numbers.join(', ')}`,
			fix: `Eine vorhandene Stufennummer verwenden oder Stufe ${n} in levels ergänzen.`,
		},
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
	const whoDe =
		category === 'legal'
			? 'keine Rolle der Kategorie legal'
			: 'keine Rolle der Kategorie dpo (Datenschutzbeauftragte)';
	const candidates = rolesOf(index, category);
	return report(doc, ['levels', li, 'notify'], {
		message: `Trigger "${t.id}" (${t.signal}) starts at level ${level.level}, but ${who} is not notified at that level.`,
		value: level.notify,
		expected: `notify including a role of category ${category}, e.g. ${listIds(candidates)}`,
		fix: candidates[0]
			? `Add ${candidates[0]} to notify of level ${level.level}.`
			: `Define a role with category: ${category} in a team file and add it to notify of level ${level.level}.`,
		de: {
			message: `Der Auslöser „${t.id}“ (${t.signal}) beginnt auf Stufe ${level.level}, aber auf dieser Stufe wird ${whoDe} benachrichtigt.`,
			expected: `notify mit einer Rolle der Kategorie ${category}, z. B. ${listIds(candidates, 5, 'de')}`,
			fix: candidates[0]
				? `${candidates[0]} in notify von Stufe ${level.level} ergänzen.`
				: `In einer Team-Datei eine Rolle mit category: ${category} anlegen und in notify von Stufe ${level.level} ergänzen.`,
		},
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
					push(
						missingLevel(doc, ['triggers', ti, 'minLevel'], t.minLevel, {
							en: `Trigger "${t.id}"`,
							de: `Der Auslöser "${t.id}"`,
						}),
					);
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
							de: {
								message: `Der Auslöser „${t.id}“ (${t.signal}) beginnt auf Stufe ${level.level}, die innerhalb von ${level.acknowledgeWithin} bestätigt wird; eine mögliche Datenpanne muss innerhalb von 72 Stunden bearbeitet werden.`,
								expected: 'PT72H oder weniger, z. B. PT4H',
								fix: `acknowledgeWithin von Stufe ${level.level} auf PT72H oder weniger setzen.`,
							},
						}),
					);
			});
			const from = doc.data.postMortem.fromLevel;
			if (!levels.some((l) => l.level === from))
				push(
					missingLevel(doc, ['postMortem', 'fromLevel'], from, {
						en: 'postMortem.fromLevel',
						de: 'postMortem.fromLevel',
					}),
				);
		}
		return out;
	},
};
