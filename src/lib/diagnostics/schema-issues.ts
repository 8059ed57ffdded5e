/**
 * Turns zod issues into diagnostics an author can act on: the field path, the
 * offending value, what was expected with an example, a "did you mean" and a
 * fix. Rule ids:
 *   SCH-001 required field missing      SCH-004 wrong kind of value
 *   SCH-002 unknown field               SCH-005 wrong format (date, duration, id, URL …)
 *   SCH-003 value not allowed (enum)    SCH-006 too short, too long, too few, too many
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
import { SCHEMA_REASONS_DE } from './schema-reasons.de.ts';

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

type Base = Pick<Diagnostic, 'rule' | 'severity' | 'file' | 'line' | 'column' | 'path'>;

function formatIssue(
	base: Base,
	field: string,
	value: unknown,
	schema: z.ZodType | undefined,
	reason: string,
): Diagnostic {
	const text = typeof value === 'string' ? value : String(value);
	const meta = metaOf(schema);
	const shown = formatValue(value);
	const known = SCHEMA_REASONS_DE[reason];
	let fix = `Write ${field}: ${exampleFor(schema)}`;
	let message = `${shown} ${reason}.`;
	const de: Wording = {
		message: known ? `${shown} ${known.reason}.` : `${shown} hat nicht die erwartete Form.`,
		fix: writeDe(field, exampleFor(schema)),
	};
	if (meta.format === 'date') {
		const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
		if (german) {
			const iso = `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`;
			fix = `Write ${field}: ${iso} (year-month-day, without quotes).`;
			de.fix = `${field}: ${iso} schreiben (Jahr-Monat-Tag, ohne Anführungszeichen).`;
		} else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
			message = `${shown} is not a real calendar date${monthHint(text)}.`;
			fix = `Correct the day or month of ${field}.`;
			de.message = `${shown} ist kein echtes Kalenderdatum${monthHintDe(text)}.`;
			de.fix = `Tag oder Monat von ${field} korrigieren.`;
		}
	} else if (meta.format === 'duration') {
		const simple = /^(\d+)\s*(min|m|h|std|d|t)$/i.exec(text.trim());
		if (simple) {
			const n = simple[1];
			const unit = simple[2]!.toLowerCase();
			const iso = unit.startsWith('m')
				? `PT${n}M`
				: unit === 'd' || unit === 't'
					? `P${n}D`
					: `PT${n}H`;
			fix = `Write ${field}: ${iso}`;
			de.fix = writeDe(field, iso);
		}
	} else if (meta.format === 'slug') {
		const slugged = slugify(text);
		if (slugged) {
			fix = `Write ${field}: ${slugged}`;
			de.fix = writeDe(field, slugged);
		}
	}
	let expected = describeExpected(schema);
	de.expected = describeExpected(schema, 'de');
	if (!meta.format && reason.startsWith('must be ')) {
		// The schema's own wording says it best, e.g. 'a yes/no question ending with "?"'.
		expected = reason.slice('must be '.length);
		fix = `Rewrite ${field} as ${expected}.`;
		if (known?.expected) {
			de.expected = known.expected;
			de.fix = `${field} als ${known.expected} schreiben.`;
		}
	}
	return { ...base, message, value, expected, fix, de };
}

function sizeIssue(base: Base, field: string, value: unknown, issue: Issue): Diagnostic {
	const i = issue as Issue & {
		minimum?: number | bigint;
		maximum?: number | bigint;
		origin?: string;
	};
	const small = issue.code === 'too_small';
	const limit = Number(small ? i.minimum : i.maximum);
	let what: string;
	let message: string;
	let de: Wording;
	const atLeast = small ? 'mindestens' : 'höchstens';
	if (i.origin === 'array') {
		const n = Array.isArray(value) ? value.length : 0;
		what = `${small ? 'at least' : 'at most'} ${limit} ${limit === 1 ? 'entry' : 'entries'}`;
		message = `"${field}" has ${n} ${n === 1 ? 'entry' : 'entries'}; ${what} ${limit === 1 ? 'is' : 'are'} ${small ? 'needed' : 'allowed'}.`;
		const whatDe = `${atLeast} ${limit} ${entriesDe(limit)}`;
		de = {
			message: `„${field}“ hat ${n} ${entriesDe(n)}; ${small ? 'nötig' : 'erlaubt'} ${limit === 1 ? 'ist' : 'sind'} ${whatDe}.`,
			expected: whatDe,
			fix: small ? `„${field}“ auf ${whatDe} ergänzen.` : `„${field}“ auf ${whatDe} kürzen.`,
		};
	} else if (i.origin === 'string') {
		const n = typeof value === 'string' ? value.length : 0;
		what = `${small ? 'at least' : 'at most'} ${limit} ${limit === 1 ? 'character' : 'characters'}`;
		message = `"${field}" is ${n} ${n === 1 ? 'character' : 'characters'} long; ${what} ${small ? 'are needed' : 'are allowed'}.`;
		const whatDe = `${atLeast} ${limit} Zeichen`;
		de = {
			message: `„${field}“ ist ${n} Zeichen lang; ${small ? 'nötig' : 'erlaubt'} ${limit === 1 ? 'ist' : 'sind'} ${whatDe}.`,
			expected: whatDe,
			fix: small ? `„${field}“ auf ${whatDe} verlängern.` : `„${field}“ auf ${whatDe} kürzen.`,
		};
	} else {
		what = `a number ${small ? 'of at least' : 'of at most'} ${limit}`;
		message = `${formatValue(value)} is too ${small ? 'small' : 'large'} for "${field}".`;
		const whatDe = `eine Zahl von ${atLeast} ${limit}`;
		de = {
			message: `${formatValue(value)} ist zu ${small ? 'klein' : 'groß'} für „${field}“.`,
			expected: whatDe,
			fix: `Für „${field}“ ${whatDe} schreiben.`,
		};
	}
	return {
		...base,
		message,
		// A whole list or text block is no help in the report; its size is in the message.
		...(i.origin === 'array' || i.origin === 'string' ? {} : { value }),
		expected: what,
		fix: small ? `Add to "${field}" until it has ${what}.` : `Shorten "${field}" to ${what}.`,
		de,
	};
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

function metaOf(schema: z.ZodType | undefined): { format?: string } {
	const inner = unwrap(schema);
	return ((inner && z.globalRegistry.get(inner)) ?? {}) as { format?: string };
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

function kindOf(value: unknown): string {
	if (value === null) return 'it is empty';
	if (Array.isArray(value)) return 'found a list';
	if (typeof value === 'object') return 'found a group of fields';
	if (typeof value === 'string') return `found the text ${formatValue(value)}`;
	if (typeof value === 'number') return `found the number ${value}`;
	if (typeof value === 'boolean') return `found ${value}`;
	return `found ${typeof value}`;
}

/** The German wording of a missing required field. */
function missingDe(field: string, expected: string, example: string): Wording {
	return {
		message: `Das Pflichtfeld „${field}“ fehlt.`,
		expected,
		fix: `Die Zeile ${field}: ${example} ergänzen.`,
	};
}

/** `owner: social-media-manager schreiben.` — the German form of "Write owner: …". */
function writeDe(field: string, example: string): string {
	return `Stattdessen ${field}: ${example} schreiben.`;
}

/** The German of {@link kindOf}: what was found instead, as a noun phrase. */
function kindOfDe(value: unknown): string {
	if (value === null) return 'nichts, das Feld ist leer';
	if (Array.isArray(value)) return 'eine Liste';
	if (typeof value === 'object') return 'eine Gruppe von Feldern';
	if (typeof value === 'string') return `der Text ${formatValue(value)}`;
	if (typeof value === 'number') return `die Zahl ${value}`;
	if (typeof value === 'boolean') return String(value);
	return typeof value;
}

function entriesDe(n: number): string {
	return n === 1 ? 'Eintrag' : 'Einträge';
}

function listOf(values: readonly string[], lang: 'en' | 'de' = 'en'): string {
	const shown = values.slice(0, 12).join(', ');
	if (values.length <= 12) return shown;
	return `${shown}, … (${values.length} ${lang === 'de' ? 'insgesamt' : 'in all'})`;
}

function monthHint(date: string): string {
	const [y, m] = date.split('-').map(Number) as [number, number];
	if (m < 1 || m > 12) return ' (months run from 01 to 12)';
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	const name = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en', {
		month: 'long',
		timeZone: 'UTC',
	});
	return ` (${name} ${y} has ${days} days)`;
}

function monthHintDe(date: string): string {
	const [y, m] = date.split('-').map(Number) as [number, number];
	if (m < 1 || m > 12) return ' (Monate laufen von 01 bis 12)';
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	const name = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('de', {
		month: 'long',
		timeZone: 'UTC',
	});
	return ` (der ${name} ${y} hat ${days} Tage)`;
}

function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
