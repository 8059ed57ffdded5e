/** Where pages live. All paths are root-relative and end with a slash (trailingSlash: always). */
import {
	DOC_TYPE_NAMES,
	DOC_TYPES,
	type DocType,
	type Language,
} from '../../../../schemas/index.ts';

/** `/de/` */
export function homePath(lang: Language): string {
	return `/${lang}/`;
}

/** `/de/guidelines/` */
export function sectionPath(lang: Language, type: DocType): string {
	return `/${lang}/${DOC_TYPES[type].folder}/`;
}

/** `/de/guidelines/fotos/` — a document lives under its own language. */
export function docPath(type: DocType, id: string, language: Language): string {
	return `/${language}/${DOC_TYPES[type].folder}/${id}/`;
}

/** The document type whose folder is `folder`, e.g. `guidelines` → `guideline`. */
export function typeForFolder(folder: string): DocType | undefined {
	return DOC_TYPE_NAMES.find((type) => DOC_TYPES[type].folder === folder);
}

/**
 * Prefixes a root-relative path with the site base (Astro's `BASE_URL`),
 * e.g. `withBase('/de/', '/handbuch')` → `/handbuch/de/`.
 */
export function withBase(path: string, base: string): string {
	const trimmed = base.replace(/\/+$/, '');
	if (!path.startsWith('/')) return path;
	return `${trimmed}${path}`;
}

/** Anchor id for a checklist item, a role or a member on its page. */
export function anchorId(kind: 'item' | 'role' | 'member' | 'rule' | 'level', id: string): string {
	return `${kind}-${id}`;
}
