/** Handbook configuration: `content/handbook.yaml`. Everything company-specific that is not a document. */
import { z } from 'zod';
import { CORE_LEGAL_AREAS, docRef, httpsUrl, vocab } from './common.ts';
import { languageTag } from './language.ts';
import { vocabularySchema } from './vocabulary.ts';

/** Document types whose review interval can be configured. */
export const REVIEWABLE_TYPES = [
	'guideline',
	'checklist',
	'playbook',
	'team',
	'channel',
	'template',
	'goal',
	'prepublish',
] as const;

/** A term explained wherever a body marks it with `:term[…]`, and listed on the glossary page. */
export const glossaryEntrySchema = z.strictObject({
	/** The term as readers see it, e.g. `Einwilligung`. */
	term: z.string().trim().min(2).max(60),
	/** Language of the term and its definition, e.g. `de`. */
	language: languageTag(),
	/** Other forms that mark the same term in a text, e.g. `Einwilligungen`. */
	aliases: z.array(z.string().trim().min(2).max(60)).optional(),
	/** The explanation, one or two plain sentences. */
	definition: z.string().trim().min(10).max(400),
});

export const handbookSchema = z
	.strictObject({
		/** The company the handbook belongs to. */
		company: z.strictObject({
			/** Company name as shown in the header, e.g. `Beispiel Rohrwerk GmbH`. */
			name: z.string().trim().min(2).max(80),
			/** Path of the logo inside the content folder, e.g. `assets/logo.svg`. */
			logo: z
				.string()
				.regex(/^[A-Za-z0-9_\-/]+\.(svg|png)$/, {
					error: 'must be a path to an .svg or .png file inside the content folder',
				})
				.optional(),
			/** Internet domains of the company's role mailboxes, e.g. `rohrwerk.example`. Mailboxes in team files must use one of them (TEAM-006). */
			mailDomains: z
				.array(
					z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, {
						error: 'must be a domain name like example.com',
					}),
				)
				.min(1)
				.optional(),
			/** Brand colour as a hex value, e.g. `#0b5c8a`. It must have enough contrast on white. */
			primaryColor: z
				.string()
				.regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a hex colour like #0b5c8a' })
				.optional(),
		}),
		/** Languages of the handbook. */
		locales: z.strictObject({
			/** Language readers see first, as a BCP 47 tag, e.g. `de`. */
			default: languageTag(),
			/** All languages the handbook offers, including the default: any BCP 47 tags, e.g. `de`, `en`, `tr`, `pt-BR`. The interface is built in for de and en; other languages show it in English. */
			available: z.array(languageTag()).min(1),
		}),
		/** Review policy for controlled documents. */
		review: z.strictObject({
			/** Longest allowed time between `reviewedOn` and `reviewBy`, in months, per document type. */
			maxIntervalMonths: z.partialRecord(z.enum(REVIEWABLE_TYPES), z.int().min(1).max(60)),
			/** Days before `reviewBy` from which a document counts as due soon. */
			warnDays: z.int().min(1).max(365),
		}),
		/** Legal areas the handbook must cover. */
		legal: z.strictObject({
			/** Areas that need at least one approved checklist (an error otherwise). Always includes the four core areas. */
			requiredAreas: z.array(vocab('legalAreas')).min(CORE_LEGAL_AREAS.length),
			/** Areas that should have a checklist (a warning otherwise). */
			recommendedAreas: z.array(vocab('legalAreas')).optional(),
		}),
		/** Crisis set-up. */
		crisis: z
			.strictObject({
				/** Id of the playbook behind the header's crisis link and the home page card, e.g. `versorgungsausfall`. Other playbooks are listed beside it. Without it, a playbook on the shitstorm scale is chosen. */
				mainPlaybook: docRef('playbook'),
			})
			.optional(),
		/** The company's own legal areas, laws, crisis signals, audiences, template kinds, activities and platforms, added to the built-in ones. */
		vocabulary: vocabularySchema.optional(),
		/** Base address for "edit this page" links, e.g. `https://git.example.com/comms/handbook/-/edit/main/`. */
		editBaseUrl: httpsUrl().optional(),
		/** Treat warnings as errors in every check and build (like `--strict`). */
		strict: z.boolean().optional(),
		/** Working week used for time budgets. */
		workweek: z
			.strictObject({
				/** Working days per week, e.g. `5`. */
				days: z.int().min(1).max(7),
				/** Hours of a full-time job per week, e.g. `40`. */
				fullTimeHours: z.number().min(1).max(60),
			})
			.optional(),
		/** Terms explained on hover and focus in the text and on the glossary page; each defined once per language. */
		glossary: z.array(glossaryEntrySchema).optional(),
		/** What the site search indexes. */
		search: z
			.strictObject({
				/** Whether contact details (names of people and deputies, mailboxes, phone numbers on team, role and contact blocks) can be found with the search. Default `false`: the pages still show them, but the search index does not hold personal data and snippets stay free of contact lines. Role names are always searchable. */
				indexContacts: z.boolean().optional(),
			})
			.optional(),
	})
	.superRefine((config, ctx) => {
		const { default: first, available } = config.locales;
		if (!available.includes(first)) {
			ctx.addIssue({
				code: 'custom',
				path: ['locales', 'default'],
				message: `is "${first}", which is not among locales.available (${available.join(', ')})`,
				params: {
					rule: 'SCH-003',
					expected: `one of ${available.join(', ')}`,
					fix: `Add ${first} to locales.available, or make the default one of ${available.join(', ')}.`,
					de: {
						message: `ist „${first}“, das nicht unter locales.available (${available.join(', ')}) steht`,
						expected: `einer der Werte ${available.join(', ')}`,
						fix: `${first} unter locales.available ergänzen, oder eine von ${available.join(', ')} zur Vorgabe machen.`,
					},
				},
			});
		}
	});

export type HandbookConfig = z.output<typeof handbookSchema>;
