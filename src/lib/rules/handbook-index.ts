/**
 * Lookup tables built once per run: documents, roles, members and checklist
 * items by id, plus the handbook settings (see settings.ts). Ids are read from the
 * raw data, so a document with a schema error still counts as existing and
 * does not cause a cascade of bogus "unknown reference" errors.
 */
import type { DocType } from '../../../schemas/index.ts';
import type { DataPath } from '../diagnostics/diagnostics.ts';
import type { Handbook, SourceDoc, ValidDoc } from '../model/model.ts';
import { isRecord, rawArray, rawNumber, rawString, rawStrings } from './raw.ts';
import { buildSettings, type HandbookSettings } from './settings.ts';

export type { HandbookSettings } from './settings.ts';

export interface DocEntry {
	id: string;
	type: DocType;
	doc: SourceDoc;
	/** Raw values, read safely; undefined when missing or not a string. */
	status: string | undefined;
	language: string | undefined;
}

export interface TimeBudgetEntry {
	minutes: number;
	per: 'day' | 'week';
}

export interface RoleEntry {
	id: string;
	/** Team document that defines the role. */
	doc: SourceDoc;
	/** Path of the role inside that document, e.g. `['roles', 2]`. */
	path: DataPath;
	name: string | undefined;
	category: string | undefined;
	canApprove: boolean;
	/** The role that stands in for every holder of this one (`deputy`). */
	deputy: string | undefined;
	timeBudget: TimeBudgetEntry[];
	/** Whether the defining team document passed its schema; rules check role properties only then. */
	valid: boolean;
}

export interface MemberEntry {
	id: string;
	doc: SourceDoc;
	path: DataPath;
	roles: string[];
	employment: string | undefined;
	deputyOf: string | undefined;
	weeklyHours: number | undefined;
	valid: boolean;
}

export interface ChecklistItemEntry {
	checklist: DocEntry;
	itemId: string;
	path: DataPath;
}

export interface HandbookIndex {
	/** First document declaring each id. */
	docs: Map<string, DocEntry>;
	/** Documents per type, in file order. */
	byType: Record<DocType, DocEntry[]>;
	/** First document of a type declaring each id. */
	typed: Record<DocType, Map<string, DocEntry>>;
	/** First definition of each role id. */
	roles: Map<string, RoleEntry>;
	/** First definition of each member id. */
	members: Map<string, MemberEntry>;
	/** External parties (authorities, outside contacts) by id, with the team file that defines them. */
	externalParties: Map<string, { id: string; doc: SourceDoc; path: DataPath }>;
	/** Checklist items by `checklist#item`. */
	checklistItems: Map<string, ChecklistItemEntry>;
	/** Members holding each role id. */
	holders: Map<string, MemberEntry[]>;
	settings: HandbookSettings;
	/**
	 * Types with at least one file whose YAML could not be read. What such a file
	 * defines is unknown, so rules must not claim that something is missing.
	 */
	unreadable: Set<DocType>;
}

/** The id a document declares, falling back to its file stem when `id` is unreadable. */
function docId(doc: SourceDoc): string {
	return rawString(doc.raw, 'id') ?? doc.stem;
}

/** Every document whose data passed its schema, in file order. */
export function allValidDocs(handbook: Handbook): ValidDoc[] {
	return handbook.docs.filter((d): d is ValidDoc => d.data !== undefined);
}

export function buildIndex(handbook: Handbook): HandbookIndex {
	const index: HandbookIndex = {
		docs: new Map(),
		byType: {
			guideline: [],
			checklist: [],
			playbook: [],
			team: [],
			channel: [],
			template: [],
			goal: [],
			prepublish: [],
		},
		typed: {
			guideline: new Map(),
			checklist: new Map(),
			playbook: new Map(),
			team: new Map(),
			channel: new Map(),
			template: new Map(),
			goal: new Map(),
			prepublish: new Map(),
		},
		unreadable: new Set(),
		roles: new Map(),
		members: new Map(),
		externalParties: new Map(),
		checklistItems: new Map(),
		holders: new Map(),
		settings: buildSettings(handbook),
	};
	for (const doc of handbook.docs) {
		const entry: DocEntry = {
			id: docId(doc),
			type: doc.type,
			doc,
			status: rawString(doc.raw, 'status'),
			language: rawString(doc.raw, 'language'),
		};
		if (!index.docs.has(entry.id)) index.docs.set(entry.id, entry);
		index.byType[doc.type].push(entry);
		if (!index.typed[doc.type].has(entry.id)) index.typed[doc.type].set(entry.id, entry);
		if (doc.raw === undefined || typeof doc.raw !== 'object') index.unreadable.add(doc.type);
		if (doc.type === 'team') addTeam(index, doc);
		if (doc.type === 'checklist') addChecklist(index, entry);
	}
	for (const member of index.members.values()) {
		for (const role of new Set(member.roles)) {
			const list = index.holders.get(role) ?? [];
			list.push(member);
			index.holders.set(role, list);
		}
	}
	return index;
}

function addTeam(index: HandbookIndex, doc: SourceDoc): void {
	// Roles and members are defined by the original team; a translation only renames them.
	if (rawString(doc.raw, 'translationOf') !== undefined) return;
	const valid = doc.data !== undefined;
	rawArray(doc.raw, 'roles').forEach((role, i) => {
		const id = rawString(role, 'id');
		if (id === undefined || index.roles.has(id)) return;
		index.roles.set(id, {
			id,
			doc,
			path: ['roles', i],
			name: rawString(role, 'name'),
			category: rawString(role, 'category'),
			canApprove: isRecord(role) && role['canApprove'] === true,
			deputy: rawString(role, 'deputy'),
			timeBudget: readBudget(role),
			valid,
		});
	});
	rawArray(doc.raw, 'externalParties').forEach((party, i) => {
		const id = rawString(party, 'id');
		if (id !== undefined && !index.externalParties.has(id))
			index.externalParties.set(id, { id, doc, path: ['externalParties', i] });
	});
	rawArray(doc.raw, 'members').forEach((member, i) => {
		const id = rawString(member, 'id');
		if (id === undefined || index.members.has(id)) return;
		index.members.set(id, {
			id,
			doc,
			path: ['members', i],
			roles: rawStrings(member, 'roles'),
			employment: rawString(member, 'employment'),
			deputyOf: rawString(member, 'deputyOf'),
			weeklyHours: rawNumber(member, 'weeklyHours'),
			valid,
		});
	});
}

function readBudget(role: unknown): TimeBudgetEntry[] {
	const out: TimeBudgetEntry[] = [];
	for (const entry of rawArray(role, 'timeBudget')) {
		const minutes = rawNumber(entry, 'minutes');
		const per = rawString(entry, 'per');
		if (minutes !== undefined && (per === 'day' || per === 'week')) out.push({ minutes, per });
	}
	return out;
}

function addChecklist(index: HandbookIndex, checklist: DocEntry): void {
	rawArray(checklist.doc.raw, 'items').forEach((item, i) => {
		const itemId = rawString(item, 'id');
		if (itemId === undefined) return;
		const key = `${checklist.id}#${itemId}`;
		if (!index.checklistItems.has(key))
			index.checklistItems.set(key, { checklist, itemId, path: ['items', i] });
	});
}
