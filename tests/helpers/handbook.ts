/**
 * A small, valid baseline handbook for rule tests. Every document is a plain
 * JS object, serialised to YAML (or MDX frontmatter) only when the handbook is
 * built, so a test changes one value and expects exactly one diagnostic:
 *
 *   const { diagnostics, lineOf } = runBaseline((b) => {
 *     b.playbook.levels[1].approver = 'rechtsabteilung';
 *   });
 */
import { stringify } from 'yaml';
import type { Diagnostic } from '../../src/lib/diagnostics/diagnostics.ts';
import {
	loadHandbookFromFiles,
	type LoadResult,
	type VirtualFile,
} from '../../src/lib/load/load.ts';
import { createRuleContext, runRules, type Rule } from '../../src/lib/rules/index.ts';

/** Fixed "today" of every rule test. */
export const TODAY = '2026-06-01';

// Test data is deliberately loose: tests write wrong values on purpose.
export type Data = Record<string, any>;

export interface DocFile {
	data: Data;
	/** MDX body; only for MDX documents. */
	body?: string;
}

/** The editable baseline: handbook.yaml plus documents by path inside the content folder. */
export interface Baseline {
	config: Data;
	files: Record<string, DocFile>;
	/** Shortcuts to the data of the baseline documents. */
	team: Data;
	channel: Data;
	goal: Data;
	template: Data;
	playbook: Data;
	guideline: Data;
	checklist: Data;
}

export const PATHS = {
	config: 'handbook.yaml',
	team: 'teams/kommunikation.yaml',
	channel: 'channels/linkedin.yaml',
	goal: 'goals/reichweite.yaml',
	template: 'templates/holding-allgemein.yaml',
	playbook: 'playbooks/shitstorm.mdx',
	guideline: 'guidelines/fotos.mdx',
	checklist: 'checklists/urheberrecht.mdx',
} as const;

/** Repository-relative file name as it appears in diagnostics. */
export const file = (rel: string) => `content/${rel}`;

const BODY = 'Body text.\n';

/** Fields every approved document shares. */
export function common(id: string, extra: Data = {}): Data {
	return {
		id,
		title: `Titel ${id}`,
		summary: `Kurze Zusammenfassung für ${id}.`,
		language: 'de',
		status: 'approved',
		owner: 'social-media-manager',
		approvedBy: 'head-of-communications',
		reviewedOn: '2026-01-15',
		reviewBy: '2026-12-31',
		audience: ['all-employees'],
		...extra,
	};
}

/** A valid checklist with five items for one legal area. */
export function checklist(id: string, legalArea: string, extra: Data = {}): Data {
	const items = ['lizenz-vorhanden', 'quelle-genannt', 'rechte-geklaert', 'freigabe', 'archiv'].map(
		(itemId) => ({
			id: itemId,
			question: `Ist der Punkt ${itemId} geklärt?`,
			severity: 'major',
			legalBasis: [{ law: 'UrhG', ref: '§ 51' }],
			guidance: 'Im Zweifel die Rechtsabteilung fragen.',
		}),
	);
	return {
		...common(id, { owner: 'legal-counsel', approvedBy: 'legal-counsel' }),
		legalArea,
		jurisdiction: 'DE',
		appliesTo: ['post'],
		legalReviewer: 'legal-counsel',
		items,
		...extra,
	};
}

function role(id: string, category: string, extra: Data = {}): Data {
	return {
		id,
		name: `Rolle ${id}`,
		category,
		responsibilities: ['Aufgaben dieser Rolle'],
		...extra,
	};
}

/** A fresh, valid baseline; tests may change it freely. */
export function baseline(): Baseline {
	const config: Data = {
		company: { name: 'Beispiel Rohrwerk GmbH' },
		locales: { default: 'de', available: ['de', 'en'] },
		review: { maxIntervalMonths: { guideline: 24, checklist: 12, playbook: 12 }, warnDays: 30 },
		legal: { requiredAreas: ['copyright', 'trademark', 'competition', 'personality'] },
		workweek: { days: 5, fullTimeHours: 40 },
	};
	const team = common('kommunikation', {
		owner: 'head-of-communications',
		roles: [
			role('social-media-manager', 'social-media-manager', {
				timeBudget: [{ activity: 'monitoring', minutes: 60, per: 'day' }],
			}),
			role('head-of-communications', 'head-of-communications', { canApprove: true }),
			role('legal-counsel', 'legal', { canApprove: true }),
			role('datenschutz', 'dpo'),
			role('community-manager', 'community-manager'),
		],
		members: [
			{
				id: 'anna-berger',
				name: 'Anna Berger',
				roles: ['social-media-manager'],
				employment: 'employee',
				weeklyHours: 20,
			},
			{
				id: 'ben-keller',
				name: 'Ben Keller',
				roles: ['community-manager'],
				employment: 'employee',
				deputyOf: 'anna-berger',
			},
			{
				id: 'clara-wolf',
				name: 'Clara Wolf',
				roles: ['head-of-communications'],
				employment: 'employee',
			},
			{
				id: 'david-roth',
				name: 'David Roth',
				roles: ['legal-counsel', 'datenschutz'],
				employment: 'employee',
			},
		],
		coverage: {
			timezone: 'Europe/Berlin',
			officeHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' }],
		},
		raci: [
			{
				activity: 'Kampagnenfreigabe',
				roles: { 'social-media-manager': 'R', 'head-of-communications': 'A', 'legal-counsel': 'C' },
			},
		],
	});
	const channel = common('linkedin', {
		platform: 'linkedin',
		handle: '@beispiel-rohrwerk',
		url: 'https://www.linkedin.com/company/beispiel-rohrwerk',
		state: 'active',
		purpose: 'Fachpublikum und Bewerber erreichen.',
		targetGroups: ['Planungsbüros'],
		deputy: 'community-manager',
		monitoringHours: 'Mo–Fr 8–18 Uhr',
		responseTarget: 'PT4H',
		commercial: true,
		imprintUrl: 'https://www.example.com/impressum',
		privacyNoticeUrl: 'https://www.example.com/datenschutz',
		twoFactor: true,
		goals: ['reichweite'],
	});
	const goal = common('reichweite', {
		objective: 'Mehr Fachpublikum erreicht unsere Beiträge.',
		metric: 'Reichweite',
		unit: 'Impressionen',
		baseline: 1000,
		target: 1500,
		period: { start: '2026-01-01', end: '2026-12-31' },
		channels: ['linkedin'],
		dataSource: 'LinkedIn Analytics',
	});
	const template = common('holding-allgemein', {
		kind: 'holding-statement',
		scenario: 'Erste Reaktion auf eine Krise.',
		tone: 'ruhig, sachlich',
		text: 'Wir prüfen den Vorfall vom {{datum}} und melden uns.',
		variables: [{ name: 'datum', description: 'Datum des Vorfalls', example: '14. März' }],
		playbooks: ['shitstorm'],
	});
	const level = (n: number, ack: string, notify: string[], extra: Data = {}): Data => ({
		level: n,
		name: `Stufe ${n}`,
		criteria: `Kriterien der Stufe ${n}.`,
		acknowledgeWithin: ack,
		notify,
		approver: 'head-of-communications',
		backupApprover: 'legal-counsel',
		actions: ['Lage beobachten'],
		...extra,
	});
	const playbook = common('shitstorm', {
		scenario: 'Massive Kritik an einem Beitrag.',
		scale: 'shitstorm-0-6',
		triggers: [
			{
				id: 'abmahnung',
				signal: 'legal-threat',
				description: 'Anwaltliches Schreiben geht ein.',
				minLevel: 2,
			},
			{
				id: 'datenleck',
				signal: 'data-breach',
				description: 'Daten sind öffentlich geworden.',
				minLevel: 3,
			},
		],
		levels: [
			level(1, 'PT4H', ['social-media-manager']),
			level(2, 'PT2H', ['social-media-manager', 'legal-counsel']),
			level(3, 'PT1H', ['social-media-manager', 'datenschutz'], {
				holdingStatements: ['holding-allgemein'],
			}),
		],
		escalationChain: ['social-media-manager', 'head-of-communications', 'legal-counsel'],
		firstHour: [
			{ at: 'PT5M', action: 'Lage erfassen', owner: 'social-media-manager' },
			{ at: 'PT30M', action: 'Geplante Beiträge stoppen', owner: 'social-media-manager' },
		],
		pauseScheduledPosts: true,
		postMortem: {
			fromLevel: 2,
			dueWithin: 'P5D',
			owner: 'head-of-communications',
			duties: ['Ablauf auswerten'],
		},
		lastExercised: '2026-03-01',
		channels: 'all',
	});
	const guideline = common('fotos', {
		scope: 'corporate-accounts',
		binding: 'policy',
		appliesTo: ['linkedin'],
		rules: [
			{
				id: 'quelle-nennen',
				kind: 'do',
				text: 'Nenne bei fremden Fotos immer die Quelle.',
				checklistItems: ['urheberrecht#lizenz-vorhanden'],
			},
		],
		legalAreas: ['copyright'],
		checklists: ['urheberrecht'],
		contacts: ['social-media-manager'],
	});
	const files: Record<string, DocFile> = {
		[PATHS.team]: { data: team },
		[PATHS.channel]: { data: channel },
		[PATHS.goal]: { data: goal },
		[PATHS.template]: { data: template },
		[PATHS.playbook]: { data: playbook, body: BODY },
		[PATHS.guideline]: { data: guideline, body: BODY },
		[PATHS.checklist]: { data: checklist('urheberrecht', 'copyright'), body: BODY },
		'checklists/markenrecht.mdx': { data: checklist('markenrecht', 'trademark'), body: BODY },
		'checklists/wettbewerbsrecht.mdx': {
			data: checklist('wettbewerbsrecht', 'competition'),
			body: BODY,
		},
		'checklists/persoenlichkeitsrecht.mdx': {
			data: checklist('persoenlichkeitsrecht', 'personality'),
			body: BODY,
		},
	};
	return {
		config,
		files,
		team,
		channel,
		goal,
		template,
		playbook,
		guideline,
		checklist: files[PATHS.checklist]!.data,
	};
}

/** The text of one file as the loader sees it. */
export function serialise(doc: DocFile, mdx: boolean): string {
	const yaml = stringify(doc.data, { lineWidth: 0 });
	return mdx ? `---\n${yaml}---\n\n${doc.body ?? BODY}` : yaml;
}

/** The virtual files of a baseline. */
export function toFiles(b: Baseline): VirtualFile[] {
	return [
		{ path: PATHS.config, content: stringify(b.config, { lineWidth: 0 }) },
		...Object.entries(b.files).map(([path, doc]) => ({
			path,
			content: serialise(doc, path.endsWith('.mdx')),
		})),
	];
}

export interface Run {
	load: LoadResult;
	/** Rule diagnostics only (the loader's are in `load.diagnostics`). */
	diagnostics: Diagnostic[];
	files: VirtualFile[];
	/** 1-based line of the first line in `rel` that contains `needle` (after `after`, if given). */
	lineOf(rel: string, needle: string, after?: string): number;
}

/**
 * Builds the baseline, applies `edit`, loads it and runs the rules (all, or
 * only `rules`) with today = TODAY.
 */
export function runBaseline(
	edit: (b: Baseline) => void = () => {},
	options: { rules?: Rule[]; today?: string } = {},
): Run {
	const b = baseline();
	edit(b);
	const files = toFiles(b);
	const load = loadHandbookFromFiles(files);
	const ctx = createRuleContext(load.handbook, options.today ?? TODAY);
	const diagnostics = runRules(ctx, options.rules);
	return {
		load,
		diagnostics,
		files,
		lineOf(rel, needle, after) {
			const f = files.find((x) => x.path === rel);
			if (!f || typeof f.content !== 'string') throw new Error(`no file ${rel}`);
			const lines = f.content.split('\n');
			const from = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
			if (from < 0) throw new Error(`"${after}" not found in ${rel}`);
			const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
			if (i < 0) throw new Error(`"${needle}" not found in ${rel}`);
			return i + 1;
		},
	};
}

/** Only the diagnostics of one rule. */
export function only(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
	return diagnostics.filter((d) => d.rule === rule);
}
