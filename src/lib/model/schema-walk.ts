/**
 * Reads zod schemas as data: which schema sits at a field path, which keys an
 * object allows, and how to describe what a field expects, with an example.
 */
import { z } from 'zod';
import type { DataPath } from '../diagnostics/diagnostics.ts';

type Def = { type: string; [key: string]: unknown };

function def(schema: z.ZodType): Def {
	return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Removes optional/nullable/default/readonly/pipe wrappers. */
export function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
	let s = schema;
	for (let i = 0; s && i < 10; i++) {
		const d = def(s);
		if (['optional', 'nullable', 'default', 'readonly', 'prefault', 'nonoptional'].includes(d.type))
			s = d['innerType'] as z.ZodType;
		else if (d.type === 'pipe') s = d['in'] as z.ZodType;
		else break;
	}
	return s;
}

/** The schema that validates the value at `path`, if it can be found. */
export function schemaAt(schema: z.ZodType | undefined, path: DataPath): z.ZodType | undefined {
	let s = unwrap(schema);
	for (const seg of path) {
		if (!s) return undefined;
		const d = def(s);
		if (d.type === 'object') s = unwrap((d['shape'] as Record<string, z.ZodType>)[String(seg)]);
		else if (d.type === 'array') s = unwrap(d['element'] as z.ZodType);
		else if (d.type === 'record') s = unwrap(d['valueType'] as z.ZodType);
		else if (d.type === 'union') {
			const next = (d['options'] as z.ZodType[])
				.map((o) => schemaAt(o, [seg]))
				.find((o) => o !== undefined);
			s = next;
		} else return undefined;
	}
	return s;
}

/** Keys an object schema allows (also inside unions), or undefined. */
export function objectKeys(schema: z.ZodType | undefined): string[] | undefined {
	const s = unwrap(schema);
	if (!s) return undefined;
	const d = def(s);
	if (d.type === 'object') return Object.keys(d['shape'] as object);
	if (d.type === 'union') {
		const keys = (d['options'] as z.ZodType[]).flatMap((o) => objectKeys(o) ?? []);
		return keys.length ? [...new Set(keys)] : undefined;
	}
	return undefined;
}

/** The key schema of a record (mapping) schema. */
export function keyTypeOf(schema: z.ZodType): z.ZodType | undefined {
	const d = def(schema);
	return d.type === 'record' ? (d['keyType'] as z.ZodType) : undefined;
}

/** The allowed values of an enum or literal schema. */
export function allowedValues(schema: z.ZodType | undefined): string[] | undefined {
	const s = unwrap(schema);
	if (!s) return undefined;
	const d = def(s);
	if (d.type === 'enum') return Object.values(d['entries'] as object).map(String);
	if (d.type === 'literal') return (d['values'] as unknown[]).map(String);
	return undefined;
}

interface Meta {
	format?: string;
	ref?: string;
	/** The vocabulary list the value comes from (schemas/vocabulary.ts). */
	vocabulary?: string;
	examples?: unknown[];
}

function meta(schema: z.ZodType | undefined): Meta {
	return ((schema && z.globalRegistry.get(schema)) ?? {}) as Meta;
}

/** How to name a reference in messages: [one, several]. */
const REF_NOUNS: Record<string, [string, string]> = {
	role: ['a role id from a team file', 'role ids from team files'],
	member: ['a member id from a team file', 'member ids from team files'],
	'external-party': [
		'an external party id from a team file (externalParties)',
		'external party ids from team files (externalParties)',
	],
	'checklist-item': [
		'a checklist item written as <checklist-id>#<item-id>',
		'checklist items written as <checklist-id>#<item-id>',
	],
	document: ['the id of a document', 'document ids'],
	channel: ['the id of a channel', 'channel ids'],
	checklist: ['the id of a checklist', 'checklist ids'],
	template: ['the id of a template', 'template ids'],
	goal: ['the id of a goal', 'goal ids'],
	guideline: ['the id of a guideline', 'guideline ids'],
	playbook: ['the id of a playbook', 'playbook ids'],
};

/** A phrase such as `a date written YYYY-MM-DD, e.g. 2027-03-31`. */
export function describeExpected(schema: z.ZodType | undefined): string {
	const s = unwrap(schema);
	if (!s) return 'a valid value';
	const m = meta(s);
	const example = exampleFor(s);
	if (m.ref) return `${REF_NOUNS[m.ref]?.[0] ?? `a ${m.ref} id`}, e.g. ${example}`;
	if (m.vocabulary)
		return `an entry of the list "${m.vocabulary}" (built-in or added under vocabulary.${m.vocabulary} in handbook.yaml), e.g. ${example}`;
	if (m.format === 'date') return `a date written YYYY-MM-DD, e.g. ${example}`;
	if (m.format === 'duration')
		return `an ISO 8601 duration such as PT30M (30 minutes), PT4H (4 hours) or P3D (3 days)`;
	if (m.format === 'slug') return `lower-case words joined by hyphens, e.g. ${example}`;
	const d = def(s);
	switch (d.type) {
		case 'string': {
			const checks = (d['checks'] as { _zod: { def: { format?: string } } }[] | undefined) ?? [];
			const format = checks.map((c) => c._zod.def.format).find(Boolean) ?? (d['format'] as string);
			if (format === 'url') return `a web address, e.g. ${example}`;
			if (format === 'email') return `an e-mail address, e.g. ${example}`;
			return 'text';
		}
		case 'number':
			return d['format'] === 'safeint' ? 'a whole number' : 'a number';
		case 'boolean':
			return 'true or false';
		case 'enum':
			return `one of ${Object.values(d['entries'] as object).join(', ')}`;
		case 'literal':
			return (d['values'] as unknown[]).map((v) => JSON.stringify(v)).join(' or ');
		case 'array':
			return describeList(d['element'] as z.ZodType);
		case 'object':
			return `a group of fields (${Object.keys(d['shape'] as object).join(', ')})`;
		case 'record':
			return 'a mapping of names to values';
		case 'union':
			return (d['options'] as z.ZodType[]).map(describeExpected).join(', or ');
		default:
			return 'a valid value';
	}
}

/** An example value written the way it would appear in YAML. */
export function exampleFor(schema: z.ZodType | undefined): string {
	const s = unwrap(schema);
	if (!s) return '…';
	const m = meta(s);
	if (m.examples?.length) return flowYaml(m.examples[0]);
	const d = def(s);
	switch (d.type) {
		case 'enum':
			return String(Object.values(d['entries'] as object)[0]);
		case 'literal':
			return String((d['values'] as unknown[])[0]);
		case 'boolean':
			return 'true';
		case 'number':
			return '1';
		case 'array':
			return `[${exampleFor(d['element'] as z.ZodType)}]`;
		case 'union':
			return exampleFor((d['options'] as z.ZodType[])[0]);
		case 'object': {
			const shape = d['shape'] as Record<string, z.ZodType>;
			const required = Object.entries(shape).filter(([, v]) => !isOptional(v));
			return `{ ${required.map(([k, v]) => `${k}: ${exampleFor(v)}`).join(', ')} }`;
		}
		default:
			return '…';
	}
}

/** An example from a schema's metadata in YAML flow style: `{ days: [mon], from: 08:00 }`. */
function flowYaml(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
	if (typeof value === 'object' && value !== null)
		return `{ ${Object.entries(value)
			.map(([k, v]) => `${k}: ${flowYaml(v)}`)
			.join(', ')} }`;
	return String(value);
}

function describeList(element: z.ZodType): string {
	const s = unwrap(element);
	if (!s) return 'a list';
	const d = def(s);
	const m = meta(s);
	if (m.ref) return `a list of ${REF_NOUNS[m.ref]?.[1] ?? `${m.ref} ids`}, e.g. [${exampleFor(s)}]`;
	if (d.type === 'enum')
		return `a list with values from: ${Object.values(d['entries'] as object).join(', ')}`;
	if (d.type === 'object')
		return `a list of entries, each with the fields ${Object.keys(d['shape'] as object).join(', ')}`;
	if (d.type === 'string') return 'a list of texts';
	return `a list of ${describeExpected(s).replace(/^an? /, '')} values`;
}

function isOptional(schema: z.ZodType): boolean {
	return def(schema).type === 'optional';
}
