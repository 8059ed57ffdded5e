/**
 * The comparison page in the reader's words: a field path such as
 * `items[creative-commons].legalBasis[1].ref` becomes
 * `Prüffragen „Creative-Commons-Lizenz“ › Rechtsgrundlage 2 › Fundstelle`, and
 * role or member ids in values become the names from the team files. The
 * naming itself is in field-labels.ts (it runs in the browser too); this file
 * gives it the words of the UI dictionary. Pure.
 */
import { dictionaries, uiLanguage } from '../../../i18n/index.ts';
import type { PathSegment } from '../../changes/diff-fields.ts';
import type { RoleIndex } from '../model/roles.ts';
import type { Language } from '../model/types.ts';
import { fieldLabelPartsIn, fieldNameIn, type FieldWords } from './field-labels.ts';

export { holdsPeople, withNames } from './field-labels.ts';

const cache = new Map<string, FieldWords>();

/** The `field.*` words of the UI dictionary in `lang`. */
export function fieldWords(lang: Language): FieldWords {
	const ui = uiLanguage(lang);
	let words = cache.get(ui);
	if (!words) {
		const dictionary: Readonly<Record<string, string>> = dictionaries[ui];
		const fields: Record<string, string> = {};
		for (const [key, text] of Object.entries(dictionary))
			if (key.startsWith('field.')) fields[key.slice('field.'.length)] = text;
		words = { fields, quoted: dictionary['field.quoted']!, entry: dictionary['field.entry']! };
		cache.set(ui, words);
	}
	return words;
}

/** The reader's name of field `key`: from the UI dictionary, else the key in words (`someField` → `some field`). */
export function fieldName(key: string, lang: Language): string {
	return fieldNameIn(key, fieldWords(lang));
}

/** See {@link fieldLabelPartsIn}, with the UI dictionary's words in `lang`. */
export function fieldLabelParts(
	segments: readonly PathSegment[],
	versions: readonly unknown[],
	lang: Language,
): string[] {
	return fieldLabelPartsIn(segments, versions, fieldWords(lang));
}

/** Role and member ids → their names in the reader's language, for values on the comparison page. */
export function idNames(roles: RoleIndex, lang: Language): ReadonlyMap<string, string> {
	const names = new Map<string, string>();
	for (const [id, defs] of roles) {
		const def = defs.find((d) => d.language === lang) ?? defs[0];
		if (!def) continue;
		names.set(id, def.name);
		for (const person of def.people) if (!names.has(person.id)) names.set(person.id, person.name);
	}
	return names;
}
