/**
 * A role id resolved for the command line (`npm run review`, `npm run changes`):
 * its name and mailbox from the validator's index of the team files. The site
 * resolves roles per reader language from its own model: src/lib/site/model/roles.ts.
 */
import type { HandbookIndex } from '../rules/handbook-index.ts';
import { rawArray, rawString } from '../rules/raw.ts';

export interface RoleInfo {
	id: string;
	/** Name from the team file, or null when no team defines the role. */
	name: string | null;
	/** Role mailbox, or null when the team file gives none. */
	mailbox: string | null;
}

/** The role `id` with its name and mailbox; null where no team file gives them. */
export function roleInfo(index: HandbookIndex, id: string): RoleInfo {
	const entry = index.roles.get(id);
	if (!entry) return { id, name: null, mailbox: null };
	const raw = rawArray(entry.doc.raw, 'roles')[entry.path[1] as number];
	return { id, name: entry.name ?? null, mailbox: rawString(raw, 'mailbox') ?? null };
}

/** `Social-Media-Managerin (social-media-manager, social-media@example.com)` */
export function roleLabel(role: RoleInfo): string {
	const extra = [role.id, role.mailbox].filter(Boolean).join(', ');
	return role.name ? `${role.name} (${extra})` : extra;
}
