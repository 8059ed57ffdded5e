/**
 * Coverage for readers: office hours and on-call duties as short lines in the reader's
 * language ("Mo.–Fr. 08:00–18:00"), day names from Intl, the on-call role resolved to a
 * contact. Used by the team and channel pages.
 */
import {
	WEEKDAYS,
	type ChannelCoverage,
	type ScheduleBlock,
	type Weekday,
} from '../../../../schemas/coverage.ts';
import { resolveContact, type Contact } from './contacts.ts';
import type { ViewContext } from '../model/context.ts';
import { localeOf } from '../../util/format.ts';
import type { Language } from '../model/types.ts';

export interface OnCallView {
	contact: Contact;
	/** One line per block, e.g. `Sa.–So. 08:00–22:00`. */
	schedule: string[];
	covers?: string;
}

export interface CoverageView {
	officeHours: string[];
	outOfHours?: string;
	onCall: OnCallView[];
	roster?: string;
	timezone?: string;
}

/** 2024-01-01 was a Monday: day `i` of WEEKDAYS is 2024-01-(1+i). */
function dayName(day: Weekday, lang: Language): string {
	const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
	return new Intl.DateTimeFormat(localeOf(lang), { weekday: 'short', timeZone: 'UTC' }).format(
		date,
	);
}

/** The days of a block, consecutive runs joined: `Mo.–Fr.`, `Mo., Mi., Fr.`, `Sa.–So.`. */
export function daysLabel(days: readonly Weekday[], lang: Language): string {
	const sorted = WEEKDAYS.filter((d) => days.includes(d));
	const runs: Weekday[][] = [];
	for (const day of sorted) {
		const run = runs.at(-1);
		if (run && WEEKDAYS.indexOf(run.at(-1)!) === WEEKDAYS.indexOf(day) - 1) run.push(day);
		else runs.push([day]);
	}
	const parts = runs.flatMap((run) =>
		run.length >= 3
			? [`${dayName(run[0]!, lang)}–${dayName(run.at(-1)!, lang)}`]
			: run.map((d) => dayName(d, lang)),
	);
	return new Intl.ListFormat(localeOf(lang), { type: 'unit', style: 'short' }).format(parts);
}

/** A schedule as lines, one per block: `Mo.–Fr. 08:00–18:00`. */
export function scheduleLines(schedule: readonly ScheduleBlock[], lang: Language): string[] {
	return schedule.map((b) => `${daysLabel(b.days, lang)} ${b.from}–${b.to}`);
}

/** What the page shows of `coverage`; undefined when it says nothing. */
export function coverageView(
	coverage: ChannelCoverage | undefined,
	ctx: ViewContext,
): CoverageView | undefined {
	if (!coverage) return undefined;
	const view: CoverageView = {
		officeHours: scheduleLines(coverage.officeHours ?? [], ctx.lang),
		onCall: (coverage.onCall ?? []).map((duty) => {
			const onCall: OnCallView = {
				contact: resolveContact(ctx.roles, duty.role, ctx.lang),
				schedule: scheduleLines(duty.schedule, ctx.lang),
			};
			if (duty.covers) onCall.covers = duty.covers;
			return onCall;
		}),
	};
	if (coverage.outOfHours) view.outOfHours = coverage.outOfHours;
	if (coverage.roster) view.roster = coverage.roster;
	if (coverage.timezone) view.timezone = coverage.timezone;
	return view;
}
