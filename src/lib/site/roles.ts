/** Role ids (defined in team files, referenced everywhere) resolved to names and team pages. */
import type { Language, RoleRef, SiteDoc } from './types.ts';
import { anchorId, docPath } from './urls.ts';

interface RoleDefinition {
	id: string;
	name: string;
	mailbox: string | undefined;
	language: Language;
	href: string;
}

/** Every definition of every role id; a translated team file defines the same ids again. */
export type RoleIndex = ReadonlyMap<string, readonly RoleDefinition[]>;

export function buildRoleIndex(teams: readonly SiteDoc<'team'>[]): RoleIndex {
	const index = new Map<string, RoleDefinition[]>();
	for (const team of teams) {
		for (const role of team.data.roles) {
			const list = index.get(role.id) ?? [];
			list.push({
				id: role.id,
				name: role.name,
				mailbox: role.mailbox,
				language: team.data.language,
				href: `${docPath('team', team.id, team.data.language)}#${anchorId('role', role.id)}`,
			});
			index.set(role.id, list);
		}
	}
	return index;
}

/** The role `id` as readers of `lang` see it: the definition in their language when there is one. */
export function resolveRole(index: RoleIndex, id: string, lang: Language): RoleRef {
	const defs = index.get(id);
	const def = defs?.find((d) => d.language === lang) ?? defs?.[0];
	if (!def) return { id, name: id, known: false };
	const ref: RoleRef = { id, name: def.name, known: true, href: def.href };
	if (def.mailbox) ref.mailbox = def.mailbox;
	return ref;
}

export function resolveRoles(
	index: RoleIndex,
	ids: readonly string[] | undefined,
	lang: Language,
): RoleRef[] {
	return (ids ?? []).map((id) => resolveRole(index, id, lang));
}
