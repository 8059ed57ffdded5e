/**
 * ISO 8601 durations limited to days, hours and minutes (`P3D`, `PT1H30M`),
 * the subset Kodex content uses. Pure functions, no dependencies.
 */

const DURATION = /^P(?=\d|T\d)(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?)?$/;

/** Minutes in `value`, or undefined when it is not a duration of the form PnDTnHnM. */
export function parseDuration(value: string): number | undefined {
	const m = DURATION.exec(value.trim());
	if (!m) return undefined;
	const [days, hours, minutes] = [m[1], m[2], m[3]].map((part) => Number(part ?? 0)) as [
		number,
		number,
		number,
	];
	return days * 24 * 60 + hours * 60 + minutes;
}

/** Minutes split into whole days, hours and the minutes left, e.g. 1530 → 1 day, 1 hour, 30 minutes. */
export function splitMinutes(total: number): { days: number; hours: number; minutes: number } {
	return {
		days: Math.floor(total / 1440),
		hours: Math.floor((total % 1440) / 60),
		minutes: total % 60,
	};
}

/**
 * Writes minutes as the shortest ISO duration, e.g. 90 → `PT1H30M`, 1440 → `P1D`.
 * (For readers, durations are written in words: src/lib/util/format.ts and duration-words.ts.)
 */
export function isoDuration(totalMinutes: number): string {
	const { days, hours, minutes: rest } = splitMinutes(Math.max(0, Math.round(totalMinutes)));
	let out = 'P';
	if (days) out += `${days}D`;
	if (hours || rest || !days) {
		out += 'T';
		if (hours) out += `${hours}H`;
		if (rest || !hours) out += `${rest}M`;
	}
	return out;
}

/** Negative when `a` is shorter than `b`, 0 when equal; undefined when either does not parse. */
export function compareDurations(a: string, b: string): number | undefined {
	const x = parseDuration(a);
	const y = parseDuration(b);
	return x === undefined || y === undefined ? undefined : x - y;
}
