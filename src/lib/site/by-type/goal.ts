/** Goal pages: how far the target is from the baseline. */
import { formatNumber } from '../model/format.ts';

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

/** `12.5` with unit `%` → `12,5 %` (de) / `12.5%` (en); other units follow with a space. */
export function formatMetric(
	value: number,
	unit: string,
	lang: 'de' | 'en',
	signed = false,
): string {
	const number = formatNumber(value, lang, signed);
	if (unit === '%') return lang === 'de' ? `${number} %` : `${number}%`;
	return `${number} ${unit}`;
}
