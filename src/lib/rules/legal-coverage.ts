/**
 * LEG-001: required legal areas have an approved checklist.
 * LEG-002: recommended legal areas have a checklist.
 * LEG-003: a guideline's legal areas are covered by its own checklists.
 */
import type { Guideline } from '../../../schemas/index.ts';
import { vocabularyOf } from '../domain/vocabulary/index.ts';
import type { DataPath, Diagnostic, Severity } from '../diagnostics/diagnostics.ts';
import type { Handbook } from '../model/model.ts';
import { validDocs } from '../model/model.ts';
import type { DocEntry, HandbookIndex } from './handbook-index.ts';
import { rawString } from './raw.ts';
import { diagnosticAt, listIds, reporter, type Finding } from './report.ts';
import type { Rule } from './types.ts';

/**
 * True when some checklist's legal area cannot be known (no handbook.yaml,
 * unreadable YAML, or a value that is not a legal area). Its own error comes first; claiming an area
 * is uncovered would only send the author looking in the wrong place.
 */
function areasUncertain(handbook: Handbook, index: HandbookIndex): boolean {
	// Without handbook.yaml the missing file is the one problem to report (PARSE-008).
	const areas = handbook.config && vocabularyOf(handbook.config)?.legalAreas;
	return (
		!areas ||
		index.unreadable.has('checklist') ||
		index.byType.checklist.some((c) => {
			const area = rawString(c.doc.raw, 'legalArea');
			// A checklist about a topic (not law) counts for no area and hides none.
			if (area === undefined) return rawString(c.doc.raw, 'topic') === undefined;
			return !areas.has(area);
		})
	);
}

function checklistsFor(index: HandbookIndex, area: string): DocEntry[] {
	return index.byType.checklist.filter((c) => rawString(c.doc.raw, 'legalArea') === area);
}

/** Reports on handbook.yaml, or on the whole handbook when there is no configuration. */
function onConfig(
	handbook: Handbook,
	rule: string,
	severity: Severity,
	where: { path: DataPath; at: 'key' | 'value' },
	f: Finding,
): Diagnostic {
	if (handbook.config)
		return reporter(rule, severity)(handbook.config, where.path, { ...f, at: where.at });
	return diagnosticAt(rule, severity, { file: '', line: 0, column: 0 }, f);
}

/** Where to report `area`: its entry in the configured list, or the list's key when the area is implied. */
function areaAt(
	handbook: Handbook,
	key: 'requiredAreas' | 'recommendedAreas',
	area: string,
): { path: DataPath; at: 'key' | 'value' } {
	const list: readonly string[] = handbook.config?.data?.legal[key] ?? [];
	const i = list.indexOf(area);
	return i >= 0 ? { path: ['legal', key, i], at: 'value' } : { path: ['legal', key], at: 'key' };
}

export const requiredAreasApproved: Rule = {
	id: 'LEG-001',
	severity: 'error',
	title:
		'Every required legal area (always copyright, trademark, competition, personality) has an approved checklist.',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		if (areasUncertain(handbook, index)) return out;
		for (const area of index.settings.requiredAreas) {
			const all = checklistsFor(index, area);
			if (all.some((c) => c.status === 'approved')) continue;
			const pending = all.find((c) => c.status === 'draft' || c.status === 'in-review');
			out.push(
				onConfig(handbook, 'LEG-001', 'error', areaAt(handbook, 'requiredAreas', area), {
					message: `No approved checklist covers the legal area "${area}", which every handbook must cover.`,
					value: area,
					expected: `a checklist with legalArea: ${area} and status: approved`,
					fix: pending
						? `Finish and approve ${pending.doc.file} (status: ${pending.status}), or add another approved checklist with legalArea: ${area}.`
						: `Add a checklist in checklists/ with legalArea: ${area} and get it approved.`,
					de: {
						message: `Keine freigegebene Checkliste deckt das Rechtsgebiet „${area}“ ab, das jedes Handbuch abdecken muss.`,
						expected: `eine Checkliste mit legalArea: ${area} und status: approved`,
						fix: pending
							? `${pending.doc.file} fertigstellen und freigeben (status: ${pending.status}) oder eine weitere freigegebene Checkliste mit legalArea: ${area} anlegen.`
							: `In checklists/ eine Checkliste mit legalArea: ${area} anlegen und freigeben lassen.`,
					},
				}),
			);
		}
		return out;
	},
};

export const recommendedAreasCovered: Rule = {
	id: 'LEG-002',
	severity: 'warning',
	title: 'Every recommended legal area in handbook.yaml has a checklist.',
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		const required = new Set(index.settings.requiredAreas);
		for (const area of index.settings.recommendedAreas) {
			if (required.has(area)) continue;
			if (checklistsFor(index, area).some((c) => c.status !== 'deprecated')) continue;
			out.push(
				onConfig(handbook, 'LEG-002', 'warning', areaAt(handbook, 'recommendedAreas', area), {
					message: `The handbook recommends a checklist for the legal area "${area}", but there is none.`,
					value: area,
					expected: `a checklist with legalArea: ${area}`,
					fix: `Add a checklist in checklists/ with legalArea: ${area}, or remove it from recommendedAreas.`,
					de: {
						message: `Das Handbuch empfiehlt eine Checkliste für das Rechtsgebiet „${area}“, es gibt aber keine.`,
						expected: `eine Checkliste mit legalArea: ${area}`,
						fix: `In checklists/ eine Checkliste mit legalArea: ${area} anlegen oder das Gebiet aus recommendedAreas entfernen.`,
					},
				}),
			);
		}
		return out;
	},
};

const report003 = reporter('LEG-003', 'error');

export const guidelineAreasCovered: Rule = {
	id: 'LEG-003',
	severity: 'error',
	title: "Each legal area a guideline lists is covered by one of the guideline's checklists.",
	check({ handbook, index }) {
		const out: Diagnostic[] = [];
		if (areasUncertain(handbook, index)) return out;
		for (const doc of validDocs(handbook, 'guideline')) {
			const g: Guideline = doc.data;
			const covered = new Set(
				(g.checklists ?? []).map((id) =>
					rawString(index.typed.checklist.get(id)?.doc.raw, 'legalArea'),
				),
			);
			(g.legalAreas ?? []).forEach((area, i) => {
				if (covered.has(area)) return;
				const options = checklistsFor(index, area).map((c) => c.id);
				out.push(
					report003(doc, ['legalAreas', i], {
						message: `The guideline lists the legal area "${area}", but none of its checklists covers it.`,
						value: area,
						expected: `a checklist with legalArea: ${area} in checklists, e.g. ${listIds(options)}`,
						fix: options.length
							? `Add "${options[0]}" to checklists, or remove "${area}" from legalAreas.`
							: `Write a checklist with legalArea: ${area} and add it to checklists, or remove "${area}" from legalAreas.`,
						de: {
							message: `Die Richtlinie nennt das Rechtsgebiet „${area}“, aber keine ihrer Checklisten deckt es ab.`,
							expected: `eine Checkliste mit legalArea: ${area} in checklists, z. B. ${listIds(options, 5, 'de')}`,
							fix: options.length
								? `„${options[0]}“ in checklists ergänzen oder „${area}“ aus legalAreas entfernen.`
								: `Eine Checkliste mit legalArea: ${area} schreiben und in checklists ergänzen oder „${area}“ aus legalAreas entfernen.`,
						},
					}),
				);
			});
		}
		return out;
	},
};
