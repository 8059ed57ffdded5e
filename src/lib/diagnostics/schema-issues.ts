/**
 * Turns zod issues into diagnostics an author can act on: the field path, the
 * offending value, what was expected with an example, a "did you mean" and a
 * fix. Rule ids:
 *   SCH-001 required field missing      SCH-004 wrong kind of value
 *   SCH-002 unknown field               SCH-005 wrong format (date, duration, id, URL …)
 *   SCH-003 value not allowed (enum)    SCH-006 too short, too long, too few, too many
 * This file dispatches on the zod issue code; the format fixes (SCH-005) are in
 * schema-issue-format.ts, the sizes (SCH-006) in schema-issue-size.ts, and the shared
 * English and German phrasing in schema-issue-wording.ts.
 * Custom checks inside the schemas carry their own rule id in `params.rule`, and their German
 * wording in `params.de` ({ message, expected, fix }; the message follows the field name, as the
 * English one does). Every diagnostic carries its German wording in `de`.
 */
import { z } from 'zod';
import type { Diagnostic, DataPath, Wording } from './diagnostics.ts';
import { formatPath } from './diagnostics.ts';
import type { SourceLocator } from '../model/model.ts';
import { aliasFor } from './aliases.ts';
import { suggest } from './suggest.ts';
import {
	allowedValues,
	describeExpected,
	exampleFor,
	keyTypeOf,
	objectKeys,
	schemaAt,
	unwrap,
} from '../model/schema-walk.ts';
import { formatValue } from './format-value.ts';
import { formatIssue } from './schema-issue-format.ts';
import { sizeIssue } from './schema-issue-size.ts';
import { kindOf, kindOfDe, listOf, missingDe, writeDe, type Base } from './schema-issue-wording.ts';

type Issue = z.core.$ZodIssue;

export interface IssueSource {
	file: string;
	raw: unknown;
	locate: SourceLocator;
}

export function issuesToDiagnostics(
	issues: readonly Issue[],
	schema: z.ZodType,
	source: IssueSource,
): Diagnostic[] {
	return issues.flatMap((issue) => convert(issue, [], schema, source));
}

function convert(issue: Issue, prefix: DataPath, root: z.ZodType, src: IssueSource): Diagnostic[] {
	const path: DataPath = [...prefix, ...(issue.path as (string | number)[])];
	const fieldSchema = schemaAt(root, path);
	// Custom checks on an object report the whole object as input; the field's own value is what matters.
	const value = 'input' in issue && issue.code !== 'custom' ? issue.input : valueAt(src.raw, path);
	const base = (rule: string, at: 'key' | 'value', p: DataPath = path) => {
		const pos = at === 'key' ? src.locate.key(p) : src.locate.value(p);
		return {
			rule,
			severity: 'error' as const,
			file: src.file,
			line: pos.line,
			column: pos.column,
			path: formatPath(p),
		};
	};
	const field = fieldName(path);

	switch (issue.code) {
		case 'unrecognized_keys': {
			const record = unwrap(fieldSchema);
			const known = objectKeys(fieldSchema) ?? allowedValues(record && keyTypeOf(record)) ?? [];
			return issue.keys.map((key) => {
				const didYouMean = suggest(
					key,
					known.filter((k) => !hasKey(value, k)),
				);
				return {
					...base('SCH-002', 'key', [...path, key]),
					message: `Unknown field "${key}".`,
					value: key,
					expected: known.length ? `one of the fields ${listOf(known)}` : 'no further fields',
					...(didYouMean ? { didYouMean } : {}),
					fix: didYouMean
						? `Rename "${key}" to "${didYouMean}".`
						: `Remove "${key}"; unknown fields are rejected so that typos cannot switch off checks.`,
					de: {
						message: `Unbekanntes Feld „${key}“.`,
						expected: known.length
							? `eines der Felder ${listOf(known, 'de')}`
							: 'keine weiteren Felder',
						fix: didYouMean
							? `„${key}“ in „${didYouMean}“ umbenennen.`
							: `„${key}“ entfernen; unbekannte Felder werden abgelehnt, damit kein Tippfehler eine Prüfung abschaltet.`,
					},
				};
			});
		}
		case 'invalid_type': {
			if (value === undefined) {
				const parentPos = path.length ? path.slice(0, -1) : path;
				const example = exampleFor(fieldSchema);
				return [
					{
						...base('SCH-001', 'key', parentPos),
						path: formatPath(path),
						message: `Required field "${field}" is missing.`,
						expected: describeExpected(fieldSchema),
						fix: `Add ${field}: ${example}`,
						de: missingDe(field, describeExpected(fieldSchema, 'de'), example),
					},
				];
			}
			return [
				{
					...base('SCH-004', 'value'),
					message: `"${field}" has the wrong kind of value: ${kindOf(value)}.`,
					value,
					expected: describeExpected(fieldSchema),
					fix: `Write ${field}: ${exampleFor(fieldSchema)}`,
					de: {
						message: `„${field}“ hat einen Wert der falschen Art (gefunden: ${kindOfDe(value)}).`,
						expected: describeExpected(fieldSchema, 'de'),
						fix: writeDe(field, exampleFor(fieldSchema)),
					},
				},
			];
		}
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			const didYouMean =
				typeof value === 'string'
					? (aliasFor(value, allowed) ?? suggest(value, allowed))
					: undefined;
			if (value === undefined) {
				return [
					{
						...base('SCH-001', 'key', path.slice(0, -1)),
						path: formatPath(path),
						message: `Required field "${field}" is missing.`,
						expected: `one of ${listOf(allowed)}`,
						fix: `Add ${field}: ${allowed[0]}`,
						de: missingDe(field, `einer der Werte ${listOf(allowed, 'de')}`, String(allowed[0])),
					},
				];
			}
			return [
				{
					...base('SCH-003', 'value'),
					message: `${formatValue(value)} is not an allowed value for "${field}".`,
					value,
					expected: `one of ${listOf(allowed)}`,
					// A fix names a value only when one is close; the allowed values are in `expected`.
					...(didYouMean ? { didYouMean, fix: `Write ${field}: ${didYouMean}` } : {}),
					de: {
						message: `${formatValue(value)} ist kein erlaubter Wert für „${field}“.`,
						expected: `einer der Werte ${listOf(allowed, 'de')}`,
						...(didYouMean ? { fix: writeDe(field, didYouMean) } : {}),
					},
				},
			];
		}
		case 'invalid_format':
			return [formatIssue(base('SCH-005', 'value'), field, value, fieldSchema, issue.message)];
		case 'too_small':
		case 'too_big':
			return [sizeIssue(base('SCH-006', 'value'), field, value, issue)];
		case 'invalid_key': {
			// A mapping (record) whose key is not allowed, e.g. an unknown document type.
			const key = String(issue.input);
			const recordSchema = unwrap(fieldSchema);
			const keySchema = recordSchema ? keyTypeOf(recordSchema) : undefined;
			const allowed = keySchema ? allowedValues(keySchema) : undefined;
			const didYouMean = allowed ? suggest(key, allowed) : undefined;
			return [
				{
					...base('SCH-002', 'key', [...path, key]),
					message: `"${key}" is not an allowed name in "${field}".`,
					value: key,
					expected: allowed ? `one of ${listOf(allowed)}` : describeExpected(keySchema),
					...(didYouMean ? { didYouMean } : {}),
					fix: didYouMean ? `Rename "${key}" to "${didYouMean}".` : `Remove or rename "${key}".`,
					de: {
						message: `„${key}“ ist kein erlaubter Name in „${field}“.`,
						expected: allowed
							? `einer der Werte ${listOf(allowed, 'de')}`
							: describeExpected(keySchema, 'de'),
						fix: didYouMean
							? `„${key}“ in „${didYouMean}“ umbenennen.`
							: `„${key}“ entfernen oder umbenennen.`,
					},
				},
			];
		}
		case 'invalid_union':
			return unionIssue(issue, path, root, src, base('SCH-004', 'value'), field, value);
		case 'custom': {
			const params = (issue.params ?? {}) as Record<string, string | undefined>;
			const de = (params as { de?: Wording }).de;
			if (params['rule']) {
				return [
					{
						...base(params['rule'], value === undefined ? 'key' : 'value'),
						...(value === undefined ? {} : { value }),
						message: `"${field}" ${issue.message}.`,
						...(params['expected'] ? { expected: params['expected'] } : {}),
						...(params['fix'] ? { fix: params['fix'] } : {}),
						...(de ? { de: { ...de, message: `„${field}“ ${de.message}.` } } : {}),
					},
				];
			}
			const d = formatIssue(base('SCH-005', 'value'), field, value, fieldSchema, issue.message);
			// A check without a rule id is worded like a format check: the value, then the reason.
			if (de) d.de = { ...d.de, ...de, message: `${formatValue(value)} ${de.message}.` };
			return [d];
		}
		default:
			return [
				{
					...base('SCH-004', 'value'),
					message: `"${field}" ${issue.message}.`,
					value,
					expected: describeExpected(fieldSchema),
					de: {
						message: `„${field}“ hat einen ungültigen Wert.`,
						expected: describeExpected(fieldSchema, 'de'),
					},
				},
			];
	}
}

function unionIssue(
	issue: Issue & { code: 'invalid_union' },
	path: DataPath,
	root: z.ZodType,
	src: IssueSource,
	base: Base,
	field: string,
	value: unknown,
): Diagnostic[] {
	// When one alternative matched the shape of the value (its issues go deeper
	// than the union itself), report that alternative's problems.
	const branches = (issue.errors ?? []).filter((errs) => errs.length > 0);
	const deeper = branches.find((errs) => errs.every((e) => e.path.length > 0));
	if (deeper) return deeper.flatMap((e) => convert(e, path, root, src));
	if (value === undefined) {
		return [
			{
				...base,
				rule: 'SCH-001',
				...src.locate.key(path.slice(0, -1)),
				message: `Required field "${field}" is missing.`,
				expected: describeExpected(schemaAt(root, path)),
				fix: `Add ${field}: ${exampleFor(schemaAt(root, path))}`,
				de: missingDe(
					field,
					describeExpected(schemaAt(root, path), 'de'),
					exampleFor(schemaAt(root, path)),
				),
			},
		];
	}
	return [
		{
			...base,
			message: `${formatValue(value)} is not a valid value for "${field}".`,
			value,
			expected: describeExpected(schemaAt(root, path)),
			fix: `Write ${field}: ${exampleFor(schemaAt(root, path))}`,
			de: {
				message: `${formatValue(value)} ist kein gültiger Wert für „${field}“.`,
				expected: describeExpected(schemaAt(root, path), 'de'),
				fix: writeDe(field, exampleFor(schemaAt(root, path))),
			},
		},
	];
}

function fieldName(path: DataPath): string {
	for (let i = path.length - 1; i >= 0; i--) {
		const seg = path[i];
		if (typeof seg === 'string') return seg;
	}
	return 'document';
}

function valueAt(data: unknown, path: DataPath): unknown {
	let cur = data;
	for (const seg of path) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string | number, unknown>)[seg];
	}
	return cur;
}

function hasKey(obj: unknown, key: string): boolean {
	return typeof obj === 'object' && obj !== null && key in obj;
}
