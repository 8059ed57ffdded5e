/**
 * The result of a check, over the example handbook's check: all safe → go, one blocker
 * "no" → fix first, "unsure" or a major "no" → ask before posting, and the policy in the
 * content decides which severity means what.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { select, type Selection } from '../../../src/lib/prepublish/selection.ts';
import type {
	Answers,
	CheckData,
	CheckRule,
	ItemAnswers,
} from '../../../src/lib/prepublish/types.ts';
import { decide, DEFAULT_POLICY, outcomeOf } from '../../../src/lib/prepublish/verdict.ts';
import { example } from './example.ts';

let check: CheckData;

beforeAll(async () => {
	check = (await example()).view('darf-ich-das-posten').check;
});

const TRADE_FAIR: Answers = {
	account: ['corporate'],
	channel: ['linkedin'],
	topics: ['people', 'brands'],
	children: ['no'],
};
const PRIVATE_PRODUCT: Answers = {
	account: ['private'],
	channel: ['instagram'],
	topics: ['confidential'],
	confidential: ['unreleased-product'],
};
const GIVEAWAY: Answers = {
	account: ['corporate'],
	channel: ['facebook'],
	topics: ['commercial'],
	commercial: ['giveaway', 'price'],
};

function allYes(selection: Selection, changes: ItemAnswers = {}): ItemAnswers {
	return { ...Object.fromEntries(selection.items.map((x) => [x.key, 'yes'])), ...changes };
}

describe('verdict', () => {
	it('uses the policy written in the example check (the documented defaults)', () => {
		expect(check.policy).toEqual(DEFAULT_POLICY);
	});

	it('is "go" when every item is answered safely', () => {
		for (const answers of [TRADE_FAIR, PRIVATE_PRODUCT, GIVEAWAY]) {
			const selection = select(check, answers);
			const verdict = decide(selection, allYes(selection), check.policy);
			expect(verdict).toMatchObject({ kind: 'go', fix: [], ask: [], notes: [], open: [] });
			expect(verdict.ok).toHaveLength(selection.items.length);
			expect(verdict.contacts).toEqual([]);
		}
	});

	it('is "fix first" when one blocker is answered "no", naming the item and its contact', () => {
		const selection = select(check, PRIVATE_PRODUCT);
		const verdict = decide(
			selection,
			allYes(selection, { 'arbeitsrecht#keine-geschaeftsgeheimnisse': 'no' }),
			check.policy,
		);
		expect(verdict.kind).toBe('fix');
		expect(verdict.fix.map((x) => x.key)).toEqual(['arbeitsrecht#keine-geschaeftsgeheimnisse']);
		expect(verdict.contacts).toEqual(['head-of-communications']);
		expect(check.roles['head-of-communications']).toMatchObject({
			name: 'Leitung Unternehmenskommunikation',
			people: ['Dr. Katrin Weiß'],
			mailbox: 'kommunikation@rohrwerk.example',
		});
	});

	it('is "ask before posting" for "unsure" on any item and for a major "no"', () => {
		const selection = select(check, GIVEAWAY);
		const unsure = decide(
			selection,
			allYes(selection, { 'wettbewerbsrecht#gewinnspiel-bedingungen': 'unsure' }),
			check.policy,
		);
		expect(unsure.kind).toBe('ask');
		expect(unsure.ask.map((x) => x.key)).toEqual(['wettbewerbsrecht#gewinnspiel-bedingungen']);
		const majorNo = decide(
			selection,
			allYes(selection, {
				'wettbewerbsrecht#preisangaben-korrekt': 'unsure',
				'datenschutz#gewinnspiel-und-leads': 'no',
			}),
			check.policy,
		);
		expect(majorNo.kind).toBe('ask');
		expect(majorNo.ask.map((x) => x.key)).toEqual([
			'datenschutz#gewinnspiel-und-leads',
			'wettbewerbsrecht#preisangaben-korrekt',
		]);
		expect(majorNo.contacts).toEqual(['data-protection-officer', 'legal-counsel']);
	});

	it('puts "fix first" before "ask" and still lists what to ask', () => {
		const selection = select(check, TRADE_FAIR);
		const verdict = decide(
			selection,
			allYes(selection, {
				'persoenlichkeitsrecht#einwilligung-abgebildete': 'no',
				'markenrecht#keine-scheinverbindung': 'unsure',
			}),
			check.policy,
		);
		expect(verdict.kind).toBe('fix');
		expect(verdict.fix.map((x) => x.key)).toEqual([
			'persoenlichkeitsrecht#einwilligung-abgebildete',
		]);
		expect(verdict.ask.map((x) => x.key)).toEqual(['markenrecht#keine-scheinverbindung']);
		expect(verdict.contacts).toEqual(['legal-counsel']);
	});

	it('treats a minor "no" as a note that does not stop the post', () => {
		const selection = select(check, {
			...PRIVATE_PRODUCT,
			confidential: [],
			commercial: ['advertising'],
		});
		const verdict = decide(
			selection,
			allYes(selection, { 'impressum#profile-von-beschaeftigten': 'no' }),
			check.policy,
		);
		expect(verdict.kind).toBe('go');
		expect(verdict.notes.map((x) => x.key)).toEqual(['impressum#profile-von-beschaeftigten']);
	});

	it('stays open while an item is unanswered', () => {
		const selection = select(check, GIVEAWAY);
		const answers = allYes(selection);
		delete answers['wettbewerbsrecht#preisangaben-korrekt'];
		const verdict = decide(selection, answers, check.policy);
		expect(verdict.kind).toBe('open');
		expect(verdict.open.map((x) => x.key)).toEqual(['wettbewerbsrecht#preisangaben-korrekt']);
	});

	it('follows a stricter or laxer policy from the content', () => {
		const strict = {
			fixWhenNo: ['blocker', 'major'],
			askWhenNo: [],
			askWhenUnsure: ['blocker', 'major', 'minor'],
		} as const;
		const lax = {
			fixWhenNo: ['blocker'],
			askWhenNo: ['major'],
			askWhenUnsure: ['blocker'],
		} as const;
		const p = (x: typeof strict | typeof lax) => ({
			fixWhenNo: [...x.fixWhenNo],
			askWhenNo: [...x.askWhenNo],
			askWhenUnsure: [...x.askWhenUnsure],
		});
		expect(outcomeOf('major', 'no', p(strict))).toBe('fix');
		expect(outcomeOf('minor', 'no', p(strict))).toBe('note');
		expect(outcomeOf('major', 'unsure', p(lax))).toBe('note');
		expect(outcomeOf('blocker', 'unsure', p(lax))).toBe('ask');
		expect(outcomeOf('blocker', 'yes', p(lax))).toBe('ok');
		expect(outcomeOf('minor', undefined, p(lax))).toBe('open');
	});
});

describe('guideline rules that block', () => {
	const rule = (key: string, blocks?: 'fix' | 'ask', askRole?: string): CheckRule => ({
		key,
		guideline: key.split('#')[0]!,
		source: 'Leitstelle',
		kind: 'dont',
		text: 'Keine Fotos aus der Leitstelle während einer Störung.',
		items: [],
		...(blocks ? { blocks } : {}),
		...(askRole ? { askRole } : {}),
	});
	const selection = (rules: CheckRule[]): Selection => ({ mappings: [], items: [], rules });

	it('turns "go" into "fix first"', () => {
		const v = decide(
			selection([rule('leitstelle#keine-fotos', 'fix', 'pressestelle')]),
			{},
			DEFAULT_POLICY,
		);
		expect(v.kind).toBe('fix');
	});

	it('asks before posting for `blocks: ask`, and leaves advice rules alone', () => {
		expect(decide(selection([rule('a#b', 'ask')]), {}, DEFAULT_POLICY).kind).toBe('ask');
		const advice = decide(selection([rule('a#c')]), {}, DEFAULT_POLICY);
		expect(advice.kind).toBe('go');
		expect(advice.contacts).toEqual([]);
	});
});
