/**
 * Translations that drift from their original.
 *
 * I18N-003: a translated checklist asks exactly the questions of its original (same item ids)
 * and a translated guideline states exactly its rules (same rule ids). Readers of the other
 * language would otherwise miss a question or a rule, and links such as `urheberrecht#quelle`
 * would not resolve the same way in both languages.
 *
 * I18N-004: a translation's version is not behind its original's. When the original moves on
 * (a new rule, a changed answer), the translation must be updated and given the same version.
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import type { ValidDoc } from '../model/model.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { allValidDocs } from './handbook-index.ts';
import { reporter } from './report.ts';
import type { Rule } from './types.ts';
import { pluralNoun } from '../util/plural.ts';
import { typeDe } from './wording-de.ts';

const structure = reporter('I18N-003', 'warning');
const version = reporter('I18N-004', 'warning');

/** The list of a document type whose entries must match one by one across languages. */
const PARTS = {
	checklist: {
		key: 'items',
		noun: 'item',
		de: {
			one: 'Punkt',
			many: 'Punkte',
			id: 'Punkt-ids',
			article: 'Der',
			articleAcc: 'Den',
			it: 'ihn',
			theMissing: 'Den fehlenden Punkt',
		},
	},
	guideline: {
		key: 'rules',
		noun: 'rule',
		de: {
			one: 'Regel',
			many: 'Regeln',
			id: 'Regel-ids',
			article: 'Die',
			articleAcc: 'Die',
			it: 'sie',
			theMissing: 'Die fehlende Regel',
		},
	},
} as const;

type PartType = keyof typeof PARTS;

function isPartType(type: string): type is PartType {
	return type in PARTS;
}

function entryIds(doc: ValidDoc): string[] {
	if (!isPartType(doc.type)) return [];
	const list = (doc.data as unknown as Record<string, unknown>)[PARTS[doc.type].key];
	return Array.isArray(list) ? list.map((entry: { id: string }) => entry.id) : [];
}

/** Pairs of (translation, original) whose original exists, is valid and has the same type. */
function translations(docs: ValidDoc[]): [ValidDoc, ValidDoc][] {
	const byId = new Map(docs.map((d) => [d.data.id, d]));
	const pairs: [ValidDoc, ValidDoc][] = [];
	for (const doc of docs) {
		const original = doc.data.translationOf ? byId.get(doc.data.translationOf) : undefined;
		// Unknown targets are REF-001's job, wrong types or languages I18N-001's.
		if (!original || original === doc || original.type !== doc.type) continue;
		if (original.data.language === doc.data.language) continue;
		pairs.push([doc, original]);
	}
	return pairs;
}

const quoted = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');

export const translationStructureMatches: Rule = {
	id: 'I18N-003',
	severity: 'warning',
	title: 'A translated checklist or guideline has exactly the item or rule ids of its original.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const [doc, original] of translations(allValidDocs(handbook))) {
			if (!isPartType(doc.type)) continue;
			const { key, noun, de } = PARTS[doc.type];
			const mine = entryIds(doc);
			const theirs = entryIds(original);
			const missing = theirs.filter((id) => !mine.includes(id));
			mine.forEach((id, i) => {
				if (theirs.includes(id)) return;
				out.push(
					structure(doc, [key, i, 'id'], {
						message: `The ${noun} "${id}" does not exist in the original ${doc.type} "${original.data.id}".`,
						value: id,
						expected: `one of the ${noun} ids of ${original.file}`,
						didYouMean: suggest(id, missing),
						fix: `Use the ${noun} ids of the original; only the texts are translated. Add new ${pluralNoun(noun, 2)} to the original first.`,
						de: {
							message: `${de.articleAcc} ${de.one} „${id}“ gibt es im Original „${original.data.id}“ (${typeDe(doc.type)}) nicht.`,
							expected: `eine der ${de.id} von ${original.file}`,
							fix: `Die ${de.id} des Originals verwenden; übersetzt werden nur die Texte. Neue ${de.many} zuerst im Original ergänzen.`,
						},
					}),
				);
			});
			if (missing.length) {
				out.push(
					structure(doc, [key], {
						message: `The translation lacks the ${pluralNoun(noun, missing.length)} ${quoted(missing)} of "${original.data.id}"; its readers would not see ${missing.length === 1 ? 'it' : 'them'}.`,
						value: missing,
						expected: `every ${noun} of ${original.file}, translated`,
						fix: `Translate the missing ${pluralNoun(noun, missing.length)} with the same ids.`,
						at: 'key',
						de: {
							message: `Der Übersetzung ${missing.length === 1 ? `fehlt ${de.article.toLowerCase()} ${de.one}` : `fehlen die ${de.many}`} ${quoted(missing)} von „${original.data.id}“; ihre Lesenden würden ${missing.length === 1 ? de.it : 'sie'} nicht sehen.`,
							expected: `alle ${de.many} von ${original.file}, übersetzt`,
							fix: `${missing.length === 1 ? de.theMissing : `Die fehlenden ${de.many}`} mit denselben ids übersetzen.`,
						},
					}),
				);
			}
		}
		return out;
	},
};

export const translationVersionCurrent: Rule = {
	id: 'I18N-004',
	severity: 'warning',
	title: 'A translation is not behind its original’s version.',
	check({ handbook }) {
		const out: Diagnostic[] = [];
		for (const [doc, original] of translations(allValidDocs(handbook))) {
			const theirs = original.data.version;
			const mine = doc.data.version;
			if (theirs === undefined || (mine !== undefined && mine >= theirs)) continue;
			out.push(
				version(doc, ['version'], {
					message:
						mine === undefined
							? `The original "${original.data.id}" is at version ${theirs}, but the translation has no version.`
							: `The translation is at version ${mine}, but the original "${original.data.id}" is at version ${theirs}; it may miss changes.`,
					...(mine === undefined ? {} : { value: mine }),
					expected: `version: ${theirs}, after bringing the text in line with ${original.file}`,
					fix: `Compare with the original (its history shows what changed), update the translation, then set version: ${theirs}.`,
					de: {
						message:
							mine === undefined
								? `Das Original „${original.data.id}“ hat version ${theirs}, die Übersetzung aber keine version.`
								: `Die Übersetzung hat version ${mine}, das Original „${original.data.id}“ aber version ${theirs}; ihr fehlen womöglich Änderungen.`,
						expected: `version: ${theirs}, nachdem der Text an ${original.file} angeglichen ist`,
						fix: `Mit dem Original vergleichen (sein Verlauf zeigt, was sich geändert hat), die Übersetzung anpassen, dann version: ${theirs} setzen.`,
					},
					...(mine === undefined ? { at: 'key' as const, anchor: ['translationOf'] } : {}),
				}),
			);
		}
		return out;
	},
};
