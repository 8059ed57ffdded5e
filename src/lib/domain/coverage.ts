/**
 * Weekly schedules (office hours, on-call duties): which blocks overlap on a day. The
 * schema checks each block on its own (COV-001); this looks at a schedule as a whole.
 */
import {
	minutesOfDay,
	WEEKDAYS,
	type ScheduleBlock,
	type Weekday,
} from '../../../schemas/coverage.ts';

export interface Overlap {
	day: Weekday;
	/** Index of the earlier block in the schedule. */
	first: number;
	/** Index of the later block, the one reported. */
	second: number;
}

/** Every pair of blocks of `schedule` that share a day and overlap in time, once per day. */
export function overlaps(schedule: readonly ScheduleBlock[]): Overlap[] {
	const out: Overlap[] = [];
	for (const day of WEEKDAYS) {
		const on = schedule
			.map((block, index) => ({ block, index }))
			.filter(({ block }) => block.days.includes(day));
		for (let i = 0; i < on.length; i++)
			for (let j = i + 1; j < on.length; j++) {
				const a = on[i]!.block;
				const b = on[j]!.block;
				const overlapping =
					minutesOfDay(a.from) < minutesOfDay(b.to) && minutesOfDay(b.from) < minutesOfDay(a.to);
				if (overlapping) out.push({ day, first: on[i]!.index, second: on[j]!.index });
			}
	}
	return out;
}

/** Hours a week a schedule covers (overlaps counted once per block: check {@link overlaps} first). */
export function weeklyHours(schedule: readonly ScheduleBlock[]): number {
	let minutes = 0;
	for (const block of schedule)
		minutes += block.days.length * (minutesOfDay(block.to) - minutesOfDay(block.from));
	return minutes / 60;
}
