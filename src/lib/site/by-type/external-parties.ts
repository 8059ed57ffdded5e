/**
 * External parties (authorities, outside contacts) as readers see them: on the
 * team page that defines them and on the playbooks that notify them. Defined
 * once, in the original team file; a translation of the team may translate
 * their texts (same ids).
 */
import type { ExternalParty } from '../../../../schemas/index.ts';
import type { ViewContext } from '../model/context.ts';
import { linkTo } from '../model/docs.ts';
import type { SiteDoc } from '../model/types.ts';

export interface ExternalPartyView extends ExternalParty {
	/** Where the party is described: its team page in the reader's language. */
	href?: string;
	/** Whether a team file defines the id. */
	known: boolean;
}

/** Every external party of the site by id, in the version for `ctx.lang` when a translated team has it. */
function partiesById(ctx: ViewContext): Map<string, { party: ExternalParty; team: SiteDoc }> {
	const found = new Map<string, { party: ExternalParty; team: SiteDoc }>();
	const teams = [...ctx.docs.values()].filter((d): d is SiteDoc<'team'> => d.type === 'team');
	// Originals first, then translations into the page language override their texts.
	const ordered = [
		...teams.filter((t) => !t.data.translationOf),
		...teams.filter((t) => t.data.translationOf && t.data.language === ctx.lang),
	];
	for (const team of ordered)
		for (const party of team.data.externalParties ?? [])
			if (!found.has(party.id) || team.data.translationOf) found.set(party.id, { party, team });
	return found;
}

/** The parties with `ids`, in that order; unknown ids stay visible as plain ids. */
export function resolveExternalParties(
	ctx: ViewContext,
	ids: readonly string[] | undefined,
): ExternalPartyView[] {
	if (!ids?.length) return [];
	const byId = partiesById(ctx);
	return ids.map((id) => {
		const hit = byId.get(id);
		if (!hit) return { id, name: id, function: '', reach: '', when: '', known: false };
		const team = linkTo(ctx.docs, hit.team.id, 'team', ctx);
		const view: ExternalPartyView = { ...hit.party, known: true };
		if (team) view.href = `${team.href}#${externalAnchor(id)}`;
		return view;
	});
}

/** Anchor of a party on its team page. */
export function externalAnchor(id: string): string {
	return `external-${id}`;
}
