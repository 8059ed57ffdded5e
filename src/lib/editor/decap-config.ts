/**
 * The browser editor's configuration (Decap CMS), generated from the JSON
 * Schema export: the same zod schemas and JSDoc that `check` uses. Nothing of
 * it is written by hand, so it cannot drift from the schemas.
 *
 * - labels from the field names, hints from the JSDoc descriptions;
 * - enums as selects, references as relation pickers (`x-kodex-ref`);
 * - required fields, defaults, patterns, lengths and list sizes where the CMS has them;
 * - records (free keys) as key/value lists, "`all` or a list" as the list
 *   (see file-format.ts, which converts both ways when reading and saving).
 *
 * Here: the collections and the document-level fields (language, body, folder
 * defaults); each property's field is made in decap-fields.ts, the types are in types.ts.
 */
import { labelOf, objectFields } from './decap-fields.ts';
import { BODY_FIELD } from './file-format.ts';
import type { EditorField, EditorLanguages, EditorOptions, EditorTarget } from './types.ts';

/** The top-level field every document names its language in (`language` in schemas/common.ts). */
const LANGUAGE_FIELD = 'language';

/** The `language` field as a select of the handbook's languages, labelled `Deutsch (de)`. */
function languageSelect(field: EditorField, languages: EditorLanguages): EditorField {
	const select: EditorField = {
		...field,
		widget: 'select',
		options: languages.available.map((tag) => ({
			label: `${languages.label(tag)} (${tag})`,
			value: tag,
		})),
		default: languages.default,
	};
	// The choice replaces the free text's format check.
	delete select['pattern'];
	return select;
}

/** The body field of an MDX document: Markdown, edited as text so MDX syntax stays as written. */
function bodyField(): EditorField {
	return {
		name: BODY_FIELD,
		label: labelOf(BODY_FIELD),
		widget: 'markdown',
		modes: ['raw'],
		required: false,
	};
}

/** Every field of a document type, in schema order; the MDX body last. */
export function editorFields(
	target: EditorTarget,
	types: ReadonlySet<string>,
	options: EditorOptions,
): EditorField[] {
	const defaults = options.folderDefaults?.[target.name] ?? {};
	const fields = objectFields(target.json, { types, options }).map((generated) => {
		const field =
			generated.name === LANGUAGE_FIELD && options.languages && generated.widget === 'string'
				? languageSelect(generated, options.languages)
				: generated;
		if (!(field.name in defaults)) return field;
		const value = defaults[field.name];
		const shown = typeof value === 'string' ? value : JSON.stringify(value);
		const hint = [field['hint'], options.emptyMeans(shown)].filter(Boolean).join(' ');
		return { ...field, required: false, hint };
	});
	return target.format === 'mdx' ? [...fields, bodyField()] : fields;
}

/** Name of the custom file format registered for a document type (see src/client/admin.ts). */
export function formatName(type: string): string {
	return `kodex-${type}`;
}

/** The complete Decap CMS configuration (passed to `CMS.init`, no config.yml is read). */
export function editorConfig(
	targets: readonly EditorTarget[],
	options: EditorOptions,
): Record<string, unknown> {
	const types = new Set(targets.map((t) => t.name));
	const prefix = options.contentPath === '' ? '' : `${options.contentPath.replace(/\/+$/, '')}/`;
	const collections = targets.map((target) => {
		const label = options.labels[target.name] ?? labelOf(target.name);
		const fields = editorFields(target, types, options);
		const [folder, file] = target.pattern.split('/*.');
		if (file === undefined) {
			return {
				name: target.name,
				label,
				files: [
					{
						name: target.name,
						label,
						file: `${prefix}${target.pattern}`,
						format: formatName(target.name),
						fields,
					},
				],
			};
		}
		return {
			name: target.name,
			label,
			folder: `${prefix}${folder}`,
			extension: target.format,
			format: formatName(target.name),
			create: true,
			identifier_field: 'id',
			slug: '{{slug}}',
			summary: '{{title}}',
			fields,
		};
	});
	return {
		load_config_file: false,
		backend: options.backend,
		locale: options.locale,
		publish_mode: options.editorialWorkflow ? 'editorial_workflow' : undefined,
		media_folder: `${prefix}assets`,
		public_folder: '/assets',
		collections,
	};
}
