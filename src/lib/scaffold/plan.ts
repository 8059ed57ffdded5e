/**
 * Decides what `npm run new` writes: checks the request against the handbook
 * (known type, well-formed and unused id, a language the schema accepts, a
 * translation into another language) and returns the file, or the reason it
 * must not be written.
 */
import {
	commonFields,
	DOC_TYPE_NAMES,
	SLUG_PATTERN,
	type DocType,
} from '../../../schemas/index.ts';
import type { Handbook } from '../model/model.ts';
import { isRecord, rawString } from '../rules/raw.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { factsOf, findDoc } from './facts.ts';
import { scaffoldDocument, type ScaffoldedFile } from './templates.ts';
import { scaffoldTranslation } from './translation.ts';

export interface NewRequest {
	/** Document type; optional for a translation (the original's type). */
	type?: string | undefined;
	id?: string | undefined;
	/** Language; default: the handbook's default (translations: another language of the handbook). */
	language?: string | undefined;
	title?: string | undefined;
	/** Id of the document this one translates. */
	translationOf?: string | undefined;
}

/** A request that cannot be carried out, with a message for the author. */
export class Refusal extends Error {}

const didYouMean = (hint: string | undefined) => (hint ? ` Did you mean "${hint}"?` : '');

export function checkType(type: string | undefined): DocType {
	if (type && (DOC_TYPE_NAMES as string[]).includes(type)) return type as DocType;
	throw new Refusal(
		`"${type ?? ''}" is not a document type; use one of ${DOC_TYPE_NAMES.join(', ')}.${didYouMean(type && suggest(type, DOC_TYPE_NAMES))}`,
	);
}

export function checkId(id: string | undefined): string {
	if (id && SLUG_PATTERN.test(id)) return id;
	throw new Refusal(
		`"${id ?? ''}" cannot be an id: write lower-case words joined by hyphens, e.g. fotos-auf-messen. The id is also the file name.`,
	);
}

export function checkLanguage(language: string): string {
	if (commonFields.language.safeParse(language).success) return language;
	throw new Refusal(`"${language}" is not a language the handbook accepts, e.g. de or en.`);
}

function availableLanguages(handbook: Handbook): string[] {
	const locales = isRecord(handbook.config?.raw) ? handbook.config.raw['locales'] : undefined;
	const list = isRecord(locales) ? locales['available'] : undefined;
	return Array.isArray(list) ? list.filter((l): l is string => typeof l === 'string') : [];
}

/** The file to write for `request`, relative to the content folder; throws a Refusal. */
export function planNewDocument(
	request: NewRequest,
	handbook: Handbook,
	today: string,
): ScaffoldedFile {
	const facts = factsOf(handbook);
	const id = checkId(request.id);
	if (facts.ids.has(id)) {
		const taken = findDoc(handbook, id) ?? handbook.docs.find((d) => d.stem === id);
		throw new Refusal(
			`The id "${id}" is already used${taken ? ` by ${taken.file}` : ''}; ids must be unique. Choose another id.`,
		);
	}
	if (request.translationOf !== undefined) {
		const original = findDoc(handbook, request.translationOf);
		if (!original) {
			const known = handbook.docs.map((d) => rawString(d.raw, 'id') ?? d.stem);
			throw new Refusal(
				`There is no document with the id "${request.translationOf}" to translate.${didYouMean(suggest(request.translationOf, known))}`,
			);
		}
		if (request.type !== undefined && checkType(request.type) !== original.type) {
			throw new Refusal(
				`"${request.translationOf}" is a ${original.type}; a translation has the same type as its original.`,
			);
		}
		const from = rawString(original.raw, 'language');
		const language = checkLanguage(
			request.language ?? availableLanguages(handbook).find((l) => l !== from) ?? '',
		);
		if (language === from) {
			throw new Refusal(
				`"${request.translationOf}" is already written in ${from}; give the language of the translation with --lang.`,
			);
		}
		return scaffoldTranslation(original, id, language, request.title);
	}
	const type = checkType(request.type);
	const language = checkLanguage(request.language ?? facts.defaultLanguage ?? 'de');
	return scaffoldDocument({ type, id, language, title: request.title }, facts, today);
}
