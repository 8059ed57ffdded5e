/** Goal pages: how far the target is from the baseline. */
import type { Goal } from '../../../../schemas/index.ts';
import { t } from '../../../i18n/index.ts';
import { formatDate, formatDuration, formatNumber, localeOf } from '../../util/format.ts';
import { refsTo, type Ref, type ViewContext } from '../model/context.ts';
import type { Language } from '../model/types.ts';

export interface GoalChange {
	/** target − baseline */
	delta: number;
	/** Change relative to the baseline in percent, one decimal; undefined when the baseline is 0. */
	percent: number | undefined;
	direction: 'increase' | 'decrease' | 'none';
}

export function goalChange(baseline: number, target: number): GoalChange {
	const delta = round(target - baseline);
	return {
		delta,
		percent:
			baseline === 0
				? undefined
				: Math.round(((target - baseline) / Math.abs(baseline)) * 1000) / 10,
		direction: delta > 0 ? 'increase' : delta < 0 ? 'decrease' : 'none',
	};
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * The difference between two values of the metric: for a metric measured in
 * `%` that is a change in percentage points, not in percent.
 */
export function isPercentMetric(unit: string): boolean {
	return unit.trim() === '%';
}

const percentSpacing = new Map<Language, boolean>();

/** Whether the language writes a space between a number and `%` (`12,5 %` in German, `12.5%` in English). */
function spacesPercent(lang: Language): boolean {
	let spaced = percentSpacing.get(lang);
	if (spaced === undefined) {
		const sample = new Intl.NumberFormat(localeOf(lang), { style: 'percent' }).format(0.5);
		spaced = /\s%/u.test(sample);
		percentSpacing.set(lang, spaced);
	}
	return spaced;
}

/** `12.5` with unit `%` → `12,5 %` (de) / `12.5%` (en); other units follow with a space. */
export function formatMetric(value: number, unit: string, lang: Language, signed = false): string {
	const number = formatNumber(value, lang, signed);
	if (unit === '%') return spacesPercent(lang) ? `${number} %` : `${number}%`;
	return `${number} ${unit}`;
}

/** A goal page's figures, formatted for the page's language, and the channels it serves. */
export interface GoalView {
	change: GoalChange;
	/** `↑`, `↓` or `→`, after the direction. */
	arrow: string;
	baseline: string;
	target: string;
	/** The change as the page shows it: percentage points for a `%` metric, else signed in the unit. */
	delta: string;
	/** The change relative to the baseline (`+12,5 %`); undefined when the baseline is 0. */
	percent: string | undefined;
	periodStart: string;
	periodEnd: string;
	/** `reviewEvery` in words; undefined when the goal sets none. */
	reviewEvery: string | undefined;
	channels: Ref[];
}

export function goalView(data: Goal, ctx: ViewContext): GoalView {
	const { lang } = ctx;
	const change = goalChange(data.baseline, data.target);
	return {
		change,
		arrow: change.direction === 'increase' ? '↑' : change.direction === 'decrease' ? '↓' : '→',
		baseline: formatMetric(data.baseline, data.unit, lang),
		target: formatMetric(data.target, data.unit, lang),
		delta: isPercentMetric(data.unit)
			? t(lang, 'goal.percentagePoints', {
					value: `${change.delta > 0 ? '+' : ''}${formatNumber(change.delta, lang)}`,
				})
			: formatMetric(change.delta, data.unit, lang, true),
		percent:
			change.percent !== undefined ? formatMetric(change.percent, '%', lang, true) : undefined,
		periodStart: formatDate(data.period.start, lang),
		periodEnd: formatDate(data.period.end, lang),
		reviewEvery: data.reviewEvery ? formatDuration(data.reviewEvery, lang) : undefined,
		channels: refsTo(ctx, data.channels, 'channel'),
	};
}
