/**
 * PRE-001 and PRE-002 on the rule-test baseline plus one valid pre-publish check; each
 * test makes one mistake and expects exactly the diagnostic for it, at the right line.
 */
import { describe, expect, it } from 'vitest';
import {
	common,
	file,
	runBaseline,
	type Baseline,
	type Data,
	type Run,
} from '../../helpers/handbook.ts';

const CHECK = 'prepublish/vorab.yaml';
const EN = 'prepublish/vorab-en.yaml';

/** A valid check that points only to what the baseline defines. */
function check(): Data {
	return common('vorab', {
		title: 'Darf ich das posten?',
		questions: [
			{
				id: 'channel',
				text: 'Wo erscheint der Beitrag?',
				help: 'Die Plattform, auf der Sie posten.',
				kind: 'single',
				optionsFrom: 'channels',
				options: [{ id: 'other', label: 'Woanders' }],
			},
			{
				id: 'people',
				text: 'Personen im Bild?',
				help: 'Erkennbare Personen zählen.',
				kind: 'yesno',
			},
			{
				id: 'commercial',
				text: 'Wirbt der Beitrag?',
				help: 'Werbung, Preise oder Gewinnspiele.',
				kind: 'multiple',
				options: [
					{ id: 'advertising', label: 'Werbung' },
					{ id: 'giveaway', label: 'Gewinnspiel' },
				],
			},
		],
		always: { checklistItems: ['urheberrecht#lizenz-vorhanden'] },
		mappings: [
			{
				id: 'personen',
				label: 'Personen im Bild',
				when: { people: 'yes', channel: ['linkedin', 'other'] },
				include: {
					checklistItems: ['persoenlichkeitsrecht#freigabe'],
					guidelineRules: ['fotos#quelle-nennen'],
				},
				askRole: 'legal-counsel',
			},
			{
				id: 'werbung',
				label: 'Werbung',
				whenAny: [{ commercial: 'advertising' }, { commercial: 'giveaway', people: 'yes' }],
				include: { checklistItems: ['wettbewerbsrecht#rechte-geklaert'] },
			},
		],
		escalation: { default: 'social-media-manager', deputy: 'community-manager' },
	});
}

/** Its English translation: same ids and logic, other texts. */
function translation(): Data {
	const c = check();
	return {
		...c,
		id: 'vorab-en',
		title: 'May I post this?',
		language: 'en',
		translationOf: 'vorab',
		questions: c['questions'].map((q: Data) => ({ ...q, text: `${q['text']} (en)` })),
	};
}

function run(change: (c: Data, b: Baseline, en: Data) => void = () => {}): Run {
	return runBaseline((b) => {
		const c = check();
		const en = translation();
		change(c, b, en);
		b.files[CHECK] = { data: c };
		b.files[EN] = { data: en };
	});
}

describe('pre-publish check rules', () => {
	it('accept the baseline with a valid check and its translation', () => {
		const result = run();
		expect(result.load.diagnostics).toEqual([]);
		expect(result.diagnostics).toEqual([]);
	});
});

describe('PRE-001 the check is consistent', () => {
	it('reports a repeated question id', () => {
		const r = run((c, _b, en) => {
			c['questions'][2].id = 'people';
			en['questions'][2].id = 'people';
		});
		expect(r.diagnostics.filter((d) => d.file === file(CHECK))[0]).toEqual(
			expect.objectContaining({
				rule: 'PRE-001',
				severity: 'error',
				line: r.lineOf(CHECK, 'id: people', 'kind: yesno'),
				path: 'questions[2].id',
				value: 'people',
				message: expect.stringMatching(
					/^The question id "people" is already used at content\/prepublish\/vorab\.yaml:\d+/,
				),
			}),
		);
	});

	it('reports a condition on a question the check does not ask, with a suggestion', () => {
		const r = run((c, _b, en) => {
			c['mappings'][0].when = { peple: 'yes', channel: ['linkedin', 'other'] };
			en['mappings'][0].when = c['mappings'][0].when;
		});
		expect(r.diagnostics).toEqual([
			expect.objectContaining({ rule: 'PRE-001', file: file(EN), path: 'mappings[0].when.peple' }),
			expect.objectContaining({
				rule: 'PRE-001',
				file: file(CHECK),
				line: r.lineOf(CHECK, 'peple: yes'),
				path: 'mappings[0].when.peple',
				didYouMean: 'people',
			}),
		]);
	});

	it('reports an answer a question does not have, in a list of answers', () => {
		const r = run((c, _b, en) => {
			c['mappings'][0].when.channel = ['linkdin', 'other'];
			en['mappings'][0].when.channel = ['linkdin', 'other'];
		});
		const mine = r.diagnostics.filter((d) => d.file === file(CHECK));
		expect(mine).toEqual([
			expect.objectContaining({
				rule: 'PRE-001',
				line: r.lineOf(CHECK, '- linkdin'),
				path: 'mappings[0].when.channel[0]',
				message: 'Question "channel" has no answer "linkdin".',
				expected: 'one of the answers of "channel": linkedin, other',
				didYouMean: 'linkedin',
			}),
		]);
	});

	it('reports a follow-up that depends on a later question, and an unknown answer in askIf', () => {
		const r = run((c, _b, en) => {
			c['questions'][0].askIf = { people: 'yes' };
			c['questions'][2].askIf = { channel: 'linkdin' };
			en['questions'][0].askIf = c['questions'][0].askIf;
			en['questions'][2].askIf = c['questions'][2].askIf;
		});
		expect(r.diagnostics.filter((d) => d.file === file(CHECK))).toEqual([
			expect.objectContaining({
				rule: 'PRE-001',
				path: 'questions[0].askIf.people',
				message: 'Question "channel" is asked only after "people", which comes later.',
			}),
			expect.objectContaining({
				rule: 'PRE-001',
				line: r.lineOf(CHECK, 'linkdin'),
				path: 'questions[2].askIf.channel',
				didYouMean: 'linkedin',
			}),
		]);
	});

	it('reports a translation whose follow-up condition differs', () => {
		const r = run((c) => {
			c['questions'][2].askIf = { channel: 'linkedin' };
		});
		expect(r.diagnostics).toEqual([
			expect.objectContaining({ rule: 'PRE-001', file: file(EN), path: 'questions[2]' }),
		]);
	});

	it('suggests "yes" for "ja" on a yes/no question', () => {
		const r = run((c, _b, en) => {
			c['mappings'][1].whenAny[1].people = 'ja';
			en['mappings'][1].whenAny[1].people = 'ja';
		});
		expect(r.diagnostics.filter((d) => d.file === file(CHECK))).toEqual([
			expect.objectContaining({
				rule: 'PRE-001',
				line: r.lineOf(CHECK, 'people: ja'),
				path: 'mappings[1].whenAny[1].people',
				didYouMean: 'yes',
			}),
		]);
	});

	it('reports answers on a yes/no question and a choice without answers', () => {
		const r = run((c, _b, en) => {
			c['questions'][1].options = [{ id: 'ja', label: 'Ja' }];
			delete c['questions'][2].options;
			en['questions'] = c['questions'];
		});
		expect(r.diagnostics.filter((d) => d.file === file(CHECK))).toEqual([
			expect.objectContaining({
				rule: 'PRE-001',
				line: r.lineOf(CHECK, 'options:', 'Personen im Bild?'),
				path: 'questions[1].options',
			}),
			expect.objectContaining({
				rule: 'PRE-001',
				line: r.lineOf(CHECK, 'kind: multiple'),
				path: 'questions[2].kind',
			}),
			// The conditions on the removed answers fail too.
			expect.objectContaining({ path: 'mappings[1].whenAny[0].commercial' }),
			expect.objectContaining({ path: 'mappings[1].whenAny[1].commercial' }),
		]);
	});

	it('reports a mapping without any condition', () => {
		const r = run((c, _b, en) => {
			delete c['mappings'][1].whenAny;
			delete en['mappings'][1].whenAny;
		});
		expect(r.diagnostics.filter((d) => d.file === file(CHECK))).toEqual([
			expect.objectContaining({
				rule: 'PRE-001',
				line: r.lineOf(CHECK, 'id: werbung'),
				path: 'mappings[1].id',
			}),
		]);
	});

	it('reports a severity that means both "fix" and "ask"', () => {
		const r = run((c, _b, en) => {
			c['policy'] = { fixWhenNo: ['blocker', 'major'], askWhenNo: ['major'] };
			en['policy'] = c['policy'];
		});
		expect(r.diagnostics.filter((d) => d.file === file(CHECK))).toEqual([
			expect.objectContaining({
				rule: 'PRE-001',
				line: r.lineOf(CHECK, '- major', 'askWhenNo'),
				path: 'policy.askWhenNo[0]',
			}),
		]);
	});

	it('reports a translation whose logic differs from the original', () => {
		const r = run((_c, _b, en) => {
			en['mappings'][1].include.checklistItems = ['wettbewerbsrecht#archiv'];
		});
		expect(r.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'PRE-001',
				file: file(EN),
				path: 'mappings[1]',
				message: expect.stringContaining('differs from it in mapping 2'),
			}),
		]);
	});
});

describe('PRE-002 what the check names exists', () => {
	it('reports a misspelled checklist item with a suggestion', () => {
		const r = run((c, _b, en) => {
			c['mappings'][0].include.checklistItems = ['persoenlichkeitsrecht#freigbe'];
			en['mappings'][0].include.checklistItems = ['persoenlichkeitsrecht#freigbe'];
		});
		expect(r.diagnostics.filter((d) => d.file === file(CHECK))).toEqual([
			expect.objectContaining({
				rule: 'PRE-002',
				severity: 'error',
				line: r.lineOf(CHECK, 'persoenlichkeitsrecht#freigbe'),
				path: 'mappings[0].include.checklistItems[0]',
				value: 'persoenlichkeitsrecht#freigbe',
				didYouMean: 'persoenlichkeitsrecht#freigabe',
			}),
		]);
	});

	it('reports an unknown guideline rule and an unknown guideline, with suggestions', () => {
		const r = run((c, _b, en) => {
			c['mappings'][0].include.guidelineRules = ['fotos#quelle-nenen', 'foto#quelle-nennen'];
			en['mappings'][0].include = c['mappings'][0].include;
		});
		expect(r.diagnostics.filter((d) => d.file === file(CHECK))).toEqual([
			expect.objectContaining({
				rule: 'PRE-002',
				line: r.lineOf(CHECK, 'fotos#quelle-nenen'),
				path: 'mappings[0].include.guidelineRules[0]',
				message: 'Guideline "fotos" has no rule "quelle-nenen".',
				didYouMean: 'fotos#quelle-nennen',
			}),
			expect.objectContaining({
				rule: 'PRE-002',
				line: r.lineOf(CHECK, 'foto#quelle-nennen'),
				path: 'mappings[0].include.guidelineRules[1]',
				message: 'No guideline has the id "foto".',
				didYouMean: 'fotos#quelle-nennen',
			}),
		]);
	});

	it('reports an unknown role to ask', () => {
		const r = run((c, _b, en) => {
			c['escalation'].deputy = 'comunity-manager';
			en['escalation'] = c['escalation'];
		});
		expect(r.diagnostics.filter((d) => d.file === file(CHECK))).toEqual([
			expect.objectContaining({
				rule: 'PRE-002',
				line: r.lineOf(CHECK, 'deputy: comunity-manager'),
				path: 'escalation.deputy',
				didYouMean: 'community-manager',
			}),
		]);
	});

	it('warns about rules of a deprecated guideline', () => {
		const r = run((_c, b) => {
			b.guideline['status'] = 'deprecated';
		});
		const mine = r.diagnostics.filter((d) => d.rule === 'PRE-002');
		expect(mine).toEqual([
			expect.objectContaining({ severity: 'warning', file: file(EN) }),
			expect.objectContaining({
				severity: 'warning',
				file: file(CHECK),
				line: r.lineOf(CHECK, '- fotos#quelle-nennen'),
				path: 'mappings[0].include.guidelineRules[0]',
			}),
		]);
	});
});
