/** Converts between the two ways Kodex names a content file. */
import type { Handbook } from './model.ts';

/** `content/guidelines/a.mdx` → `guidelines/a.mdx` (the path inside the content folder). */
export function contentPath(handbook: Pick<Handbook, 'contentRel'>, file: string): string {
	const prefix = handbook.contentRel === '.' ? '' : `${handbook.contentRel}/`;
	return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/** `guidelines/a.mdx` → `content/guidelines/a.mdx` (the path shown to authors). */
export function repoPath(handbook: Pick<Handbook, 'contentRel'>, rel: string): string {
	return handbook.contentRel === '.' ? rel : `${handbook.contentRel}/${rel}`;
}
