/** TEAM-001: every social media manager has a deputy who is someone else. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import type { Rule } from './types.ts';
import { reporter } from './report.ts';

const report = reporter('TEAM-001', 'error');

export const managersHaveDeputies: Rule = {
	id: 'TEAM-001',
	severity: 'error',
	title:
		"Every member who holds a social-media-manager role has another member as deputy (deputyOf, or a holder of the role named as the role's deputy); nobody is their own deputy.",
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		const deputies = new Set<string>();
		for (const m of index.members.values())
			if (m.deputyOf !== undefined && m.deputyOf !== m.id) deputies.add(m.deputyOf);

		for (const doc of validDocs(handbook, 'team')) {
			doc.data.members.forEach((member, i) => {
				if (member.deputyOf === member.id) {
					const other = doc.data.members.find((m) => m.id !== member.id)?.id;
					out.push(
						report(doc, ['members', i, 'deputyOf'], {
							message: `${member.name} is named as their own deputy; a deputy must be a different person.`,
							value: member.deputyOf,
							expected: other
								? `the id of another member, e.g. deputyOf: ${other}`
								: 'the id of another member',
							fix: `Remove deputyOf from ${member.id} and add deputyOf: ${member.id} to the member who stands in for them.`,
							de: {
								message: `${member.name} ist als eigene Vertretung eingetragen; die Vertretung muss eine andere Person sein.`,
								expected: other
									? `die id eines anderen Mitglieds, z. B. deputyOf: ${other}`
									: 'die id eines anderen Mitglieds',
								fix: `deputyOf bei ${member.id} entfernen und beim Mitglied, das vertritt, deputyOf: ${member.id} ergänzen.`,
							},
						}),
					);
				}
				const managerRole = member.roles.find(
					(r) => index.roles.get(r)?.category === 'social-media-manager',
				);
				if (managerRole === undefined || deputies.has(member.id)) return;
				// A deputy per role: someone else holds the role named as the manager role's deputy.
				const deputyRole = index.roles.get(managerRole)?.deputy;
				const holders = deputyRole ? (index.holders.get(deputyRole) ?? []) : [];
				if (holders.some((h) => h.id !== member.id)) return;
				out.push(
					report(doc, ['members', i], {
						message: `${member.name} holds the social media manager role "${managerRole}", but no other member is their deputy for holidays and sickness.`,
						value: member.id,
						expected: `another member with deputyOf: ${member.id}`,
						fix: `Add deputyOf: ${member.id} to the member who stands in for ${member.name}.`,
						de: {
							message: `${member.name} hat die Social-Media-Manager-Rolle „${managerRole}“, aber kein anderes Mitglied vertritt bei Urlaub und Krankheit.`,
							expected: `ein anderes Mitglied mit deputyOf: ${member.id}`,
							fix: `Beim Mitglied, das ${member.name} vertritt, deputyOf: ${member.id} ergänzen.`,
						},
					}),
				);
			});
		}
		return out;
	},
};
