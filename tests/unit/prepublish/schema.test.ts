/** The pre-publish check schema: strict, plain strings, registered like every other type. */
import { describe, expect, it } from 'vitest';
import { DOC_TYPES, prepublishSchema } from '../../../schemas/index.ts';

function valid(): Record<string, any> {
	return {
		id: 'vorab',
		title: 'Darf ich das posten?',
		summary: 'Ein paar Fragen zum Beitrag, dann die Prüffragen, die gelten.',
		language: 'de',
		status: 'approved',
		owner: 'social-media-manager',
		approvedBy: 'head-of-communications',
		reviewedOn: '2026-11-01',
		reviewBy: '2027-10-31',
		audience: ['all-employees'],
		questions: [
			{
				id: 'channel',
				text: 'Wo erscheint der Beitrag?',
				help: 'Die Plattform, auf der Sie posten.',
				kind: 'single',
				optionsFrom: 'channels',
				options: [{ id: 'other', label: 'Woanders', help: 'Eine andere Plattform.' }],
			},
			{
				id: 'people',
				text: 'Personen im Bild?',
				help: 'Erkennbare Personen zählen.',
				kind: 'yesno',
			},
		],
		always: { checklistItems: ['urheberrecht#lizenz-vorhanden'] },
		mappings: [
			{
				id: 'personen',
				label: 'Personen im Bild',
				when: { people: 'yes', channel: ['linkedin', 'other'] },
				include: {
					checklistItems: ['persoenlichkeitsrecht#einwilligung-abgebildete'],
					guidelineRules: ['fotos#einwilligung-einholen'],
				},
				askRole: 'legal-counsel',
			},
			{
				id: 'oder',
				label: 'Eins von beiden',
				whenAny: [{ people: 'yes' }, { channel: 'other' }],
				include: { guidelineRules: ['fotos#quelle-nennen'] },
			},
		],
		escalation: { default: 'social-media-manager', deputy: 'community-manager' },
		policy: { fixWhenNo: ['blocker'], askWhenNo: ['major'], askWhenUnsure: ['blocker', 'major'] },
	};
}

function paths(value: unknown): string[] {
	const result = prepublishSchema.safeParse(value);
	return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('prepublish schema', () => {
	it('is registered for content/prepublish/*.yaml', () => {
		expect(DOC_TYPES.prepublish).toEqual({
			folder: 'prepublish',
			format: 'yaml',
			schema: prepublishSchema,
		});
	});

	it('accepts a valid check and keeps every value as written (no transforms)', () => {
		const doc = valid();
		const result = prepublishSchema.safeParse(doc);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.data).toEqual(doc);
	});

	it('rejects unknown keys at every level', () => {
		const doc = valid();
		doc['question'] = [];
		doc['questions'][0].hilfe = 'x';
		doc['questions'][0].options[0].tooltip = 'x';
		doc['mappings'][0].include.items = [];
		doc['escalation'].fallback = 'x';
		doc['policy'].strict = true;
		expect(paths(doc).sort()).toEqual([
			'',
			'escalation',
			'mappings.0.include',
			'policy',
			'questions.0',
			'questions.0.options.0',
		]);
	});

	it('rejects wrong kinds, references and condition values', () => {
		const doc = valid();
		doc['questions'][1].kind = 'boolean';
		doc['questions'][0].optionsFrom = 'teams';
		doc['mappings'][0].include.checklistItems = ['persoenlichkeitsrecht/einwilligung'];
		doc['mappings'][0].include.guidelineRules = ['fotos'];
		doc['mappings'][0].when = { people: true };
		doc['mappings'][1].whenAny = [{ people: 'yes' }];
		doc['escalation'].default = 'Social Media';
		doc['policy'].askWhenNo = ['critical'];
		expect(paths(doc).sort()).toEqual([
			'escalation.default',
			'mappings.0.include.checklistItems.0',
			'mappings.0.include.guidelineRules.0',
			'mappings.0.when.people',
			'mappings.1.whenAny',
			'policy.askWhenNo.0',
			'questions.0.optionsFrom',
			'questions.1.kind',
		]);
	});

	it('requires questions, mappings, escalation and the approval fields', () => {
		const doc = valid();
		delete doc['questions'];
		delete doc['escalation'];
		delete doc['approvedBy'];
		doc['mappings'] = [];
		expect(paths(doc).sort()).toEqual(['approvedBy', 'escalation', 'mappings', 'questions']);
	});
});
