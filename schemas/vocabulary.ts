/**
 * The company's own vocabulary: the `vocabulary` section of `handbook.yaml`.
 *
 * Fields such as a checklist's `legalArea` or a trigger's `signal` take their
 * values from a list that Kodex ships with defaults (src/lib/vocabulary/) and a
 * company extends here. The schemas accept any slug in those fields (see
 * `vocab`); the loader checks each value against the merged list, and the JSON
 * Schema export writes the merged list as the field's `enum`.
 */
import { z } from 'zod';
import { slug } from './common.ts';
import { languageTag } from './language.ts';

export { VOCABULARY_KINDS, vocab, type VocabularyKind } from './common.ts';

/** Text per language tag, e.g. `{ de: Trinkwasser, en: Drinking water }`. */
export const labelsSchema = z.record(languageTag(), z.string().trim().min(1).max(120));

/** One entry a company adds to a list, or a built-in entry it relabels. */
export const vocabularyEntrySchema = z.strictObject({
	/** Id written in the documents, e.g. `drinking-water`. An id of a built-in entry replaces its labels. */
	id: slug(),
	/** Name shown on the site, per language, e.g. `{ de: Trinkwasserrecht, en: Drinking-water law }`. Give one for every site language. */
	label: labelsSchema,
});

/** A kind of response template a company adds, or a built-in kind it relabels. */
export const templateKindEntrySchema = vocabularyEntrySchema.extend({
	/** Whether templates of this kind are holding statements: the prepared first public reply that a playbook level names under `holdingStatements` (PB-004). The built-in `holding-statement` is one; set `true` for your own, e.g. `first-statement` or `public-warning`. */
	holdingStatement: z.boolean().optional(),
});

/** A law (or other source) a checklist item can cite as `legalBasis.law`. */
export const lawEntrySchema = z.strictObject({
	/** Abbreviation written in `legalBasis.law` and in prose, e.g. `EnWG`. */
	id: z
		.string()
		.regex(/^[A-Za-z][A-Za-z0-9-]{0,19}$/, { error: 'must be a short abbreviation like EnWG' })
		.meta({ examples: ['EnWG'] }),
	/** Full name per language, e.g. `{ de: Energiewirtschaftsgesetz, en: Energy Industry Act }`. */
	name: labelsSchema,
	/** Whether provisions are sections (`§ 5`) or articles (`Art. 5`). Default `section`. */
	provisions: z.enum(['section', 'article']).optional(),
	/** Address of the whole official text, e.g. `https://www.gesetze-im-internet.de/enwg_2005/`. */
	url: z
		.url({ protocol: /^https$/, error: 'must be a web address starting with https://' })
		.optional(),
	/** Address of one provision, with `{n}` for its number, e.g. `https://www.gesetze-im-internet.de/enwg_2005/__{n}.html`. */
	provisionUrl: z
		.string()
		.regex(/^https:\/\/\S*\{n\}\S*$/, {
			error: 'must be a web address starting with https:// that contains {n}',
		})
		.optional(),
	/** Abbreviation of the law that replaced this one; citing this one then gives a warning (LEG-004). */
	replacedBy: z.string().trim().min(1).optional(),
	/** Date from which `replacedBy` applies, e.g. `2024-05-14`. */
	replacedOn: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be an ISO date (YYYY-MM-DD)' })
		.optional(),
});

/** The company's additions to the built-in lists; every key is optional. */
export const vocabularySchema = z.strictObject({
	/** Areas of law a checklist can cover, beyond copyright, trademark, competition, personality and the other built-in ones. */
	legalAreas: z.array(vocabularyEntrySchema).optional(),
	/** Topics of checklists that are not about law, e.g. `critical-infrastructure`; a checklist names one as `topic` instead of `legalArea`. */
	checklistTopics: z.array(vocabularyEntrySchema).optional(),
	/** Signals that can start a crisis playbook, e.g. `supply-outage`. */
	signals: z.array(vocabularyEntrySchema).optional(),
	/** Who documents are written for, e.g. `on-call-staff`. */
	audiences: z.array(vocabularyEntrySchema).optional(),
	/** Kinds of response template, e.g. `public-warning`; `holdingStatement: true` marks a kind whose templates a playbook may use as holding statements. */
	templateKinds: z.array(templateKindEntrySchema).optional(),
	/** Activities of a time budget, e.g. `on-call-duty`. */
	activities: z.array(vocabularyEntrySchema).optional(),
	/** Platforms a channel can be on, e.g. `outage-map`. */
	platforms: z.array(vocabularyEntrySchema).optional(),
	/** Laws a legal basis can cite, beyond the built-in German and EU ones, e.g. `EnWG`. An entry with a built-in abbreviation replaces it. */
	laws: z.array(lawEntrySchema).optional(),
});

export type VocabularyConfig = z.output<typeof vocabularySchema>;
export type VocabularyEntry = z.output<typeof vocabularyEntrySchema> & {
	/** Only on template kinds: see {@link templateKindEntrySchema}. */
	holdingStatement?: boolean | undefined;
};
export type LawEntry = z.output<typeof lawEntrySchema>;
