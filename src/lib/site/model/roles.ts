/** Role ids (defined in team files, referenced everywhere) resolved to names, people and team pages. */
import type { Language, RoleRef, SiteDoc } from './types.ts';
import { anchorId, docPath } from './urls.ts';

/** A member of a team as contacts show them: name and a link to their row on the team page. */
export interface PersonRef {
	id: string;
	name: string;
	href: string;
}

/** A person who stands in for one of the role's holders (`deputyOf` in the team file). */
export interface DeputyRef extends PersonRef {
	/** Id of the holder this person stands in for. */
	of: string;
}

export interface RoleDefinition {
	id: string;
	name: string;
	mailbox: string | undefined;
	language: Language;
	/** The team document that defines the role. */
	team: SiteDoc<'team'>;
	href: string;
	/** Members who hold the role, in the team's order. */
	people: PersonRef[];
	/** Members of the team who stand in for a holder of the role. */
	deputies: DeputyRef[];
}

/** Every definition of every role id; a translated team file defines the same ids again. */
export type RoleIndex = ReadonlyMap<string, readonly RoleDefinition[]>;

/** Where a team page is, from the page being rendered (its translation or fallback page). */
export type TeamPath = (team: SiteDoc<'team'>) => string;

const ownPath: TeamPath = (team) => docPath('team', team.id, team.data.language);

function definitions(team: SiteDoc<'team'>, pathOf: TeamPath): RoleDefinition[] {
	const page = pathOf(team);
	const person = (m: { id: string; name: string }): PersonRef => ({
		id: m.id,
		name: m.name,
		href: `${page}#${anchorId('member', m.id)}`,
	});
	return team.data.roles.map((role) => {
		const holders = team.data.members.filter((m) => m.roles.includes(role.id));
		const holderIds = new Set(holders.map((m) => m.id));
		const deputies = team.data.members
			.filter((m) => m.deputyOf !== undefined && holderIds.has(m.deputyOf))
			.map((m) => ({ ...person(m), of: m.deputyOf as string }));
		// A deputy per role: the holders of the role named as `deputy` stand in for every holder.
		const first = holders[0]?.id;
		if (role.deputy && first)
			for (const m of team.data.members)
				if (
					m.roles.includes(role.deputy) &&
					!holderIds.has(m.id) &&
					!deputies.some((d) => d.id === m.id)
				)
					deputies.push({ ...person(m), of: first });
		return {
			id: role.id,
			name: role.name,
			mailbox: role.mailbox,
			language: team.data.language,
			team,
			href: `${page}#${anchorId('role', role.id)}`,
			people: holders.map(person),
			deputies,
		};
	});
}

export function buildRoleIndex(
	teams: readonly SiteDoc<'team'>[],
	pathOf: TeamPath = ownPath,
): RoleIndex {
	const index = new Map<string, RoleDefinition[]>();
	for (const team of teams) {
		for (const def of definitions(team, pathOf)) {
			const list = index.get(def.id) ?? [];
			list.push(def);
			index.set(def.id, list);
		}
	}
	return index;
}

/**
 * The same index with every link pointing where a reader of one language
 * should go: the team page in their language, or its fallback page.
 */
export function localizeRoleIndex(index: RoleIndex, pathOf: TeamPath): RoleIndex {
	const teams = new Map<string, SiteDoc<'team'>>();
	for (const defs of index.values()) for (const def of defs) teams.set(def.team.id, def.team);
	return buildRoleIndex([...teams.values()], pathOf);
}

/** The definition of role `id` readers of `lang` see: the one in their language when there is one. */
export function roleDefinition(
	index: RoleIndex,
	id: string,
	lang: Language,
): RoleDefinition | undefined {
	const defs = index.get(id);
	return defs?.find((d) => d.language === lang) ?? defs?.[0];
}

/** The role `id` as readers of `lang` see it: the definition in their language when there is one. */
export function resolveRole(index: RoleIndex, id: string, lang: Language): RoleRef {
	const def = roleDefinition(index, id, lang);
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
