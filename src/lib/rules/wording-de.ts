/** German words the rules' German wordings share, so each is written once. */
import type { DocType } from '../../../schemas/index.ts';
import { t } from '../../i18n/index.ts';

/** The German name of a document type (`Richtlinie`, `Checkliste` …), from the site's dictionary. */
export function typeDe(type: DocType): string {
	return t('de', `docType.${type}`);
}

/** `1 Tag` / `3 Tagen`: a number of days after "vor", "in" or "seit". */
export function daysDe(n: number): string {
	return `${n} ${n === 1 ? 'Tag' : 'Tagen'}`;
}
