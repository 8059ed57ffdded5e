/** Safe readers for data as the author wrote it (before or without schema validation). */

export type RawRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is RawRecord {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `raw[key]` when it is a string. */
export function rawString(raw: unknown, key: string): string | undefined {
	if (!isRecord(raw)) return undefined;
	const v = raw[key];
	return typeof v === 'string' ? v : undefined;
}

/** `raw[key]` when it is a number. */
export function rawNumber(raw: unknown, key: string): number | undefined {
	if (!isRecord(raw)) return undefined;
	const v = raw[key];
	return typeof v === 'number' ? v : undefined;
}

/** `raw[key]` when it is an array, otherwise an empty array. */
export function rawArray(raw: unknown, key: string): unknown[] {
	if (!isRecord(raw)) return [];
	const v = raw[key];
	return Array.isArray(v) ? v : [];
}

/** The strings of `raw[key]` when it is an array (other entries are skipped). */
export function rawStrings(raw: unknown, key: string): string[] {
	return rawArray(raw, key).filter((v): v is string => typeof v === 'string');
}
