/** Handbook settings the rules use, from handbook.yaml with defaults for everything optional. */
import { CORE_LEGAL_AREAS, type DocType } from '../../../schemas/index.ts';
import type { Handbook } from '../model/model.ts';

export interface HandbookSettings {
	/** Working days per week for time budgets (default 5). */
	workweekDays: number;
	/** Days before `reviewBy` from which a document is due soon (default 30). */
	warnDays: number;
	/** Longest review interval in months per type. */
	maxIntervalMonths: Record<DocType, number>;
	/** Areas that need an approved checklist; always contains the four core areas. */
	requiredAreas: string[];
	/** Areas that should have a checklist. */
	recommendedAreas: string[];
}

/** Review intervals used when handbook.yaml does not set one for a type. */
const DEFAULT_MAX_INTERVAL_MONTHS: Record<DocType, number> = {
	guideline: 24,
	checklist: 12,
	playbook: 12,
	team: 12,
	channel: 12,
	template: 12,
	goal: 12,
	prepublish: 12,
};

/** Reads the settings; an invalid or missing handbook.yaml yields the defaults. */
export function buildSettings(handbook: Handbook): HandbookSettings {
	const config = handbook.config?.data;
	const required = new Set<string>([...CORE_LEGAL_AREAS, ...(config?.legal.requiredAreas ?? [])]);
	return {
		workweekDays: config?.workweek?.days ?? 5,
		warnDays: config?.review.warnDays ?? 30,
		maxIntervalMonths: { ...DEFAULT_MAX_INTERVAL_MONTHS, ...config?.review.maxIntervalMonths },
		requiredAreas: [...required],
		recommendedAreas: config?.legal.recommendedAreas ?? [],
	};
}
