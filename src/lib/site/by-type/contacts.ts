/**
 * Contacts: a role id resolved to what a reader needs to reach someone — the
 * role's name, the people who hold it (and who stands in for them) and the
 * role mailbox and business line. Role contacts only: the handbook never
 * lists private addresses or phone numbers (TEAM-006).
 */
import { roleDefinition, type DeputyRef, type PersonRef, type RoleIndex } from '../model/roles.ts';
import type { Language, RoleRef } from '../model/types.ts';

export interface Contact extends RoleRef {
	people: PersonRef[];
	deputies: DeputyRef[];
	/** The role's business phone line as written in the team file, e.g. `+49 30 1234 5670`. */
	phone?: string;
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
	if (def.phone) contact.phone = def.phone;
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

/**
 * `tel:` link for a phone number as written in a team file: `+49 30 1234-5670`
 * → `tel:+493012345670`. Spaces, dashes, dots, slashes and brackets go; a
 * leading `+` stays; a trunk prefix written `(0)` after it is dropped.
 */
export function telHref(phone: string): string {
	const plus = phone.trim().startsWith('+');
	const digits = (plus ? phone.replace(/\(0\)/g, '') : phone).replace(/\D/g, '');
	return `tel:${plus ? '+' : ''}${digits}`;
}

/** A phone number as link text that never wraps inside: non-breaking spaces and hyphens. */
export function phoneText(phone: string): string {
	return phone.trim().replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
