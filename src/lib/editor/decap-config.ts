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
 */
import {
	BODY_FIELD,
	constOrList,
	oneOrList,
	RECORD_KEY,
	RECORD_VALUE,
	recordValues,
} from './file-format.ts';
import type { JsonSchema } from './file-format.ts';

/** One editor field (a Decap CMS field definition). */
export type EditorField = { name: string } & WidgetOptions;
/** A widget and its options. */
type WidgetOptions = { widget: string; [option: string]: unknown };

/** A document type as the schema export describes it. */
export interface EditorTarget {
	/** Document type (`guideline`) or `handbook`. */
	name: string;
	format: 'mdx' | 'yaml';
	/** Files it covers, relative to the content folder, e.g. `guidelines/*.mdx` or `handbook.yaml`. */
	pattern: string;
	json: JsonSchema;
}

/** Where the editor saves. */
export type EditorBackend =
	| { name: 'proxy'; proxy_url: string }
	| { name: 'github' | 'gitlab'; repo: string; branch?: string; [option: string]: unknown };

export interface EditorOptions {
	backend: EditorBackend;
	/** Language of the editor's own interface (Decap ships `de` and `en`). */
	locale: string;
	/** Path of the content folder inside the repository the backend sees; `''` for its root. */
	contentPath: string;
	/** Drafts on branches with pull/merge requests, instead of saving straight to the branch. */
	editorialWorkflow: boolean;
	/** Collection labels by document type, in the editor's language. */
	labels: Readonly<Record<string, string>>;
	/** Hint added to a field that means a constant when left empty, e.g. "Leave empty for all". */
	emptyMeans: (constant: string) => string;
	/** Message for a value that does not match the field's pattern, with an example when there is one. */
	invalidFormat: (example: string | undefined) => string;
	/** Message for a text outside its length limits. */
	invalidLength: (min: number, max: number | undefined) => string;
	/**
	 * Fields a folder default (`<folder>/_defaults.yaml`) sets for every document of a type:
	 * they are optional in the form, with a hint naming the value a document gets when empty.
	 */
	folderDefaults?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
	/**
	 * The handbook's content languages (`locales` in handbook.yaml): a document's
	 * `language` field is offered as a choice of these, preset to the default.
	 */
	languages?: EditorLanguages;
}

/** The languages a document may be written in, with their names for the form. */
export interface EditorLanguages {
	/** `locales.available`, e.g. `['de', 'en', 'tr']`. */
	available: readonly string[];
	/** `locales.default`. */
	default: string;
	/** The name shown for a tag, e.g. `Türkisch` (Intl.DisplayNames in the editor's language). */
	label: (tag: string) => string;
}

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

/**
 * Where a reference of kind `x-kodex-ref` can be picked from: a document type,
 * or a list inside documents of a type (roles and members live in team files).
 */
const REF_SOURCES: Readonly<Record<string, { type: string; list?: string }>> = {
	role: { type: 'team', list: 'roles' },
	member: { type: 'team', list: 'members' },
};

/** `legalBasis` → `Legal basis`. */
function labelOf(name: string): string {
	const words = name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/[-_]/g, ' ')
		.toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function isObject(value: unknown): value is JsonSchema {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function properties(schema: JsonSchema): [string, JsonSchema][] {
	const props = schema['properties'];
	return isObject(props)
		? Object.entries(props).filter((e): e is [string, JsonSchema] => isObject(e[1]))
		: [];
}

function requiredOf(schema: JsonSchema): Set<string> {
	const required = schema['required'];
	return new Set(Array.isArray(required) ? required.map(String) : []);
}

/** The relation picker for a reference kind, or undefined when the kind has no pickable source. */
function relation(ref: unknown, types: ReadonlySet<string>): WidgetOptions | undefined {
	if (typeof ref !== 'string') return undefined;
	const source = REF_SOURCES[ref] ?? (types.has(ref) ? { type: ref } : undefined);
	if (!source || !types.has(source.type)) return undefined;
	const at = source.list ? `${source.list}.*.` : '';
	return {
		widget: 'relation',
		collection: source.type,
		value_field: `${at}id`,
		search_fields: [`${at}id`, source.list ? `${at}name` : 'title'],
		display_fields: [source.list ? `${at}name` : 'title'],
	};
}

/** Decap's `pattern` option: a regular expression source and the message shown when it fails. */
function stringPattern(schema: JsonSchema, options: EditorOptions): [string, string] | undefined {
	const example = Array.isArray(schema['examples']) ? schema['examples'][0] : undefined;
	const pattern = schema['pattern'];
	if (typeof pattern === 'string') {
		return [pattern, options.invalidFormat(example === undefined ? undefined : String(example))];
	}
	const min = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
	const max = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : undefined;
	if (min === 0 && max === undefined) return undefined;
	return [`^[\\s\\S]{${min},${max ?? ''}}$`, options.invalidLength(min, max)];
}

interface Context {
	types: ReadonlySet<string>;
	options: EditorOptions;
}

/** The widget options for a value of `schema` (no name, label or `required`). */
function widgetFor(schema: JsonSchema, ctx: Context): WidgetOptions {
	const cl = constOrList(schema);
	if (cl) {
		const list = widgetFor(cl.list, ctx);
		const hint = ctx.options.emptyMeans(String(cl.constant));
		return { ...list, min: undefined, kodexEmptyHint: hint };
	}
	const one = oneOrList(schema);
	if (one)
		return {
			widget: 'list',
			field: { name: RECORD_VALUE, label: labelOf(RECORD_VALUE), ...widgetFor(one, ctx) },
		};

	const values = recordValues(schema);
	if (values) {
		const keys = isObject(schema['propertyNames']) ? schema['propertyNames'] : { type: 'string' };
		return {
			widget: 'list',
			fields: [
				{ name: RECORD_KEY, label: labelOf(RECORD_KEY), required: true, ...widgetFor(keys, ctx) },
				{
					name: RECORD_VALUE,
					label: labelOf(RECORD_VALUE),
					required: true,
					...widgetFor(values, ctx),
				},
			],
			summary: `{{fields.${RECORD_KEY}}}: {{fields.${RECORD_VALUE}}}`,
		};
	}

	const type = schema['type'];
	if (type === 'array') {
		const items = isObject(schema['items']) ? schema['items'] : {};
		const size = {
			min: typeof schema['minItems'] === 'number' ? schema['minItems'] : undefined,
			max: typeof schema['maxItems'] === 'number' ? schema['maxItems'] : undefined,
		};
		const picker = relation(items['x-kodex-ref'], ctx.types);
		if (picker) return { ...picker, multiple: true, ...size };
		if (Array.isArray(items['enum'])) {
			return { widget: 'select', options: items['enum'], multiple: true, ...size };
		}
		if (items['type'] === 'object' && !recordValues(items)) {
			const fields = objectFields(items, ctx);
			const first = fields.find((f) => f.name === 'id') ?? fields[0];
			const second = fields.find((f) => f.name !== first?.name && f.widget !== 'list');
			const summary = [first, second]
				.filter(Boolean)
				.map((f) => `{{fields.${f?.name}}}`)
				.join(' – ');
			return { widget: 'list', fields, summary, collapsed: true, ...size };
		}
		return {
			widget: 'list',
			field: { name: RECORD_VALUE, label: labelOf(RECORD_VALUE), ...widgetFor(items, ctx) },
			...size,
		};
	}
	if (type === 'object') return { widget: 'object', fields: objectFields(schema, ctx) };
	if (Array.isArray(schema['enum'])) return { widget: 'select', options: schema['enum'] };
	if (type === 'boolean') return { widget: 'boolean' };
	if (type === 'integer' || type === 'number') {
		const min =
			schema['minimum'] ??
			(typeof schema['exclusiveMinimum'] === 'number' ? schema['exclusiveMinimum'] + 1 : undefined);
		const max = schema['maximum'];
		return {
			widget: 'number',
			value_type: type === 'integer' ? 'int' : 'float',
			min,
			max: typeof max === 'number' && max < Number.MAX_SAFE_INTEGER ? max : undefined,
		};
	}
	if (type === 'string') {
		const picker = relation(schema['x-kodex-ref'], ctx.types);
		if (picker) return picker;
		const max = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : Infinity;
		const short = max <= 200 || 'pattern' in schema || 'format' in schema;
		return { widget: short ? 'string' : 'text', pattern: stringPattern(schema, ctx.options) };
	}
	throw new Error(`the editor has no widget for the schema ${JSON.stringify(schema)}`);
}

/** The editor field for property `name` of an object. */
function fieldFor(name: string, schema: JsonSchema, required: boolean, ctx: Context): EditorField {
	const { kodexEmptyHint, ...widget } = widgetFor(schema, ctx);
	const description = typeof schema['description'] === 'string' ? schema['description'] : '';
	const hint = [description, kodexEmptyHint].filter(Boolean).join(' ');
	const field: EditorField = {
		name,
		label: labelOf(name),
		...widget,
		required: required && kodexEmptyHint === undefined,
		hint,
		default: schema['default'],
	};
	if (field.widget === 'object' && !required && Array.isArray(field['fields'])) {
		field['fields'] = withoutRequired(field['fields'] as EditorField[]);
	}
	for (const key of Object.keys(field)) if (field[key] === undefined) delete field[key];
	return field;
}

/**
 * The fields of an optional object, none required: the CMS would otherwise
 * insist on them even when the author leaves the whole object out. `check`
 * still reports a half-filled object on save.
 */
function withoutRequired(fields: readonly EditorField[]): EditorField[] {
	return fields.map((field) => ({
		...field,
		required: false,
		...(field.widget === 'object' && Array.isArray(field['fields'])
			? { fields: withoutRequired(field['fields'] as EditorField[]) }
			: {}),
	}));
}

function objectFields(schema: JsonSchema, ctx: Context): EditorField[] {
	const required = requiredOf(schema);
	return properties(schema).map(([name, sub]) => fieldFor(name, sub, required.has(name), ctx));
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
