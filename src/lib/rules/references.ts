/** REF-001: every reference resolves. REF-002: references to deprecated documents. */
import { DOC_TYPES, type DocType } from '../../../schemas/index.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import type { Handbook, ValidDoc } from '../model/model.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { approverList } from './approval.ts';
import { allValidDocs, type DocEntry, type HandbookIndex } from './handbook-index.ts';
import { collectRefs, type RefSite } from './refs.ts';
import { listIds, reporter, type Finding } from './report.ts';
import type { Rule } from './types.ts';
import { typeDe } from './wording-de.ts';

const report = reporter('REF-001', 'error');
const warn = reporter('REF-002', 'warning');

/** Why `ref` does not resolve, or undefined when it does. */
export function unresolved(index: HandbookIndex, ref: RefSite): Finding | undefined {
	const v = ref.value;
	switch (ref.kind) {
		case 'role':
			if (index.roles.has(v) || index.unreadable.has('team')) return undefined;
			if (index.externalParties.has(v)) {
				const expectedDe = ref.approval
					? `eine Rolle mit canApprove: true, z. B. ${approverList(index, undefined, 'de')}`
					: `die id einer Rolle aus einer Team-Datei, z. B. ${listIds(index.roles.keys(), 5, 'de')}`;
				return {
					message: ref.approval
						? `"${v}" is an external party; external parties are notified, they never approve.`
						: `"${v}" is an external party, not a role.`,
					expected: ref.approval
						? `a role with canApprove: true, e.g. ${approverList(index)}`
						: `a role id from a team file, e.g. ${listIds(index.roles.keys())}`,
					fix: ref.approval
						? 'Name a role of your own organisation here, and list the party under notifyExternal.'
						: 'List external parties under notifyExternal.',
					de: {
						message: ref.approval
							? `„${v}“ ist eine externe Stelle; externe Stellen werden benachrichtigt, sie geben nie frei.`
							: `„${v}“ ist eine externe Stelle, keine Rolle.`,
						expected: expectedDe,
						fix: ref.approval
							? 'Hier eine Rolle der eigenen Organisation nennen und die Stelle unter notifyExternal aufführen.'
							: 'Externe Stellen unter notifyExternal aufführen.',
					},
				};
			}
			return {
				message: `Role "${v}" is not defined in any team file.`,
				expected: ref.approval
					? `a role with canApprove: true, e.g. ${approverList(index)}`
					: `a role id from a team file, e.g. ${listIds(index.roles.keys())}`,
				didYouMean: suggest(v, index.roles.keys()),
				fix: `Use an existing role id, or add a role "${v}" to a file in teams/.`,
				de: {
					message: `Die Rolle „${v}“ ist in keiner Team-Datei festgelegt.`,
					expected: ref.approval
						? `eine Rolle mit canApprove: true, z. B. ${approverList(index, undefined, 'de')}`
						: `die id einer Rolle aus einer Team-Datei, z. B. ${listIds(index.roles.keys(), 5, 'de')}`,
					fix: `Eine vorhandene Rollen-id verwenden oder eine Rolle „${v}“ in einer Datei in teams/ anlegen.`,
				},
			};
		case 'member':
			if (index.members.has(v) || index.unreadable.has('team')) return undefined;
			return {
				message: `No team member has the id "${v}".`,
				expected: `a member id from a team file, e.g. ${listIds(index.members.keys())}`,
				didYouMean: suggest(v, index.members.keys()),
				fix: 'Use the id of an existing member.',
				de: {
					message: `Kein Teammitglied hat die id „${v}“.`,
					expected: `die id eines Mitglieds aus einer Team-Datei, z. B. ${listIds(index.members.keys(), 5, 'de')}`,
					fix: 'Die id eines vorhandenen Mitglieds verwenden.',
				},
			};
		case 'external-party':
			if (index.externalParties.has(v) || index.unreadable.has('team')) return undefined;
			return {
				message: `No team file defines the external party "${v}".`,
				expected: index.externalParties.size
					? `an external party id, e.g. ${listIds(index.externalParties.keys())}`
					: 'an id from externalParties in a team file',
				didYouMean: suggest(v, index.externalParties.keys()),
				fix: `Use an existing id, or add "${v}" under externalParties in a file in teams/ (name, function, reach, when).`,
				de: {
					message: `Keine Team-Datei legt die externe Stelle „${v}“ fest.`,
					expected: index.externalParties.size
						? `die id einer externen Stelle, z. B. ${listIds(index.externalParties.keys(), 5, 'de')}`
						: 'eine id aus externalParties in einer Team-Datei',
					fix: `Eine vorhandene id verwenden oder „${v}“ unter externalParties in einer Datei in teams/ anlegen (name, function, reach, when).`,
				},
			};
		case 'document':
			if (index.docs.has(v)) return undefined;
			return {
				message: `No document has the id "${v}".`,
				expected: `the id of any document, e.g. ${listIds(index.docs.keys())}`,
				didYouMean: suggest(v, index.docs.keys()),
				fix: 'Use the id of an existing document (its file name without extension).',
				de: {
					message: `Kein Dokument hat die id „${v}“.`,
					expected: `die id eines beliebigen Dokuments, z. B. ${listIds(index.docs.keys(), 5, 'de')}`,
					fix: 'Die id eines vorhandenen Dokuments verwenden (seinen Dateinamen ohne Endung).',
				},
			};
		case 'checklist-item':
			return unresolvedItem(index, v);
		default:
			return unresolvedDoc(index, ref.kind, v);
	}
}

function unresolvedDoc(index: HandbookIndex, type: DocType, v: string): Finding | undefined {
	if (index.typed[type].has(v)) return undefined;
	const ids = index.typed[type].keys();
	const other = index.docs.get(v);
	const expected = `a ${type} id, e.g. ${listIds(index.typed[type].keys())}`;
	const expectedDe = `die id eines Dokuments vom Typ ${typeDe(type)}, z. B. ${listIds(index.typed[type].keys(), 5, 'de')}`;
	if (other)
		return {
			message: `"${v}" is a ${other.type}, but a ${type} is expected here.`,
			expected,
			didYouMean: suggest(v, ids),
			fix: `Point to a ${type} instead of the ${other.type} "${v}".`,
			de: {
				message: `„${v}“ ist vom Typ ${typeDe(other.type)}, hier wird aber ${typeDe(type)} erwartet.`,
				expected: expectedDe,
				fix: `Auf ein Dokument vom Typ ${typeDe(type)} verweisen statt auf „${v}“ (${typeDe(other.type)}).`,
			},
		};
	const file = `${DOC_TYPES[type].folder}/${v}.${DOC_TYPES[type].format}`;
	const sameName = index.byType[type].find((e) => e.doc.stem === v);
	return {
		message: `No ${type} has the id "${v}".`,
		expected,
		didYouMean: suggest(v, ids),
		fix: sameName
			? `${sameName.doc.file} declares the id "${sameName.id}"; make its id "${v}" (ids equal file names), or point here to "${sameName.id}".`
			: `Use the id of an existing ${type}, or create ${file}.`,
		de: {
			message: `Kein Dokument vom Typ ${typeDe(type)} hat die id „${v}“.`,
			expected: expectedDe,
			fix: sameName
				? `${sameName.doc.file} gibt die id „${sameName.id}“ an; dort die id „${v}“ eintragen (ids gleichen den Dateinamen) oder hier auf „${sameName.id}“ verweisen.`
				: `Die id eines vorhandenen Dokuments vom Typ ${typeDe(type)} verwenden oder ${file} anlegen.`,
		},
	};
}

function unresolvedItem(index: HandbookIndex, v: string): Finding | undefined {
	const [checklistId = '', itemId = ''] = v.split('#');
	const docProblem = unresolvedDoc(index, 'checklist', checklistId);
	if (docProblem) {
		const alt = docProblem.didYouMean;
		return { ...docProblem, didYouMean: alt === undefined ? undefined : `${alt}#${itemId}` };
	}
	if (index.checklistItems.has(v)) return undefined;
	const checklist = index.typed.checklist.get(checklistId);
	if (checklist && checklist.doc.raw === undefined) return undefined; // its YAML error says why
	const items = [...index.checklistItems.values()]
		.filter((e) => e.checklist.id === checklistId)
		.map((e) => e.itemId);
	const alt = suggest(itemId, items);
	return {
		message: `Checklist "${checklistId}" has no item "${itemId}".`,
		expected: `<checklist-id>#<item-id> with an item of ${checklistId}, e.g. ${listIds(
			items.map((i) => `${checklistId}#${i}`),
			3,
		)}`,
		didYouMean: alt === undefined ? undefined : `${checklistId}#${alt}`,
		fix: `Use one of the item ids of checklist "${checklistId}".`,
		de: {
			message: `Die Checkliste „${checklistId}“ hat keinen Punkt „${itemId}“.`,
			expected: `<checklist-id>#<item-id> mit einem Punkt von ${checklistId}, z. B. ${listIds(
				items.map((i) => `${checklistId}#${i}`),
				3,
				'de',
			)}`,
			fix: `Eine der Punkt-ids der Checkliste „${checklistId}“ verwenden.`,
		},
	};
}

/** The document a resolved document reference points to. */
export function target(index: HandbookIndex, ref: RefSite): DocEntry | undefined {
	if (ref.kind === 'role' || ref.kind === 'member' || ref.kind === 'external-party')
		return undefined;
	if (ref.kind === 'document') return index.docs.get(ref.value);
	if (ref.kind === 'checklist-item')
		return index.typed.checklist.get(ref.value.split('#')[0] ?? '');
	return index.typed[ref.kind].get(ref.value);
}

function eachRef(docs: ValidDoc[], fn: (doc: ValidDoc, ref: RefSite) => Diagnostic | undefined) {
	const out: Diagnostic[] = [];
	for (const doc of docs)
		for (const ref of collectRefs(doc)) {
			const d = fn(doc, ref);
			if (d) out.push(d);
		}
	return out;
}

export const referencesResolve: Rule = {
	id: 'REF-001',
	severity: 'error',
	title: 'Every reference to a role, member or document points to something that exists.',
	check: ({ handbook, index }) => [
		...eachRef(allValidDocs(handbook), (doc, ref) => {
			const problem = unresolved(index, ref);
			return problem && report(doc, ref.path, { ...problem, value: ref.value, at: ref.at });
		}),
		...configRefs(handbook, index),
	],
};

/** handbook.yaml's own references: the main crisis playbook. */
function configRefs(handbook: Handbook, index: HandbookIndex): Diagnostic[] {
	const config = handbook.config;
	const main = config?.data?.crisis?.mainPlaybook;
	if (!config || main === undefined) return [];
	const problem = unresolvedDoc(index, 'playbook', main);
	return problem ? [report(config, ['crisis', 'mainPlaybook'], { ...problem, value: main })] : [];
}

export const noDeprecatedReferences: Rule = {
	id: 'REF-002',
	severity: 'warning',
	title: 'References should not point to deprecated documents.',
	check: ({ handbook, index }) =>
		eachRef(
			allValidDocs(handbook).filter((d) => d.data.status !== 'deprecated'),
			(doc, ref) => {
				const t = target(index, ref);
				if (t?.status !== 'deprecated' || unresolved(index, ref)) return undefined;
				return warn(doc, ref.path, {
					message: `"${ref.value}" points to the ${t.type} "${t.id}", which is deprecated.`,
					value: ref.value,
					expected: 'a reference to a document that is still in use',
					fix: 'Point to the document that replaces it, or remove the reference.',
					de: {
						message: `„${ref.value}“ verweist auf das Dokument „${t.id}“ (${typeDe(t.type)}), das veraltet ist (status: deprecated).`,
						expected: 'ein Verweis auf ein Dokument, das noch gilt',
						fix: 'Auf das Dokument verweisen, das es ersetzt, oder den Verweis entfernen.',
					},
				});
			},
		),
};
