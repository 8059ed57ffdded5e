/** ID-001: ids equal file names and are unique where they must be. */
import type { Checklist, Guideline, Playbook } from '../../../schemas/index.ts';
import { DOC_TYPES } from '../../../schemas/index.ts';
import type { DataPath, Diagnostic } from '../diagnostics/diagnostics.ts';
import type { SourceDoc, ValidDoc } from '../model/model.ts';
import { allValidDocs } from './handbook-index.ts';
import { rawArray, rawString } from './raw.ts';
import { reporter, where } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('ID-001', 'error');

interface Seen {
	doc: SourceDoc;
	path: DataPath;
}

/**
 * Tracks the first occurrence of each key and reports later ones. Invalid
 * documents still claim ids (so the first place is named), but only valid
 * documents get a diagnostic.
 */
/** What must be unique and where, in English and German (`what` after "Die …", plural after "…s müssen"). */
interface Unique {
	what: string;
	scope: string;
	de: { what: string; many: string; scope: string };
}

function tracker(out: Diagnostic[], { what, scope, de }: Unique) {
	const seen = new Map<string, Seen>();
	return (key: string | number, doc: SourceDoc, path: DataPath) => {
		const first = seen.get(String(key));
		if (!first) {
			seen.set(String(key), { doc, path });
			return;
		}
		if (doc.data === undefined) return;
		out.push(
			report(doc, path, {
				message: `The ${what} ${JSON.stringify(key)} is already used at ${where(first.doc, first.path)}; ${what}s must be unique ${scope}.`,
				value: key,
				expected: `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} that is not used elsewhere ${scope}`,
				fix: `Rename one of the two and update references to it.`,
				de: {
					message: `Die ${de.what} ${JSON.stringify(key)} wird schon in ${where(first.doc, first.path)} verwendet; ${de.many} müssen ${de.scope} eindeutig sein.`,
					expected: `eine ${de.what}, die ${de.scope} sonst nicht vorkommt`,
					fix: 'Eine der beiden umbenennen und die Verweise darauf anpassen.',
				},
			}),
		);
	};
}

function checkFileName(doc: ValidDoc): Diagnostic | undefined {
	if (doc.data.id === doc.stem) return undefined;
	const ext = DOC_TYPES[doc.type].format;
	return report(doc, ['id'], {
		message: `The id "${doc.data.id}" does not match the file name "${doc.stem}.${ext}".`,
		value: doc.data.id,
		expected: `id: ${doc.stem}`,
		fix: `Set id to "${doc.stem}", or rename the file to ${doc.data.id}.${ext}.`,
		de: {
			message: `Die id „${doc.data.id}“ passt nicht zum Dateinamen „${doc.stem}.${ext}“.`,
			expected: `id: ${doc.stem}`,
			fix: `id auf „${doc.stem}“ setzen oder die Datei in ${doc.data.id}.${ext} umbenennen.`,
		},
	});
}

function checkInside(doc: ValidDoc, out: Diagnostic[]): void {
	const within = (what: string, type: string, whatDe: string, manyDe: string, inDe: string) =>
		tracker(out, {
			what,
			scope: `within this ${type}`,
			de: { what: whatDe, many: manyDe, scope: inDe },
		});
	if (doc.type === 'checklist') {
		const seen = within('item id', 'checklist', 'Punkt-id', 'Punkt-ids', 'in dieser Checkliste');
		(doc.data as Checklist).items.forEach((it, i) => seen(it.id, doc, ['items', i, 'id']));
	}
	if (doc.type === 'guideline') {
		const seen = within('rule id', 'guideline', 'Regel-id', 'Regel-ids', 'in dieser Richtlinie');
		(doc.data as Guideline).rules.forEach((r, i) => seen(r.id, doc, ['rules', i, 'id']));
	}
	if (doc.type === 'playbook') {
		const p = doc.data as Playbook;
		const triggers = within(
			'trigger id',
			'playbook',
			'Auslöser-id',
			'Auslöser-ids',
			'in diesem Playbook',
		);
		p.triggers.forEach((t, i) => triggers(t.id, doc, ['triggers', i, 'id']));
		const levels = within(
			'level number',
			'playbook',
			'Stufennummer',
			'Stufennummern',
			'in diesem Playbook',
		);
		p.levels.forEach((l, i) => levels(l.level, doc, ['levels', i, 'level']));
	}
}

export const idsUnique: Rule = {
	id: 'ID-001',
	severity: 'error',
	title:
		'Ids equal the file name; document, role and member ids are unique across the handbook; item, rule, trigger ids and level numbers are unique within their document.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		const docIds = tracker(out, {
			what: 'id',
			scope: 'across the whole handbook',
			de: { what: 'id', many: 'ids', scope: 'im ganzen Handbuch' },
		});
		const roleIds = tracker(out, {
			what: 'role id',
			scope: 'across all team files',
			de: { what: 'Rollen-id', many: 'Rollen-ids', scope: 'über alle Team-Dateien' },
		});
		const memberIds = tracker(out, {
			what: 'member id',
			scope: 'across all team files',
			de: { what: 'Mitglieds-id', many: 'Mitglieds-ids', scope: 'über alle Team-Dateien' },
		});
		// Files whose name matches their id claim it first, so a duplicate is blamed on the misnamed file.
		const matchesName = (d: SourceDoc) => Number(rawString(d.raw, 'id') === d.stem);
		const ordered = [...handbook.docs].sort((a, b) => matchesName(b) - matchesName(a));
		for (const doc of ordered) {
			const id = rawString(doc.raw, 'id');
			if (id !== undefined) docIds(id, doc, ['id']);
			// A translated team repeats the original's roles and members; I18N-002 compares them.
			if (doc.type !== 'team' || rawString(doc.raw, 'translationOf') !== undefined) continue;
			rawArray(doc.raw, 'roles').forEach((r, i) => {
				const rid = rawString(r, 'id');
				if (rid !== undefined) roleIds(rid, doc, ['roles', i, 'id']);
			});
			rawArray(doc.raw, 'members').forEach((m, i) => {
				const mid = rawString(m, 'id');
				if (mid !== undefined) memberIds(mid, doc, ['members', i, 'id']);
			});
		}
		for (const doc of allValidDocs(handbook)) {
			const d = checkFileName(doc);
			if (d) out.push(d);
			checkInside(doc, out);
		}
		return out;
	},
};
