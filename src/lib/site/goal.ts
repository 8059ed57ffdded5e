/** Goal pages: how far the target is from the baseline. */

export interface GoalChange {
	/** target − baseline */
	delta: number;
	/** Change relative to the baseline in percent; undefined when the baseline is 0. */
	percent: number | undefined;
	direction: 'increase' | 'decrease' | 'none';
}

export function goalChange(baseline: number, target: number): GoalChange {
	const delta = round(target - baseline);
	return {
		delta,
		percent: baseline === 0 ? undefined : round(((target - baseline) / Math.abs(baseline)) * 100),
		direction: delta > 0 ? 'increase' : delta < 0 ? 'decrease' : 'none',
	};
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/** `12.5` with unit `%` → `12,5 %` (de) / `12.5%` (en); other units follow with a space. */
export function formatMetric(
	value: number,
	unit: string,
	lang: 'de' | 'en',
	signed = false,
): string {
	const number = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
		maximumFractionDigits: 2,
		signDisplay: signed ? 'exceptZero' : 'auto',
	}).format(value);
	if (unit === '%') return lang === 'de' ? `${number} %` : `${number}%`;
	return `${number} ${unit}`;
}
