/**
 * Contacts: a role id resolved to what a reader needs to reach someone — the
 * role's name, the people who hold it (and who stands in for them) and the
 * role mailbox. Role mailboxes only: the handbook never lists private
 * addresses or phone numbers.
 */
import { roleDefinition, type DeputyRef, type PersonRef, type RoleIndex } from '../model/roles.ts';
import type { Language, RoleRef } from '../model/types.ts';

export interface Contact extends RoleRef {
	people: PersonRef[];
	deputies: DeputyRef[];
}

/** Role `id` as a contact for readers of `lang`; unknown roles keep their id and nobody. */
export function resolveContact(index: RoleIndex, id: string, lang: Language): Contact {
	const def = roleDefinition(index, id, lang);
	if (!def) return { id, name: id, known: false, people: [], deputies: [] };
	const contact: Contact = {
		id,
		name: def.name,
		known: true,
		href: def.href,
		people: def.people.map((p) => ({ ...p })),
		deputies: def.deputies.map((d) => ({ ...d })),
	};
	if (def.mailbox) contact.mailbox = def.mailbox;
	return contact;
}

/** Several roles as contacts, without repeating a role. */
export function resolveContacts(
	index: RoleIndex,
	ids: readonly string[] | undefined,
	lang: Language,
): Contact[] {
	return [...new Set(ids ?? [])].map((id) => resolveContact(index, id, lang));
}

/** `mailto:` link for a role mailbox, optionally with a subject line. */
export function mailtoHref(mailbox: string, subject?: string): string {
	return subject ? `mailto:${mailbox}?subject=${encodeURIComponent(subject)}` : `mailto:${mailbox}`;
}
