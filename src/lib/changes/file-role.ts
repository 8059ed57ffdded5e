/** What a path inside the content folder is: a document of some type, the settings, or another file. */
import { DOC_TYPE_NAMES, DOC_TYPES, HANDBOOK_FILE, type DocType } from '../../../schemas/index.ts';
import { isDefaultsFile } from '../load/defaults.ts';

const FOLDER_TYPES = new Map(DOC_TYPE_NAMES.map((t) => [DOC_TYPES[t].folder, t] as const));

/**
 * The document type of a content path, 'settings' for handbook.yaml and the folder defaults
 * (`_defaults.yaml`), or 'other' (assets …).
 */
export function fileRole(path: string): DocType | 'settings' | 'other' {
	if (path === HANDBOOK_FILE || isDefaultsFile(path)) return 'settings';
	const [folder, ...rest] = path.split('/');
	const type = FOLDER_TYPES.get(folder ?? '');
	if (!type || rest.length === 0) return 'other';
	const ok = DOC_TYPES[type].format === 'mdx' ? /\.mdx$/.test(path) : /\.ya?ml$/.test(path);
	return ok ? type : 'other';
}
