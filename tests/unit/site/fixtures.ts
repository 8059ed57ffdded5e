/** Small, schema-checked documents for the site's unit tests. */
import { DOC_TYPES, type DocType, type Language } from '../../../schemas/index.ts';
import type { DocDataMap } from '../../../src/lib/model/model.ts';
import { createIndexes, type ViewContext } from '../../../src/lib/site/model/context.ts';
import type { SiteDoc } from '../../../src/lib/site/model/types.ts';

const common = (id: string, language: Language = 'de') => ({
	id,
	title: `Titel ${id}`,
	summary: `Zusammenfassung für ${id}.`,
	language,
	status: 'approved',
	owner: 'smm',
	approvedBy: 'head',
	reviewedOn: '2026-06-01',
	reviewBy: '2027-05-01',
	audience: ['all-employees'],
});

const BASE: { [T in DocType]: (id: string, language: Language) => Record<string, unknown> } = {
	guideline: (id, language) => ({
		...common(id, language),
		scope: 'corporate-accounts',
		binding: 'policy',
		appliesTo: 'all',
		rules: [{ id: 'eins', kind: 'do', text: 'Immer freundlich bleiben.' }],
		contacts: ['smm'],
	}),
	checklist: (id, language) => ({
		...common(id, language),
		legalArea: 'copyright',
		jurisdiction: 'DE',
		appliesTo: ['post'],
		legalReviewer: 'legal',
		items: ['a', 'b', 'c', 'd', 'e'].map((item) => ({
			id: item,
			question: `Ist Frage ${item} geklärt?`,
			severity: 'minor',
			legalBasis: [{ law: 'UrhG', ref: '§ 51a' }],
			guidance: 'So prüfen Sie das.',
		})),
	}),
	playbook: (id, language) => ({
		...common(id, language),
		scenario: 'Kritik breitet sich schnell aus.',
		scale: 'shitstorm-0-6',
		triggers: [
			{ id: 'spitze', signal: 'volume-spike', description: 'Viele Kommentare.', minLevel: 1 },
		],
		levels: [1, 3].map((level) => ({
			level,
			name: `Stufe ${level}`,
			criteria: 'Beschreibung der Lage.',
			acknowledgeWithin: 'PT1H',
			notify: ['smm'],
			approver: 'head',
			backupApprover: 'smm',
			actions: ['Etwas tun'],
		})),
		escalationChain: ['smm', 'head'],
		firstHour: [{ at: 'PT15M', action: 'Lage erfassen', owner: 'smm' }],
		pauseScheduledPosts: true,
		postMortem: { fromLevel: 3, dueWithin: 'P5D', owner: 'head', duties: ['Lehren ziehen'] },
		channels: 'all',
	}),
	team: (id, language) => ({
		...common(id, language),
		roles: [
			{
				id: 'smm',
				name: 'Social-Media-Managerin',
				category: 'social-media-manager',
				responsibilities: ['Planen'],
				mailbox: 'social@example.com',
			},
			{
				id: 'head',
				name: 'Leitung',
				category: 'head-of-communications',
				responsibilities: ['Leiten'],
			},
		],
		members: [
			{ id: 'anna', name: 'Anna', roles: ['smm'], employment: 'employee' },
			{ id: 'ben', name: 'Ben', roles: ['head'], employment: 'employee', deputyOf: 'anna' },
		],
		coverage: { hours: 'Mo–Fr 9–17 Uhr', timezone: 'Europe/Berlin', weekends: false },
	}),
	channel: (id, language) => ({
		...common(id, language),
		platform: 'linkedin',
		handle: 'firma',
		url: 'https://www.linkedin.com/company/firma/',
		state: 'active',
		purpose: 'Fachpublikum erreichen.',
		targetGroups: ['Planer'],
		deputy: 'head',
		commercial: false,
		twoFactor: true,
	}),
	template: (id, language) => ({
		...common(id, language),
		kind: 'reply',
		scenario: 'Wenn jemand fragt.',
		tone: 'freundlich',
		text: 'Hallo {{name}}, danke!',
		variables: [{ name: 'name', description: 'Vorname', example: 'Eva' }],
	}),
	goal: (id, language) => ({
		...common(id, language),
		objective: 'Mehr Menschen erreichen.',
		metric: 'Follower',
		unit: 'Follower',
		baseline: 100,
		target: 150,
		period: { start: '2026-01-01', end: '2026-12-31' },
		channels: ['linkedin'],
		dataSource: 'Analytics',
	}),
	prepublish: (id, language) => ({
		...common(id, language),
		questions: [
			{ id: 'people', text: 'Personen im Bild?', help: 'Erkennbare Personen.', kind: 'yesno' },
		],
		mappings: [
			{
				id: 'personen',
				label: 'Personen im Bild',
				when: { people: 'yes' },
				include: { checklistItems: ['urheberrecht#lizenz'] },
			},
		],
		escalation: { default: 'smm' },
	}),
};

/** A valid document of `type`; `overrides` are merged shallowly, then the schema checks the result. */
export function makeDoc<T extends DocType>(
	type: T,
	id: string,
	overrides: Record<string, unknown> = {},
	language: Language = 'de',
): SiteDoc<T> {
	const data = DOC_TYPES[type].schema.parse({ ...BASE[type](id, language), ...overrides });
	return { type, id, data: data as DocDataMap[T] } as SiteDoc<T>;
}

export function makeContext(docs: readonly SiteDoc[], lang: Language = 'de'): ViewContext {
	return { lang, ...createIndexes(docs) };
}
