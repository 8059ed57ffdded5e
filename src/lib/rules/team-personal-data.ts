/**
 * TEAM-006: team files hold role contacts, not private ones. A role's `mailbox` is on one of
 * the company's domains (`company.mailDomains`) and is not a person's own address; phone
 * numbers appear only as a role's `businessPhone` or an external party's official `phone`; no
 * other text names an e-mail address or a phone number.
 *
 * TEAM-007: without `company.mailDomains` the domain part of TEAM-006 cannot run. Guessing the
 * domain from the site address would be wrong for intranet hosts, so the check says it is
 * unset (once, at handbook.yaml) as soon as a team file names a mailbox.
 */
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import { validDocs } from '../model/model.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('TEAM-006', 'error');
const reportUnset = reporter('TEAM-007', 'warning');

/** An e-mail address inside free text. */
const EMAIL_IN_TEXT = /[^\s@<>()[\]",;:]{1,64}@[^\s@<>()[\]",;:]{1,253}\.[a-z]{2,}/i;
/** A phone number inside free text: + or 0, then at least 6 more digits with separators. */
const PHONE_IN_TEXT = /(?:\+|(?<![\w.-])0)\d(?:[ ()/.-]?\d){5,}/;
/** Fields that are meant to hold a contact (checked on their own). */
const CONTACT_FIELDS = new Set(['mailbox', 'businessPhone', 'phone']);

/** Every string in `value` with its path, skipping the contact fields. */
function* texts(value: unknown, path: DataPath): Generator<[string, DataPath]> {
	if (typeof value === 'string') yield [value, path];
	else if (Array.isArray(value))
		for (const [i, v] of value.entries()) yield* texts(v, [...path, i]);
	else if (value !== null && typeof value === 'object')
		for (const [k, v] of Object.entries(value))
			if (!CONTACT_FIELDS.has(k)) yield* texts(v, [...path, k]);
}

/** Lower-case name parts of at least three letters, e.g. `anna`, `berger`. */
function nameParts(name: string): string[] {
	return name
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.split(/[^a-z]+/)
		.filter((p) => p.length >= 3);
}

/** `anna.berger`, `berger_anna` → `anna berger`: the name parts of a mailbox, sorted. */
function mailboxKey(local: string): string {
	return nameParts(local).sort().join(' ');
}

/**
 * The mailbox names that would be a member's own address (`anna.berger`, `berger-anna`,
 * `annaberger`), mapped to the member's name; one lookup per mailbox keeps big teams linear.
 */
function personalMailboxKeys(members: readonly { name: string }[]): Map<string, string> {
	const keys = new Map<string, string>();
	for (const { name } of members) {
		const parts = nameParts(name);
		if (parts.length < 2) continue;
		keys.set([...parts].sort().join(' '), name);
		keys.set(parts.join(''), name);
		keys.set([...parts].reverse().join(''), name);
	}
	return keys;
}

export const teamContactsArePublic: Rule = {
	id: 'TEAM-006',
	severity: 'error',
	title:
		'Team files hold role mailboxes on the company domain and business phone numbers only; no private or personal contacts.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		const domains = handbook.config?.data?.company.mailDomains?.map((d) => d.toLowerCase());
		for (const doc of validDocs(handbook, 'team')) {
			const people = personalMailboxKeys(doc.data.members);
			doc.data.roles.forEach((role, i) => {
				const mailbox = role.mailbox;
				if (mailbox === undefined) return;
				const [local = '', domain = ''] = mailbox.toLowerCase().split('@');
				if (domains && !domains.includes(domain)) {
					out.push(
						report(doc, ['roles', i, 'mailbox'], {
							message: `The mailbox of role "${role.id}" is not on the company's domain (${domains.join(', ')}); private or outside addresses do not belong in the handbook.`,
							value: mailbox,
							expected: `a role mailbox such as ${role.id}@${domains[0]}`,
							fix: `Use the role's shared mailbox on ${domains.join(' or ')}, or remove mailbox.`,
							de: {
								message: `Das Postfach der Rolle „${role.id}“ liegt nicht auf der Domain des Unternehmens (${domains.join(', ')}); private oder fremde Adressen gehören nicht ins Handbuch.`,
								expected: `ein Rollenpostfach wie ${role.id}@${domains[0]}`,
								fix: `Das gemeinsame Postfach der Rolle auf ${domains.join(' oder ')} verwenden oder mailbox entfernen.`,
							},
						}),
					);
					return;
				}
				const person = people.get(mailboxKey(local)) ?? people.get(local.replace(/[^a-z]/g, ''));
				if (person)
					out.push(
						report(doc, ['roles', i, 'mailbox'], {
							message: `The mailbox of role "${role.id}" is the personal address of ${person}; the handbook names role mailboxes that stay when people change.`,
							value: mailbox,
							expected: `a shared role mailbox, e.g. ${role.id}@${domain}`,
							fix: 'Ask IT for a shared mailbox for the role and use it here.',
							de: {
								message: `Das Postfach der Rolle „${role.id}“ ist die persönliche Adresse von ${person}; das Handbuch nennt Rollenpostfächer, die bleiben, wenn Personen wechseln.`,
								expected: `ein gemeinsames Rollenpostfach, z. B. ${role.id}@${domain}`,
								fix: 'Bei der IT ein gemeinsames Postfach für die Rolle anfordern und hier eintragen.',
							},
						}),
					);
			});
			for (const [text, path] of texts(doc.data, [])) {
				const email = text.includes('@') ? EMAIL_IN_TEXT.exec(text)?.[0] : undefined;
				const phone = email ? undefined : PHONE_IN_TEXT.exec(text)?.[0];
				if (!email && !phone) continue;
				out.push(
					report(doc, path, {
						message: email
							? `This text contains the e-mail address "${email}"; contacts belong in a role's mailbox field only.`
							: `This text contains what looks like a phone number ("${phone}"); phone numbers belong in a role's businessPhone or an external party's phone field only, and never private ones.`,
						value: text.length > 80 ? `${text.slice(0, 77)}…` : text,
						expected: email
							? 'text without contact details; the role mailbox in roles[].mailbox'
							: 'text without phone numbers; a business line in roles[].businessPhone or externalParties[].phone',
						fix: email
							? 'Remove the address from the text and put the role mailbox into the mailbox field of the role.'
							: 'Remove the number; a business line of a role goes into its businessPhone, an official line of an external party into its phone.',
						de: {
							message: email
								? `Dieser Text enthält die E-Mail-Adresse „${email}“; Kontakte gehören nur ins Feld mailbox einer Rolle.`
								: `Dieser Text enthält offenbar eine Telefonnummer („${phone}“); Telefonnummern gehören nur in businessPhone einer Rolle oder phone einer externen Stelle, und nie private.`,
							expected: email
								? 'Text ohne Kontaktdaten; das Rollenpostfach in roles[].mailbox'
								: 'Text ohne Telefonnummern; eine dienstliche Nummer in roles[].businessPhone oder externalParties[].phone',
							fix: email
								? 'Die Adresse aus dem Text entfernen und das Rollenpostfach ins Feld mailbox der Rolle eintragen.'
								: 'Die Nummer entfernen; die dienstliche Nummer einer Rolle gehört in ihr businessPhone, die offizielle Nummer einer externen Stelle in ihr phone.',
						},
					}),
				);
			}
		}
		return out;
	},
};

export const mailDomainsAreSet: Rule = {
	id: 'TEAM-007',
	severity: 'warning',
	title:
		'When team files name role mailboxes, handbook.yaml lists the company’s mail domains (`company.mailDomains`), so they can be checked.',
	check({ handbook }) {
		const config = handbook.config;
		if (!config?.data || config.data.company.mailDomains) return [];
		const used = new Map<string, number>();
		for (const doc of validDocs(handbook, 'team'))
			for (const role of doc.data.roles) {
				const domain = role.mailbox?.toLowerCase().split('@')[1];
				if (domain) used.set(domain, (used.get(domain) ?? 0) + 1);
			}
		if (used.size === 0) return [];
		const domains = [...used].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		const list = domains.map(([d]) => d).join(', ');
		return [
			reportUnset(config, ['company'], {
				at: 'key',
				message: `company.mailDomains is not set, so the role mailboxes in the team files (on ${list}) cannot be checked for private or outside addresses.`,
				expected: `company.mailDomains with the company's own mail domains, e.g. mailDomains: [${domains[0]![0]}]`,
				fix: `Add mailDomains under company in handbook.yaml with only the company's own domains, e.g. mailDomains: [${domains[0]![0]}].`,
				de: {
					message: `company.mailDomains ist nicht gesetzt, daher lassen sich die Rollenpostfächer in den Team-Dateien (auf ${list}) nicht auf private oder fremde Adressen prüfen.`,
					expected: `company.mailDomains mit den eigenen Mail-Domains des Unternehmens, z. B. mailDomains: [${domains[0]![0]}]`,
					fix: `In handbook.yaml unter company mailDomains ergänzen, nur mit den eigenen Domains des Unternehmens, z. B. mailDomains: [${domains[0]![0]}].`,
				},
			}),
		];
	},
};
