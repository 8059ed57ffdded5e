/**
 * What `npm run new` needs to know about the handbook it adds to: the roles it
 * can fill in, the channels, and which ids and files are already taken. Read from
 * the data as written, so a handbook with mistakes elsewhere still gets a new file.
 */
import { DOC_TYPES, type DocType } from '../../../schemas/index.ts';
import type { Handbook, SourceDoc } from '../model/model.ts';
import { isRecord, rawArray, rawString } from '../rules/raw.ts';

export interface RoleFact {
	id: string;
	canApprove: boolean;
}

export interface HandbookFacts {
	/** Roles of every team file, in file order. */
	roles: RoleFact[];
	/** Ids of the channels. */
	channels: string[];
	/** Checklist items written as `<checklist-id>#<item-id>`, in file order. */
	checklistItems: string[];
	/** Document ids in use (ids written in files, and file names), of any type. */
	ids: Set<string>;
	/** The handbook's default language, when `handbook.yaml` names one. */
	defaultLanguage: string | undefined;
}

export function factsOf(handbook: Handbook): HandbookFacts {
	const roles: RoleFact[] = [];
	const checklistItems: string[] = [];
	const ids = new Set<string>();
	for (const doc of handbook.docs) {
		ids.add(doc.stem);
		const id = rawString(doc.raw, 'id');
		if (id) ids.add(id);
		if (doc.type === 'checklist') {
			for (const item of rawArray(doc.raw, 'items')) {
				const itemId = rawString(item, 'id');
				if (itemId) checklistItems.push(`${id ?? doc.stem}#${itemId}`);
			}
		}
		if (doc.type !== 'team') continue;
		for (const role of rawArray(doc.raw, 'roles')) {
			const roleId = rawString(role, 'id');
			if (roleId && !roles.some((r) => r.id === roleId))
				roles.push({ id: roleId, canApprove: isRecord(role) && role['canApprove'] === true });
		}
	}
	const locales = isRecord(handbook.config?.raw) ? handbook.config.raw['locales'] : undefined;
	return {
		roles,
		channels: handbook.docs
			.filter((d) => d.type === 'channel')
			.map((d) => rawString(d.raw, 'id') ?? d.stem),
		checklistItems,
		ids,
		defaultLanguage: rawString(locales, 'default'),
	};
}

/** The document with this id, when there is one (of any type). */
export function findDoc(handbook: Handbook, id: string): SourceDoc | undefined {
	return handbook.docs.find((d) => (rawString(d.raw, 'id') ?? d.stem) === id);
}

/** Where a document of `type` with `id` lives, relative to the content folder. */
export function docPath(type: DocType, id: string): string {
	const { folder, format } = DOC_TYPES[type];
	return `${folder}/${id}.${format}`;
}
