/**
 * CH-001: channels carry what the law and operations need (imprint when
 * commercial; monitoring hours, response target and privacy notice when
 * active; a deputy who is not the owner). CH-002: active channels serve a goal.
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('CH-001', 'error');

const ACTIVE_FIELDS = {
	monitoringHours: {
		expected: 'the hours the channel is watched, e.g. monitoringHours: Mo–Fr 8–18 Uhr',
		why: 'someone must watch an active channel at known times',
		de: {
			expected:
				'die Zeiten, in denen der Kanal betreut wird, z. B. monitoringHours: Mo–Fr 8–18 Uhr',
			why: 'ein aktiver Kanal muss zu bekannten Zeiten betreut werden',
		},
	},
	responseTarget: {
		expected: 'an ISO duration, e.g. responseTarget: PT4H',
		why: 'followers need a known time for a first answer',
		de: {
			expected: 'eine ISO-Dauer, z. B. responseTarget: PT4H',
			why: 'Follower brauchen eine bekannte Frist für eine erste Antwort',
		},
	},
	privacyNoticeUrl: {
		expected: 'a link, e.g. privacyNoticeUrl: https://www.example.com/datenschutz/linkedin',
		why: 'an active channel processes personal data and needs a privacy notice (Art. 13 GDPR)',
		de: {
			expected: 'ein Link, z. B. privacyNoticeUrl: https://www.example.com/datenschutz/linkedin',
			why: 'ein aktiver Kanal verarbeitet personenbezogene Daten und braucht eine Datenschutzerklärung (Art. 13 DSGVO)',
		},
	},
} as const;

export const channelRequirements: Rule = {
	id: 'CH-001',
	severity: 'error',
	title:
		'Commercial channels have imprintUrl; active channels have monitoringHours, responseTarget (unless replies: false) and privacyNoticeUrl; owner differs from deputy.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const doc of validDocs(handbook, 'channel')) {
			const c = doc.data;
			if (c.commercial && c.imprintUrl === undefined)
				out.push(
					report(doc, ['imprintUrl'], {
						anchor: ['commercial'],
						at: 'key',
						message:
							'The channel is commercial but has no imprintUrl; business accounts must link to a provider identification (§ 5 DDG).',
						expected: 'imprintUrl: https://www.example.com/impressum',
						fix: 'Add imprintUrl with the link to the company imprint.',
						de: {
							message:
								'Der Kanal ist geschäftlich (commercial), hat aber keine imprintUrl; geschäftliche Konten müssen auf eine Anbieterkennzeichnung verlinken (§ 5 DDG).',
							expected: 'imprintUrl: https://www.example.com/impressum',
							fix: 'imprintUrl mit dem Link zum Impressum des Unternehmens ergänzen.',
						},
					}),
				);
			if (c.state === 'active')
				for (const [field, info] of Object.entries(ACTIVE_FIELDS)) {
					if (c[field as keyof typeof ACTIVE_FIELDS] !== undefined) continue;
					// A broadcast-only channel takes no replies, so it promises no response time.
					if (field === 'responseTarget' && c.replies === false) continue;
					out.push(
						report(doc, [field], {
							anchor: ['state'],
							at: 'key',
							message: `The channel is active but has no ${field}; ${info.why}.`,
							expected: info.expected,
							fix: `Add ${field}, or set state to planned or paused.`,
							de: {
								message: `Der Kanal ist aktiv, hat aber kein ${field}; ${info.de.why}.`,
								expected: info.de.expected,
								fix: `${field} ergänzen oder state auf planned oder paused setzen.`,
							},
						}),
					);
				}
			if (c.owner === c.deputy)
				out.push(
					report(doc, ['deputy'], {
						message: `"${c.deputy}" is both owner and deputy of the channel; the deputy must be a different role.`,
						value: c.deputy,
						expected: 'a role other than the owner, e.g. community-manager',
						fix: 'Name the role that stands in for the owner as deputy.',
						de: {
							message: `„${c.deputy}“ ist zugleich owner und deputy des Kanals; die Vertretung muss eine andere Rolle sein.`,
							expected: 'eine andere Rolle als der owner, z. B. community-manager',
							fix: 'Die Rolle, die den owner vertritt, als deputy nennen.',
						},
					}),
				);
		}
		return out;
	},
};

const warn = reporter('CH-002', 'warning');

export const activeChannelHasGoal: Rule = {
	id: 'CH-002',
	severity: 'warning',
	title: 'Active channels list at least one goal.',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		for (const doc of validDocs(handbook, 'channel')) {
			if (doc.data.state !== 'active' || (doc.data.goals?.length ?? 0) > 0) continue;
			const goals = [...index.typed.goal.keys()];
			out.push(
				warn(doc, ['goals'], {
					anchor: doc.data.goals ? ['goals'] : ['state'],
					at: 'key',
					message: 'The channel is active but serves no goal, so nobody can tell whether it works.',
					expected: `goals with at least one goal id, e.g. goals: [${goals[0] ?? '<goal-id>'}]`,
					fix: 'Add the goals this channel serves, or set state to paused.',
					de: {
						message:
							'Der Kanal ist aktiv, dient aber keinem Ziel; so kann niemand sagen, ob er wirkt.',
						expected: `goals mit mindestens einer Ziel-id, z. B. goals: [${goals[0] ?? '<goal-id>'}]`,
						fix: 'Die Ziele ergänzen, denen dieser Kanal dient, oder state auf paused setzen.',
					},
				}),
			);
		}
		return out;
	},
};
