/**
 * The first screen of a playbook page, for someone in a crisis on a phone:
 * what to do now (the first step of the first hour), whom to call (the first
 * role of the escalation chain with a business line) and which holding
 * statement to use, plus jump links to every level. Computed from the
 * playbook's view, so it works for any scale, any number of levels and
 * playbooks without phone numbers or holding statements: each part then says
 * what there is instead (a mailbox, the role's page, no statement).
 */
import { phoneText, telHref, type Contact } from './contacts.ts';
import type { FirstHourStepView, HoldingStatementView, PlaybookView } from './playbook.ts';

/** The contact to reach first, and how. */
export type FirstCall =
	/** The first role in the escalation chain with a business phone line. */
	| { kind: 'phone'; contact: Contact; phone: string; tel: string; text: string }
	/** No role in the chain has a phone line: the first one with a mailbox. */
	| { kind: 'mail'; contact: Contact; mailbox: string }
	/** Neither: the first role of the chain, linked to its team page. */
	| { kind: 'role'; contact: Contact };

export interface LevelJump {
	level: number;
	name: string;
	tone: number;
	href: string;
}

export interface CrisisFirstScreen {
	/** What to do now: the earliest step of the first hour. */
	now: FirstHourStepView;
	/** Number of steps in the first hour. */
	steps: number;
	call: FirstCall;
	/** Further roles of the chain after the one to call first. */
	thenCall: Contact[];
	/** The holding statement for the mildest level that uses one; undefined when the playbook has none. */
	holding: HoldingStatementView | undefined;
	/** Anchor of the holding statement's fill-in on the page. */
	holdingAnchor: string | undefined;
	/** One jump link per level, mild to severe. */
	levels: LevelJump[];
}

/** Anchor of a holding statement's block on the playbook page. */
export function holdingAnchor(id: string): string {
	return `hs-${id}`;
}

function firstCall(chain: readonly Contact[]): FirstCall | undefined {
	const byPhone = chain.find((c) => c.phone);
	if (byPhone?.phone)
		return {
			kind: 'phone',
			contact: byPhone,
			phone: byPhone.phone,
			tel: telHref(byPhone.phone),
			text: phoneText(byPhone.phone),
		};
	const byMail = chain.find((c) => c.mailbox);
	if (byMail?.mailbox) return { kind: 'mail', contact: byMail, mailbox: byMail.mailbox };
	const first = chain[0];
	return first ? { kind: 'role', contact: first } : undefined;
}

/** The first screen of a playbook page; undefined only for a playbook without steps or chain (the schema forbids both). */
export function crisisFirstScreen(view: PlaybookView): CrisisFirstScreen | undefined {
	const now = view.firstHour[0];
	const call = firstCall(view.escalationChain);
	if (!now || !call) return undefined;
	const holding = view.holdingStatements[0];
	return {
		now,
		steps: view.firstHour.length,
		call,
		thenCall: view.escalationChain.slice(view.escalationChain.indexOf(call.contact) + 1),
		holding,
		holdingAnchor: holding ? holdingAnchor(holding.id) : undefined,
		levels: view.levels.map((l) => ({
			level: l.level,
			name: l.name,
			tone: l.tone,
			href: `#${l.anchor}`,
		})),
	};
}
