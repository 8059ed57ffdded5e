import { describe, expect, it } from 'vitest';
import {
	channelSchema,
	checklistSchema,
	DOC_TYPES,
	goalSchema,
	guidelineSchema,
	handbookSchema,
	playbookSchema,
	teamSchema,
	templateSchema,
} from '../../schemas/index.ts';
import { vocabularyIssues } from '../../src/lib/domain/vocabulary/check.ts';
import { BUILT_IN } from '../../src/lib/domain/vocabulary/index.ts';
import { isCalendarDate, DURATION_PATTERN } from '../../schemas/common.ts';
import { canonicalLanguage } from '../../schemas/language.ts';

const common = {
	title: 'Ein Beispieldokument',
	summary: 'Eine kurze Zusammenfassung für Listen und Suche.',
	language: 'de',
	status: 'approved',
	owner: 'social-media-manager',
	approvedBy: 'head-of-communications',
	reviewedOn: '2026-03-01',
	reviewBy: '2027-03-01',
	audience: ['all-employees'],
};

const item = (id: string) => ({
	id,
	question: 'Liegen alle Rechte schriftlich vor?',
	severity: 'blocker',
	legalBasis: [{ law: 'UrhG', ref: '§ 31' }],
	guidance: 'Lizenz im Medienarchiv prüfen.',
});

const valid = {
	guideline: {
		...common,
		id: 'fotos',
		scope: 'both',
		binding: 'policy',
		appliesTo: 'all',
		rules: [{ id: 'fragen', kind: 'do', text: 'Vor dem Posten fragen.' }],
		contacts: ['social-media-manager'],
	},
	checklist: {
		...common,
		id: 'urheberrecht',
		legalArea: 'copyright',
		jurisdiction: 'DE',
		appliesTo: ['post'],
		legalReviewer: 'legal-counsel',
		items: ['a', 'b', 'c', 'd', 'e'].map(item),
	},
	playbook: {
		...common,
		id: 'shitstorm',
		scenario: 'Eine Welle von Kritik auf unseren Kanälen.',
		scale: 'shitstorm-0-6',
		triggers: [
			{
				id: 'welle',
				signal: 'volume-spike',
				description: 'Viele Kommentare in kurzer Zeit.',
				minLevel: 2,
			},
		],
		levels: [0, 1].map((level) => ({
			level,
			name: `Stufe ${level}`,
			criteria: 'Beschreibung der Lage.',
			acknowledgeWithin: 'PT1H',
			notify: ['social-media-manager'],
			approver: 'social-media-manager',
			backupApprover: 'head-of-communications',
			actions: ['Beobachten und dokumentieren.'],
		})),
		escalationChain: ['social-media-manager'],
		firstHour: [{ at: 'PT5M', action: 'Geplante Posts pausieren.', owner: 'social-media-manager' }],
		pauseScheduledPosts: true,
		postMortem: {
			fromLevel: 1,
			dueWithin: 'P5D',
			owner: 'social-media-manager',
			duties: ['Zeitleiste erstellen.'],
		},
		channels: 'all',
	},
	team: {
		...common,
		id: 'kommunikation',
		roles: [
			{
				id: 'social-media-manager',
				name: 'Social-Media-Management',
				category: 'social-media-manager',
				responsibilities: ['Kanäle steuern.'],
			},
		],
		members: [
			{ id: 'anna', name: 'Anna Berger', roles: ['social-media-manager'], employment: 'employee' },
		],
		coverage: {
			timezone: 'Europe/Berlin',
			officeHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' }],
		},
	},
	channel: {
		...common,
		id: 'linkedin',
		platform: 'linkedin',
		handle: 'beispiel',
		url: 'https://www.linkedin.com/company/beispiel',
		state: 'active',
		purpose: 'Fachwissen für Planungsbüros teilen.',
		targetGroups: ['Planungsbüros'],
		deputy: 'community-manager',
		commercial: true,
		twoFactor: true,
	},
	template: {
		...common,
		id: 'erstreaktion',
		kind: 'holding-statement',
		scenario: 'Erste Reaktion in einer Krise.',
		tone: 'ruhig',
		text: 'Wir prüfen das und melden uns bis {{zeit}}.',
		variables: [{ name: 'zeit', description: 'Uhrzeit des nächsten Updates', example: '15 Uhr' }],
	},
	goal: {
		...common,
		id: 'reichweite',
		objective: 'Mehr Fachpublikum auf LinkedIn erreichen.',
		metric: 'Follower',
		unit: 'Follower',
		baseline: 1200,
		target: 2000,
		period: { start: '2026-01-01', end: '2026-12-31' },
		channels: ['linkedin'],
		dataSource: 'LinkedIn Analytics',
	},
} as const;

const schemas = {
	guideline: guidelineSchema,
	checklist: checklistSchema,
	playbook: playbookSchema,
	team: teamSchema,
	channel: channelSchema,
	template: templateSchema,
	goal: goalSchema,
};

function paths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
	return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('document schemas', () => {
	it('registers one schema per type in DOC_TYPES', () => {
		for (const [type, schema] of Object.entries(schemas)) {
			expect(DOC_TYPES[type as keyof typeof schemas].schema).toBe(schema);
		}
	});

	for (const [type, schema] of Object.entries(schemas)) {
		describe(type, () => {
			const doc = valid[type as keyof typeof valid];
			it('accepts a valid document', () => {
				const result = schema.safeParse(doc);
				expect(paths(result)).toEqual([]);
			});
			it('rejects unknown keys', () => {
				expect(paths(schema.safeParse({ ...doc, titel: 'x' }))).toEqual(['']);
			});
			it('requires the approval fields when approved', () => {
				const { approvedBy: _omit, ...rest } = doc;
				const result = schema.safeParse(rest);
				expect(paths(result)).toEqual(['approvedBy']);
				expect(result.error?.issues[0]).toMatchObject({ params: { rule: 'DOC-001' } });
			});
			it('rejects a review date before the review', () => {
				const result = schema.safeParse({ ...doc, reviewBy: '2026-01-01' });
				expect(paths(result)).toEqual(['reviewBy']);
			});
		});
	}

	it('rejects a checklist item that is not a question, and too few items', () => {
		const bad = { ...valid.checklist, items: [{ ...item('a'), question: 'Rechte liegen vor.' }] };
		expect(paths(checklistSchema.safeParse(bad))).toEqual(['items.0.question', 'items']);
	});

	it('rejects a non-ISO duration in a playbook level', () => {
		const levels = valid.playbook.levels.map((l) => ({ ...l, acknowledgeWithin: '1h' }));
		expect(paths(playbookSchema.safeParse({ ...valid.playbook, levels }))).toEqual([
			'levels.0.acknowledgeWithin',
			'levels.1.acknowledgeWithin',
		]);
	});

	it('rejects a German legal-area value', () => {
		// The schema accepts any slug; the merged vocabulary decides which are legal areas.
		const data = { ...valid.checklist, legalArea: 'urheberrecht' };
		expect(paths(checklistSchema.safeParse(data))).toEqual([]);
		const issues = vocabularyIssues(checklistSchema, data, BUILT_IN, {
			file: 'content/checklists/urheberrecht.mdx',
			locate: { value: () => ({ line: 1, column: 1 }), key: () => ({ line: 1, column: 1 }) },
		});
		expect(issues.map((d) => [d.path, d.didYouMean])).toEqual([['legalArea', 'copyright']]);
	});

	it('rejects a private phone field on a member', () => {
		const members = [{ ...valid.team.members[0], phone: '0171 1234567' }];
		expect(paths(teamSchema.safeParse({ ...valid.team, members }))).toEqual(['members.0']);
	});

	it('rejects an http URL without scheme on a channel', () => {
		expect(
			paths(channelSchema.safeParse({ ...valid.channel, url: 'linkedin.com/company/x' })),
		).toEqual(['url']);
	});

	it('rejects invalid template variable names', () => {
		const variables = [{ name: '1datum', description: 'Datum', example: 'heute' }];
		expect(paths(templateSchema.safeParse({ ...valid.template, variables }))).toEqual([
			'variables.0.name',
		]);
	});

	it('rejects an impossible goal date', () => {
		const period = { start: '2026-02-30', end: '2026-12-31' };
		expect(paths(goalSchema.safeParse({ ...valid.goal, period }))).toEqual(['period.start']);
	});
});

describe('handbook config schema', () => {
	const config = {
		company: { name: 'Beispiel GmbH', primaryColor: '#0b5c8a' },
		locales: { default: 'de', available: ['de', 'en'] },
		review: { maxIntervalMonths: { guideline: 24, checklist: 12 }, warnDays: 30 },
		legal: { requiredAreas: ['copyright', 'trademark', 'competition', 'personality'] },
	};
	it('accepts a valid configuration', () => {
		expect(paths(handbookSchema.safeParse(config))).toEqual([]);
	});
	it('rejects a colour that is not hex and an unknown document type', () => {
		const bad = {
			...config,
			company: { name: 'Beispiel GmbH', primaryColor: 'blue' },
			review: { maxIntervalMonths: { guidelines: 24 }, warnDays: 30 },
		};
		expect(paths(handbookSchema.safeParse(bad))).toEqual([
			'company.primaryColor',
			'review.maxIntervalMonths',
		]);
	});
	it('accepts any BCP 47 language tag in its standard spelling', () => {
		const locales = { default: 'de', available: ['de', 'en', 'tr', 'uk', 'pt-BR', 'sr-Latn'] };
		expect(paths(handbookSchema.safeParse({ ...config, locales }))).toEqual([]);
		expect(paths(guidelineSchema.safeParse({ ...valid.guideline, language: 'pt-BR' }))).toEqual([]);
	});
	it('refuses what is no language tag, and says how to spell one written differently', () => {
		const locales = { default: 'de', available: ['de', 'pt-br', 'deutsch!', 'x'] };
		const result = handbookSchema.safeParse({ ...config, locales });
		expect(paths(result)).toEqual([
			'locales.available.1',
			'locales.available.2',
			'locales.available.3',
		]);
		const issues = result.success ? [] : result.error.issues;
		expect(issues[0]?.message).toContain('write "pt-BR"');
		expect((issues[0] as { params?: { fix?: string } }).params?.fix).toBe('Write pt-BR.');
		expect(issues[1]?.message).toContain('must be a language tag');
		expect(canonicalLanguage('SR-latn')).toBe('sr-Latn');
		expect(canonicalLanguage('de DE')).toBeUndefined();
	});
});

describe('format helpers', () => {
	it('knows real calendar dates', () => {
		expect(isCalendarDate('2028-02-29')).toBe(true);
		expect(isCalendarDate('2027-02-29')).toBe(false);
		expect(isCalendarDate('2027-13-01')).toBe(false);
	});
	it('accepts ISO durations with days, hours and minutes only', () => {
		for (const ok of ['PT15M', 'PT1H', 'P3D', 'P1DT2H', 'PT1H30M'])
			expect(DURATION_PATTERN.test(ok)).toBe(true);
		for (const bad of ['1h', 'P', 'PT', 'PT1S', 'P1W', ''])
			expect(DURATION_PATTERN.test(bad)).toBe(false);
	});
});
