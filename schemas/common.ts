/**
 * Building blocks shared by every Kodex content schema.
 *
 * Plain zod, no Astro imports: the CLI, the Astro content config and the JSON
 * Schema export all import these. Values stay exactly as authored (dates and
 * durations are strings) so that validated data can be validated again and
 * exported to JSON Schema without transforms. Languages (the interface's and
 * a document's, as BCP 47 tags) are in language.ts.
 */
import { z } from 'zod';
import { languageTag } from './language.ts';

/** Lower-case words joined by single hyphens, e.g. `social-media-manager`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO calendar date, e.g. `2027-03-31`. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** ISO 8601 duration limited to days, hours and minutes, e.g. `PT1H`, `PT30M`, `P3D`. */
export const DURATION_PATTERN = /^P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?)?$/;
/** Template placeholder syntax: `{{variableName}}`. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** Longest id: ids become file names, URL segments and search keys. */
export const MAX_ID_LENGTH = 64;

/** An identifier written as a slug, at most {@link MAX_ID_LENGTH} characters. */
export const slug = () =>
	z
		.string()
		.regex(SLUG_PATTERN, { error: 'must be lower-case words joined by hyphens' })
		.max(MAX_ID_LENGTH)
		.meta({ format: 'slug', examples: ['social-media-manager'] });

/** True when `value` is a real calendar day (rejects 2027-02-30). */
export function isCalendarDate(value: string): boolean {
	if (!DATE_PATTERN.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date written as `YYYY-MM-DD`. */
export const isoDate = () =>
	z
		.string()
		.regex(DATE_PATTERN, { error: 'must be an ISO date (YYYY-MM-DD)' })
		.refine((v) => !DATE_PATTERN.test(v) || isCalendarDate(v), {
			error: 'is not a real calendar date',
		})
		.meta({ format: 'date', examples: ['2027-03-31'] });

/** A duration written in ISO 8601, limited to days, hours and minutes. */
export const duration = () =>
	z
		.string()
		.regex(DURATION_PATTERN, { error: 'must be an ISO 8601 duration' })
		.meta({ format: 'duration', examples: ['PT1H', 'PT30M', 'P1D'] });

/** An absolute web address that must use https (plain http is refused). */
export const httpsUrl = () =>
	z
		.url({ protocol: /^https$/, error: 'must be a web address starting with https://' })
		.meta({ examples: ['https://www.example.com/impressum'] });

/** A role mailbox or other e-mail address. */
export const email = () =>
	z.email({ error: 'must be an e-mail address' }).meta({ examples: ['social-media@example.com'] });

/** Reference to a role defined in a team file (`content/teams/*.yaml`). */
export const roleRef = () => slug().meta({ ref: 'role', examples: ['social-media-manager'] });
/** Reference to an external party (authority or outside contact) defined in a team file. */
export const externalPartyRef = () =>
	slug().meta({ ref: 'external-party', examples: ['gesundheitsamt'] });
/** Reference to a member defined in a team file. */
export const memberRef = () => slug().meta({ ref: 'member', examples: ['anna-berger'] });
/** Reference to any document by its id. */
export const docRef = (type?: string) =>
	slug().meta({ ref: type ?? 'document', examples: ['urheberrecht'] });
/** Reference to one item of a checklist: `<checklist-id>#<item-id>`. */
export const checklistItemRef = () =>
	z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, {
			error: 'must be written as <checklist-id>#<item-id>',
		})
		.meta({ ref: 'checklist-item', examples: ['urheberrecht#lizenz-vorhanden'] });

/** The extensible lists, by their key under `vocabulary:` in handbook.yaml. */
export const VOCABULARY_KINDS = [
	'legalAreas',
	'checklistTopics',
	'signals',
	'audiences',
	'templateKinds',
	'activities',
	'platforms',
] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

/** A field whose value must be an entry of the merged vocabulary list `kind`. */
export const vocab = (kind: VocabularyKind) =>
	slug().meta({ vocabulary: kind, examples: [VOCABULARY_EXAMPLES[kind]] });

const VOCABULARY_EXAMPLES: Record<VocabularyKind, string> = {
	legalAreas: 'copyright',
	checklistTopics: 'accessibility',
	signals: 'volume-spike',
	audiences: 'all-employees',
	templateKinds: 'holding-statement',
	activities: 'monitoring',
	platforms: 'instagram',
};

/**
 * Lifecycle of a controlled document: `draft` → `in-review` → `approved`, and at the
 * end either `superseded` (replaced by the document named in `supersededBy`) or
 * `deprecated` (withdrawn without a replacement).
 */
export const STATUSES = ['draft', 'in-review', 'approved', 'superseded', 'deprecated'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Who may read a document: `public` (could be shown outside the company), `internal` (every
 * employee; the default) or `confidential` (left out of the site unless the build includes
 * confidential documents, KODEX_CONFIDENTIAL).
 */
export const CLASSIFICATIONS = ['public', 'internal', 'confidential'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** The four legal areas every handbook must cover with an approved checklist. */
export const CORE_LEGAL_AREAS = ['copyright', 'trademark', 'competition', 'personality'] as const;

/** Fields every document has, whatever its type. */
export const commonFields = {
	/** Unique id of the document. Must equal the file name without extension, e.g. `urheberrecht` for `urheberrecht.mdx`. */
	id: slug(),
	/** Title shown as the page heading and in search results (3 to 120 characters). */
	title: z.string().trim().min(3).max(120),
	/** One or two sentences used in lists and search snippets (at most 280 characters). */
	summary: z.string().trim().min(10).max(280),
	/** Language the document is written in: one of `locales.available` in handbook.yaml, e.g. `de` or `tr`. */
	language: languageTag(),
	/** Id of the document this one translates, when it is a translation. */
	translationOf: docRef().optional(),
	/** Who may read the document: `public`, `internal` (the default when left out) or `confidential`. Confidential documents are left out of the site, its search, manifest, feeds and lists unless the build sets KODEX_CONFIDENTIAL=1 (then with a banner, and out of search unless KODEX_CONFIDENTIAL=search). */
	classification: z.enum(CLASSIFICATIONS).optional(),
	/** Lifecycle state. Drafts never reach the built site; approved documents need `approvedBy`, `reviewedOn` and `reviewBy`; superseded documents need `supersededBy`. */
	status: z.enum(STATUSES),
	/** Version number of the content, a whole number from 1. Raise it by one with every change readers must notice; it may never go down in the git history (HIST-001). Once one document has a version, every approved document should have one (DOC-004). */
	version: z.int().min(1).optional(),
	/** Date from which the document applies, e.g. `2027-01-01`. Until then the site shows it as coming, with a notice, and not as the current rules. */
	effectiveFrom: isoDate().optional(),
	/** Id of the document that replaces this one. Required when `status` is `superseded`, and only allowed then; it must be a document of the same type. */
	supersededBy: docRef().optional(),
	/** Role accountable for the content (a role id from a team file). */
	owner: roleRef(),
	/** Role that approved the current version. Required when `status` is `approved`. */
	approvedBy: roleRef().optional(),
	/** Date of the last review or approval. Required when `status` is `approved`. */
	reviewedOn: isoDate().optional(),
	/** Date by which the document must be reviewed again. Required when `status` is `approved`. */
	reviewBy: isoDate().optional(),
	/** Who the document is written for; at least one audience, e.g. `all-employees` (built-in or added under `vocabulary.audiences` in handbook.yaml). */
	audience: z.array(vocab('audiences')).min(1),
	/** Free keywords that help search. */
	tags: z.array(z.string().trim().min(2).max(40)).optional(),
	/** Ids of other documents that readers of this one should also see. */
	related: z.array(docRef()).optional(),
};

/** Fields that must be present once a document is approved. */
const APPROVAL_FIELDS = ['approvedBy', 'reviewedOn', 'reviewBy'] as const;

/**
 * Adds the checks every document shares: approval fields when approved, and a
 * review date after the review. Runs even when other fields are invalid, so an
 * author sees every problem in one run.
 */
export function withDocumentChecks<T extends z.ZodObject>(schema: T): T {
	return schema.superRefine(
		(value, ctx) => {
			if (typeof value !== 'object' || value === null) return;
			const doc = value as Record<string, unknown>;
			if (doc['status'] === 'approved') {
				for (const field of APPROVAL_FIELDS) {
					if (doc[field] === undefined) {
						ctx.addIssue({
							code: 'custom',
							path: [field],
							message: `is required because status is "approved"`,
							params: {
								rule: 'DOC-001',
								expected:
									field === 'approvedBy'
										? 'the role that approved this version, e.g. head-of-communications'
										: 'a date like 2027-03-31',
								fix: `Add ${field}, or set status to in-review until the document is approved.`,
								de: {
									message: 'ist Pflicht, weil status „approved“ ist',
									expected:
										field === 'approvedBy'
											? 'die Rolle, die diese Fassung freigegeben hat, z. B. head-of-communications'
											: 'ein Datum wie 2027-03-31',
									fix: `${field} ergänzen, oder status auf in-review setzen, bis das Dokument freigegeben ist.`,
								},
							},
						});
					}
				}
			}
			supersededChecks(doc, ctx);
			const on = doc['reviewedOn'];
			const by = doc['reviewBy'];
			if (
				typeof on === 'string' &&
				typeof by === 'string' &&
				isCalendarDate(on) &&
				isCalendarDate(by) &&
				by <= on
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['reviewBy'],
					message: `(${by}) must be later than reviewedOn (${on})`,
					params: {
						rule: 'DATE-002',
						expected: 'a date after reviewedOn',
						fix: 'Set reviewBy to the date of the next planned review.',
						de: {
							message: `(${by}) muss nach reviewedOn (${on}) liegen`,
							expected: 'ein Datum nach reviewedOn',
							fix: 'reviewBy auf das Datum der nächsten geplanten Prüfung setzen.',
						},
					},
				});
			}
		},
		{ when: () => true },
	);
}

/** DOC-003: `supersededBy` exactly when the status is `superseded`, and never the document itself. */
function supersededChecks(doc: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const by = doc['supersededBy'];
	const status = doc['status'];
	if (status === 'superseded' && by === undefined) {
		ctx.addIssue({
			code: 'custom',
			path: ['supersededBy'],
			message: 'is required because status is "superseded"',
			params: {
				rule: 'DOC-003',
				expected: 'the id of the document that replaces this one, e.g. supersededBy: mitarbeitende',
				fix: 'Add supersededBy with the id of the replacement, or use status deprecated when nothing replaces it.',
				de: {
					message: 'ist Pflicht, weil status „superseded“ ist',
					expected:
						'die Kennung des Dokuments, das dieses ersetzt, z. B. supersededBy: mitarbeitende',
					fix: 'supersededBy mit der Kennung des Nachfolgers ergänzen, oder status deprecated verwenden, wenn nichts es ersetzt.',
				},
			},
		});
	}
	if (by !== undefined && typeof status === 'string' && status !== 'superseded') {
		ctx.addIssue({
			code: 'custom',
			path: ['supersededBy'],
			message: `is only allowed when status is "superseded", but status is "${status}"`,
			params: {
				rule: 'DOC-003',
				expected: 'status: superseded together with supersededBy',
				fix: 'Set status to superseded, or remove supersededBy.',
				de: {
					message: `ist nur bei status „superseded“ erlaubt, status ist aber „${status}“`,
					expected: 'status: superseded zusammen mit supersededBy',
					fix: 'status auf superseded setzen oder supersededBy entfernen.',
				},
			},
		});
	}
	if (typeof by === 'string' && by === doc['id']) {
		ctx.addIssue({
			code: 'custom',
			path: ['supersededBy'],
			message: 'names the document itself',
			params: {
				rule: 'DOC-003',
				expected: 'the id of another document that replaces this one',
				fix: 'Write the id of the replacing document.',
				de: {
					message: 'nennt das Dokument selbst',
					expected: 'die Kennung eines anderen Dokuments, das dieses ersetzt',
					fix: 'Die Kennung des ersetzenden Dokuments schreiben.',
				},
			},
		});
	}
}
