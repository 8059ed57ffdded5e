/**
 * Every reference a valid document makes, with its path and what it must
 * point to. REF-001, REF-002 and DOC-002 all read this one list.
 */
import type {
	Channel,
	Checklist,
	DocType,
	Goal,
	Guideline,
	Playbook,
	Team,
	Template,
} from '../../../schemas/index.ts';
import type { DataPath } from '../diagnostics/diagnostics.ts';
import type { ValidDoc } from '../model/model.ts';

/** What a reference must resolve to. A DocType means "a document of that type". */
export type RefKind =
	'role' | 'member' | 'external-party' | 'document' | 'checklist-item' | DocType;

export interface RefSite {
	kind: RefKind;
	value: string;
	path: DataPath;
	/** RACI role ids are keys, not values. */
	at: 'value' | 'key';
	/** The reference stands for an approval, so the role needs canApprove. */
	approval?: boolean;
}

/** Lists the references of a schema-valid document. */
export function collectRefs(doc: ValidDoc): RefSite[] {
	const out: RefSite[] = [];
	const add = (kind: RefKind, value: string | undefined, path: DataPath, approval = false) => {
		if (value !== undefined) out.push({ kind, value, path, at: 'value', approval });
	};
	const addAll = (kind: RefKind, values: readonly string[] | 'all' | undefined, path: DataPath) => {
		if (Array.isArray(values)) values.forEach((v, i) => add(kind, v, [...path, i]));
	};

	const common = doc.data;
	add('role', common.owner, ['owner']);
	add('role', common.approvedBy, ['approvedBy'], true);
	add('document', common.translationOf, ['translationOf']);
	addAll('document', common.related, ['related']);
	// The replacement must be a document of the same type (a guideline replaces a guideline).
	add(doc.type, common.supersededBy, ['supersededBy']);

	switch (doc.type) {
		case 'guideline': {
			const g = doc.data as Guideline;
			addAll('channel', g.appliesTo, ['appliesTo']);
			addAll('checklist', g.checklists, ['checklists']);
			addAll('role', g.contacts, ['contacts']);
			g.rules.forEach((rule, i) => add('role', rule.askRole, ['rules', i, 'askRole']));
			g.rules.forEach((r, i) =>
				addAll('checklist-item', r.checklistItems, ['rules', i, 'checklistItems']),
			);
			break;
		}
		case 'checklist': {
			const c = doc.data as Checklist;
			add('role', c.legalReviewer, ['legalReviewer']);
			c.items.forEach((item, i) => add('role', item.escalateTo, ['items', i, 'escalateTo']));
			break;
		}
		case 'playbook': {
			const p = doc.data as Playbook;
			p.levels.forEach((level, i) => {
				addAll('role', level.notify, ['levels', i, 'notify']);
				addAll('external-party', level.notifyExternal, ['levels', i, 'notifyExternal']);
				add('role', level.approver, ['levels', i, 'approver'], true);
				add('role', level.backupApprover, ['levels', i, 'backupApprover'], true);
				addAll('template', level.holdingStatements, ['levels', i, 'holdingStatements']);
			});
			addAll('role', p.escalationChain, ['escalationChain']);
			p.firstHour.forEach((step, i) => add('role', step.owner, ['firstHour', i, 'owner']));
			add('role', p.postMortem.owner, ['postMortem', 'owner']);
			addAll('channel', p.channels, ['channels']);
			break;
		}
		case 'team': {
			const t = doc.data as Team;
			t.roles.forEach((r, i) => add('role', r.deputy, ['roles', i, 'deputy']));
			t.members.forEach((m, i) => {
				addAll('role', m.roles, ['members', i, 'roles']);
				add('member', m.deputyOf, ['members', i, 'deputyOf']);
			});
			(t.raci ?? []).forEach((row, i) => {
				for (const role of Object.keys(row.roles))
					out.push({ kind: 'role', value: role, path: ['raci', i, 'roles', role], at: 'key' });
			});
			break;
		}
		case 'channel': {
			const c = doc.data as Channel;
			add('role', c.deputy, ['deputy']);
			add('guideline', c.houseRules, ['houseRules']);
			addAll('goal', c.goals, ['goals']);
			break;
		}
		case 'template':
			addAll('playbook', (doc.data as Template).playbooks, ['playbooks']);
			break;
		case 'goal':
			addAll('channel', (doc.data as Goal).channels, ['channels']);
			break;
	}
	return out;
}
