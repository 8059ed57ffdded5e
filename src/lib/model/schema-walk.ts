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

/** The same nouns in German. */
const REF_NOUNS_DE: Record<string, [string, string]> = {
	role: ['die Kennung einer Rolle aus einer Team-Datei', 'Kennungen von Rollen aus Team-Dateien'],
	member: [
		'die Kennung eines Mitglieds aus einer Team-Datei',
		'Kennungen von Mitgliedern aus Team-Dateien',
	],
	'external-party': [
		'die Kennung eines externen Kontakts aus einer Team-Datei (externalParties)',
		'Kennungen externer Kontakte aus Team-Dateien (externalParties)',
	],
	'checklist-item': [
		'ein Checklistenpunkt in der Form <checklist-id>#<item-id>',
		'Checklistenpunkte in der Form <checklist-id>#<item-id>',
	],
	document: ['die Kennung eines Dokuments', 'Kennungen von Dokumenten'],
	channel: ['die Kennung eines Kanals', 'Kennungen von Kanälen'],
	checklist: ['die Kennung einer Checkliste', 'Kennungen von Checklisten'],
	template: ['die Kennung einer Vorlage', 'Kennungen von Vorlagen'],
	goal: ['die Kennung eines Ziels', 'Kennungen von Zielen'],
	guideline: ['die Kennung einer Leitlinie', 'Kennungen von Leitlinien'],
	playbook: ['die Kennung eines Playbooks', 'Kennungen von Playbooks'],
};

/** The languages a description of an expected value is written in. */
export type DescriptionLanguage = 'en' | 'de';

function refNoun(ref: string, lang: DescriptionLanguage, several: boolean): string {
	const nouns = (lang === 'de' ? REF_NOUNS_DE : REF_NOUNS)[ref];
	if (nouns) return nouns[several ? 1 : 0];
	if (lang === 'de') return several ? `Kennungen (${ref})` : `eine Kennung (${ref})`;
	return several ? `${ref} ids` : `a ${ref} id`;
}

/** A phrase such as `a date written YYYY-MM-DD, e.g. 2027-03-31`. */
export function describeExpected(
	schema: z.ZodType | undefined,
	lang: DescriptionLanguage = 'en',
): string {
	const de = lang === 'de';
	const s = unwrap(schema);
	if (!s) return de ? 'ein gültiger Wert' : 'a valid value';
	const m = meta(s);
	const example = exampleFor(s);
	const eg = de ? 'z. B.' : 'e.g.';
	if (m.ref) return `${refNoun(m.ref, lang, false)}, ${eg} ${example}`;
	if (m.vocabulary)
		return de
			? `ein Eintrag der Liste „${m.vocabulary}“ (eingebaut oder in handbook.yaml unter vocabulary.${m.vocabulary} ergänzt), z. B. ${example}`
			: `an entry of the list "${m.vocabulary}" (built-in or added under vocabulary.${m.vocabulary} in handbook.yaml), e.g. ${example}`;
	if (m.format === 'date')
		return de
			? `ein Datum in der Form JJJJ-MM-TT, z. B. ${example}`
			: `a date written YYYY-MM-DD, e.g. ${example}`;
	if (m.format === 'duration')
		return de
			? 'eine Dauer nach ISO 8601 wie PT30M (30 Minuten), PT4H (4 Stunden) oder P3D (3 Tage)'
			: `an ISO 8601 duration such as PT30M (30 minutes), PT4H (4 hours) or P3D (3 days)`;
	if (m.format === 'slug')
		return de
			? `Wörter in Kleinbuchstaben, mit Bindestrichen verbunden, z. B. ${example}`
			: `lower-case words joined by hyphens, e.g. ${example}`;
	const d = def(s);
	switch (d.type) {
		case 'string': {
			const checks = (d['checks'] as { _zod: { def: { format?: string } } }[] | undefined) ?? [];
			const format = checks.map((c) => c._zod.def.format).find(Boolean) ?? (d['format'] as string);
			if (format === 'url') return `${de ? 'eine Webadresse' : 'a web address'}, ${eg} ${example}`;
			if (format === 'email')
				return `${de ? 'eine E-Mail-Adresse' : 'an e-mail address'}, ${eg} ${example}`;
			return de ? 'Text' : 'text';
		}
		case 'number':
			if (d['format'] === 'safeint') return de ? 'eine ganze Zahl' : 'a whole number';
			return de ? 'eine Zahl' : 'a number';
		case 'boolean':
			return de ? 'true oder false' : 'true or false';
		case 'enum':
			return `${de ? 'einer der Werte' : 'one of'} ${Object.values(d['entries'] as object).join(', ')}`;
		case 'literal':
			return (d['values'] as unknown[]).map((v) => JSON.stringify(v)).join(de ? ' oder ' : ' or ');
		case 'array':
			return describeList(d['element'] as z.ZodType, lang);
		case 'object':
			return `${de ? 'eine Gruppe von Feldern' : 'a group of fields'} (${Object.keys(d['shape'] as object).join(', ')})`;
		case 'record':
			return de ? 'eine Zuordnung von Namen zu Werten' : 'a mapping of names to values';
		case 'union':
			return (d['options'] as z.ZodType[])
				.map((o) => describeExpected(o, lang))
				.join(de ? ', oder ' : ', or ');
		default:
			return de ? 'ein gültiger Wert' : 'a valid value';
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

function describeList(element: z.ZodType, lang: DescriptionLanguage): string {
	const de = lang === 'de';
	const s = unwrap(element);
	if (!s) return de ? 'eine Liste' : 'a list';
	const d = def(s);
	const m = meta(s);
	if (m.ref)
		return de
			? `eine Liste von ${refNoun(m.ref, lang, true)}, z. B. [${exampleFor(s)}]`
			: `a list of ${refNoun(m.ref, lang, true)}, e.g. [${exampleFor(s)}]`;
	const values = d.type === 'enum' ? Object.values(d['entries'] as object).join(', ') : '';
	if (d.type === 'enum')
		return de ? `eine Liste mit Werten aus: ${values}` : `a list with values from: ${values}`;
	if (d.type === 'object') {
		const fields = Object.keys(d['shape'] as object).join(', ');
		return de
			? `eine Liste von Einträgen, jeweils mit den Feldern ${fields}`
			: `a list of entries, each with the fields ${fields}`;
	}
	if (d.type === 'string') return de ? 'eine Liste von Texten' : 'a list of texts';
	return de
		? `eine Liste; jeder Eintrag: ${describeExpected(s, lang)}`
		: `a list of ${describeExpected(s).replace(/^an? /, '')} values`;
}

function isOptional(schema: z.ZodType): boolean {
	return def(schema).type === 'optional';
}
