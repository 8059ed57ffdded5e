/**
 * One editor field per schema property: the Decap CMS widget for a JSON Schema
 * value (text, number, select, relation picker, list, object, key/value list,
 * "`all` or a list"), with label, hint, default, required flag and the
 * pattern or length check the CMS can enforce.
 */
import {
	constOrList,
	oneOrList,
	RECORD_KEY,
	RECORD_VALUE,
	recordValues,
	type JsonSchema,
} from './file-format.ts';
import type { EditorField, EditorOptions, WidgetOptions } from './types.ts';
import { isObject } from './yaml-patch.ts';

/**
 * Where a reference of kind `x-kodex-ref` can be picked from: a document type,
 * or a list inside documents of a type (roles and members live in team files).
 */
const REF_SOURCES: Readonly<Record<string, { type: string; list?: string }>> = {
	role: { type: 'team', list: 'roles' },
	member: { type: 'team', list: 'members' },
};

/** `legalBasis` → `Legal basis`. */
export function labelOf(name: string): string {
	const words = name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/[-_]/g, ' ')
		.toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
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

/** What every field needs to know: the document types there are and the site's options. */
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

/** The fields of an object schema, in schema order. */
export function objectFields(schema: JsonSchema, ctx: Context): EditorField[] {
	const required = requiredOf(schema);
	return properties(schema).map(([name, sub]) => fieldFor(name, sub, required.has(name), ctx));
}
