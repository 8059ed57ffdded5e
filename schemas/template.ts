/** Response template or holding statement, with declared `{{variables}}`. Written as YAML. */
import { z } from 'zod';
import { commonFields, docRef, vocab, withDocumentChecks } from './common.ts';

/** A placeholder the text uses. */
export const templateVariableSchema = z.strictObject({
	/** Name used in the text as `{{name}}`, e.g. `datum`. */
	name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, {
		error: 'must start with a letter and contain only letters, digits and _',
	}),
	/** What to fill in. */
	description: z.string().trim().min(3),
	/** A sample value, shown as a hint in the empty field on the page (never as its value), e.g. `14. März`. */
	example: z.string().trim().min(1),
	/** Whether the text may be copied with this field left empty, e.g. an optional sign-off. By default every placeholder must be filled in before the page copies the text. */
	optional: z.boolean().optional(),
});

export const templateSchema = withDocumentChecks(
	z.strictObject({
		...commonFields,
		/** Kind of template, e.g. `holding-statement` (built-in or added under `vocabulary.templateKinds` in handbook.yaml). Crisis playbooks use templates of `holding-statement` or of a kind marked `holdingStatement: true` there. */
		kind: vocab('templateKinds'),
		/** When to use it, in one sentence. */
		scenario: z.string().trim().min(10),
		/** Intended tone, e.g. `ruhig, sachlich, empathisch`. */
		tone: z.string().trim().min(3),
		/** The text, with placeholders written as `{{name}}`. Every placeholder must be declared in `variables`. */
		text: z.string().trim().min(10),
		/** Placeholders the text uses. */
		variables: z.array(templateVariableSchema).optional(),
		/** Platforms the text fits on. */
		platforms: z.array(vocab('platforms')).optional(),
		/** Maximum length in characters after filling in, if a platform limits it. */
		maxLength: z.int().positive().optional(),
		/** Ids of the playbooks that use this template. */
		playbooks: z.array(docRef('playbook')).optional(),
	}),
);

export type Template = z.output<typeof templateSchema>;
