/**
 * `kodex:type/id#anchor` addresses: reading one, the anchors a document's page
 * has (item, rule, role, member or level ids), and judging a link for `check`
 * (BODY-005: unknown type, document or anchor, with a "did you mean").
 */
import { DOC_TYPE_NAMES, type DocType } from '../../../schemas/index.ts';
import type { HandbookIndex } from '../rules/handbook-index.ts';
import { isRecord, rawArray } from '../rules/raw.ts';
import { suggest } from '../diagnostics/suggest.ts';
import type { LinkJudge } from './items.ts';

/** A `kodex:` address in its parts. */
export interface KodexUrl {
	type: DocType;
	id: string;
	/** The part after `#`, e.g. an item id; undefined for the whole document. */
	fragment: string | undefined;
}

/** `kodex:checklist/urheberrecht#einwilligung` → its parts; a string explains a malformed address. */
export function parseKodexUrl(url: string): KodexUrl | string {
	const m = /^kodex:([^/#?]*)\/([^/#?]+)(?:#([^#]+))?$/.exec(url.trim());
	if (!m) return 'the address must read kodex:type/id or kodex:type/id#item';
	const type = m[1]!;
	if (!(DOC_TYPE_NAMES as readonly string[]).includes(type)) {
		const near = suggest(type.replace(/s$/, ''), DOC_TYPE_NAMES);
		return `"${type}" is not a document type${near ? ` (did you mean ${near}?)` : ''}`;
	}
	return { type: type as DocType, id: m[2]!, fragment: m[3] };
}

/** Why `url` is not a kodex: address, in German (the counterpart of {@link parseKodexUrl}'s text). */
function kodexUrlProblemDe(url: string): string {
	const m = /^kodex:([^/#?]*)\/([^/#?]+)(?:#([^#]+))?$/.exec(url.trim());
	if (!m) return 'die Adresse muss kodex:typ/kennung oder kodex:typ/kennung#punkt lauten';
	const type = m[1]!;
	const near = suggest(type.replace(/s$/, ''), DOC_TYPE_NAMES);
	return `„${type}“ ist kein Dokumenttyp${near ? ` (gemeint: ${near}?)` : ''}`;
}

/** Kind of anchor a fragment names on each type's page, and where its ids are in the data. */
const ANCHORS: Partial<Record<DocType, { kind: string; list: string; key: string }[]>> = {
	checklist: [{ kind: 'item', list: 'items', key: 'id' }],
	guideline: [{ kind: 'rule', list: 'rules', key: 'id' }],
	team: [
		{ kind: 'role', list: 'roles', key: 'id' },
		{ kind: 'member', list: 'members', key: 'id' },
	],
	playbook: [{ kind: 'level', list: 'levels', key: 'level' }],
};

/** Every fragment a `kodex:` link to a document may name, mapped to the HTML id on its page. */
export function anchorsOf(type: DocType, raw: unknown): Map<string, string> {
	const out = new Map<string, string>();
	for (const { kind, list, key } of ANCHORS[type] ?? []) {
		for (const entry of rawArray(raw, list)) {
			if (!isRecord(entry)) continue;
			const value = entry[key];
			if (typeof value === 'string' || typeof value === 'number')
				if (!out.has(String(value))) out.set(String(value), `${kind}-${value}`);
		}
	}
	return out;
}

/** Whether a `kodex:` link names an existing document and anchor; undefined when it does. */
export function judgeKodex(
	url: string,
	index: HandbookIndex,
	example: string,
): ReturnType<LinkJudge> {
	const parsed = parseKodexUrl(url);
	const expected = `kodex:type/id or kodex:type/id#item, e.g. ${example}`;
	const expectedDe = `kodex:typ/kennung oder kodex:typ/kennung#punkt, z. B. ${example}`;
	if (typeof parsed === 'string') {
		return {
			message: `"${url}": ${parsed}.`,
			value: url,
			expected,
			de: { message: `„${url}“: ${kodexUrlProblemDe(url)}.`, expected: expectedDe },
		};
	}
	const entry = index.typed[parsed.type].get(parsed.id);
	if (!entry) {
		if (index.unreadable.has(parsed.type)) return undefined;
		const near = suggest(parsed.id, index.typed[parsed.type].keys());
		return {
			message: `No ${parsed.type} has the id "${parsed.id}".`,
			value: url,
			expected,
			...(near ? { didYouMean: `kodex:${parsed.type}/${near}` } : {}),
			fix: near
				? `Write kodex:${parsed.type}/${near}.`
				: `Use the id of an existing ${parsed.type}.`,
			de: {
				message: `Kein Dokument vom Typ ${parsed.type} hat die Kennung „${parsed.id}“.`,
				expected: expectedDe,
				fix: near
					? `Stattdessen kodex:${parsed.type}/${near} schreiben.`
					: `Die Kennung eines vorhandenen Dokuments vom Typ ${parsed.type} verwenden.`,
			},
		};
	}
	if (parsed.fragment === undefined) return undefined;
	const anchors = anchorsOf(parsed.type, entry.doc.raw);
	if (anchors.has(parsed.fragment)) return undefined;
	const near = suggest(parsed.fragment, anchors.keys());
	return {
		message: `The ${parsed.type} "${parsed.id}" has nothing with the id "${parsed.fragment}".`,
		value: url,
		expected: anchors.size
			? `one of its ids, e.g. ${[...anchors.keys()].slice(0, 3).join(', ')}`
			: `kodex:${parsed.type}/${parsed.id} without #…`,
		...(near ? { didYouMean: `kodex:${parsed.type}/${parsed.id}#${near}` } : {}),
		fix: near
			? `Write kodex:${parsed.type}/${parsed.id}#${near}.`
			: 'Correct the part after #, or delete it.',
		de: {
			message: `In ${parsed.type} „${parsed.id}“ gibt es nichts mit der Kennung „${parsed.fragment}“.`,
			expected: anchors.size
				? `eine seiner Kennungen, z. B. ${[...anchors.keys()].slice(0, 3).join(', ')}`
				: `kodex:${parsed.type}/${parsed.id} ohne #…`,
			fix: near
				? `Stattdessen kodex:${parsed.type}/${parsed.id}#${near} schreiben.`
				: 'Den Teil nach # korrigieren oder löschen.',
		},
	};
}
