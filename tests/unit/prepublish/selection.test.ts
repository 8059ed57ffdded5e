/**
 * Selection over the example handbook's check (content/prepublish/darf-ich-das-posten.yaml):
 * exact items for representative posts, and invariants for every combination of answers
 * to the questions about the post.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Prepublish, PrepublishCondition } from '../../../schemas/index.ts';
import {
	ALWAYS,
	conditionHolds,
	mappingApplies,
	select,
	SEVERITY_RANK,
} from '../../../src/lib/prepublish/selection.ts';
import { isAsked } from '../../../src/lib/prepublish/flow.ts';
import type { Answers, CheckData } from '../../../src/lib/prepublish/types.ts';
import { example } from './example.ts';

let check: CheckData;
let source: Prepublish;

beforeAll(async () => {
	const ex = await example();
	check = ex.view('darf-ich-das-posten').check;
	source = ex.docs.find((d) => d.type === 'prepublish' && d.id === 'darf-ich-das-posten')!
		.data as Prepublish;
});

/** Answers about a post in the deep-link form: absent questions are "nothing of this". */
function post(answers: Answers): Answers {
	return { ...answers };
}

const keys = (answers: Answers) => select(check, post(answers)).items.map((x) => x.key);

describe('the example check', () => {
	it('is valid, approved and translated with the same logic', async () => {
		const { result } = await example();
		const mine = result.handbook.docs.filter((d) => d.type === 'prepublish');
		expect(mine.map((d) => d.file).sort()).toEqual([
			'content/prepublish/darf-ich-das-posten.yaml',
			'content/prepublish/may-i-post-this.yaml',
		]);
		const problems = [...result.errors, ...result.warnings].filter((d) =>
			d.file.startsWith('content/prepublish/'),
		);
		expect(problems).toEqual([]);
		expect(source.status).toBe('approved');
	});

	it('asks about every topic of a post', () => {
		expect(check.questions.map((q) => q.id)).toEqual([
			'account',
			'channel',
			'topics',
			'children',
			'third-party',
			'commercial',
			'personal-data',
			'ai',
			'confidential',
		]);
		// Follow-ups are asked only for the topics ticked.
		expect(check.questions.filter((q) => q.askIf).map((q) => q.askIf)).toEqual([
			{ topics: ['people'] },
			{ topics: ['third-party'] },
			{ topics: ['commercial'] },
			{ topics: ['personal-data'] },
			{ topics: ['ai'] },
			{ topics: ['confidential'] },
		]);
		expect(check.questions[1]!.options.map((o) => o.id)).toEqual([
			'blog',
			'facebook',
			'instagram',
			'linkedin',
			'wiki',
			'youtube',
			'other',
		]);
	});
});

describe('selection for representative posts', () => {
	it('a plain corporate post: the default item and product claims', () => {
		expect(keys({ channel: ['linkedin'], account: ['corporate'] })).toEqual([
			'urheberrecht#lizenz-vorhanden',
			'wettbewerbsrecht#aussagen-belegt',
		]);
	});

	it('a team photo from a trade fair on the corporate LinkedIn page', () => {
		const selection = select(
			check,
			post({ channel: ['linkedin'], account: ['corporate'], topics: ['people', 'brands'] }),
		);
		expect(selection.items.map((x) => x.key)).toEqual([
			'urheberrecht#lizenz-vorhanden',
			'wettbewerbsrecht#aussagen-belegt',
			'persoenlichkeitsrecht#einwilligung-abgebildete',
			'persoenlichkeitsrecht#aufnahmen-rechtmaessig',
			'persoenlichkeitsrecht#beschaeftigte-eingewilligt',
			'arbeitsrecht#bilder-von-beschaeftigten',
			'datenschutz#rechtsgrundlage-personendaten',
			'persoenlichkeitsrecht#ausnahme-nach-kug',
			'persoenlichkeitsrecht#kug-und-dsgvo',
			'persoenlichkeitsrecht#widerruf-beachtet',
			'markenrecht#fremde-marken-als-hinweis',
			'markenrecht#keine-scheinverbindung',
			'markenrecht#hashtags-beschreibend',
			'markenrecht#partner-logos-freigegeben',
			'urheberrecht#werke-im-bild',
		]);
		expect(selection.mappings.map((m) => m.id)).toEqual([
			'unternehmenskanal',
			'personen-erkennbar',
			'personen-unternehmenskanal',
			'personenbezug',
			'fremde-marken',
		]);
		expect(selection.rules.map((r) => r.key)).toContain('fotos-und-videos#einwilligung-einholen');
	});

	it("an employee's private Instagram post about a new product", () => {
		const selection = select(
			check,
			post({
				channel: ['instagram'],
				account: ['private'],
				confidential: ['unreleased-product'],
			}),
		);
		expect(selection.items.map((x) => [x.key, x.contact, x.reasons.join(' ')])).toEqual([
			['urheberrecht#lizenz-vorhanden', 'legal-counsel', ALWAYS],
			['arbeitsrecht#keine-geschaeftsgeheimnisse', 'head-of-communications', 'vertrauliches'],
			['wettbewerbsrecht#aussagen-belegt', 'head-of-communications', 'neues-produkt'],
			['wettbewerbsrecht#mitarbeitende-offenlegen', 'social-media-manager', 'privates-profil'],
			['arbeitsrecht#insiderinformationen', 'head-of-communications', 'vertrauliches'],
			['markenrecht#kampagnenname-recherchiert', 'head-of-communications', 'neues-produkt'],
		]);
	});

	it('a giveaway with a price reduction on the corporate Facebook page', () => {
		const selection = select(
			check,
			post({ channel: ['facebook'], account: ['corporate'], commercial: ['giveaway', 'price'] }),
		);
		expect(selection.items.map((x) => [x.key, x.contact])).toEqual([
			['urheberrecht#lizenz-vorhanden', 'legal-counsel'],
			['wettbewerbsrecht#aussagen-belegt', 'legal-counsel'],
			['wettbewerbsrecht#gewinnspiel-bedingungen', 'legal-counsel'],
			['datenschutz#gewinnspiel-und-leads', 'data-protection-officer'],
			['wettbewerbsrecht#preisangaben-korrekt', 'legal-counsel'],
		]);
	});

	it('personal data alone brings in the legal basis (whenAny) and the data protection items', () => {
		const selection = select(
			check,
			post({ channel: ['blog'], account: ['corporate'], 'personal-data': ['personal-data'] }),
		);
		expect(selection.items.map((x) => x.key)).toEqual([
			'urheberrecht#lizenz-vorhanden',
			'wettbewerbsrecht#aussagen-belegt',
			'datenschutz#rechtsgrundlage-personendaten',
			'datenschutz#besondere-kategorien',
			'persoenlichkeitsrecht#tatsachen-beweisbar',
			'impressum#verantwortliche-person-blog',
			'datenschutz#einbettungen-mit-einwilligung',
			'persoenlichkeitsrecht#screenshots-anonymisiert',
		]);
		expect(
			selection.items.find((x) => x.key === 'persoenlichkeitsrecht#screenshots-anonymisiert')
				?.contact,
		).toBe('data-protection-officer');
	});

	it('children, music and AI media add their items', () => {
		const found = keys({
			channel: ['youtube'],
			account: ['corporate'],
			children: ['yes'],
			'third-party': ['music'],
			ai: ['media'],
		});
		expect(found).toEqual(
			expect.arrayContaining([
				'persoenlichkeitsrecht#kinder-nur-mit-einwilligung',
				'urheberrecht#musik-lizenziert',
				'wettbewerbsrecht#ki-bilder-gekennzeichnet',
				'urheberrecht#ki-erzeugnisse',
			]),
		);
		expect(found).not.toContain('persoenlichkeitsrecht#einwilligung-abgebildete');
	});

	it('a minor item appears for advertising on a private profile', () => {
		const selection = select(
			check,
			post({ channel: ['linkedin'], account: ['private'], commercial: ['advertising'] }),
		);
		expect(selection.items.at(-1)).toMatchObject({
			key: 'impressum#profile-von-beschaeftigten',
			item: { severity: 'minor' },
			contact: 'social-media-manager',
		});
	});
});

type Entries = [string, string[]][];

/** A condition from the YAML data as [question, accepted answers] pairs (independent of the page data). */
function entries(condition: PrepublishCondition | undefined): Entries {
	return Object.entries(condition ?? {}).map(([q, v]) => [q, typeof v === 'string' ? [v] : v]);
}

function holds(condition: Entries, answers: Answers): boolean {
	return condition.every(([q, accepted]) => (answers[q] ?? []).some((a) => accepted.includes(a)));
}

/**
 * Every distinguishable combination of answers a reader can give. Answers that sit in
 * exactly the same condition lists cannot be told apart by any mapping, so one
 * representative of each such group stands for all of them: for single and yes/no
 * questions one answer per group, for multiple questions every subset of groups
 * (including none). A follow-up is answered only when its `askIf` holds, and then with
 * at least one answer, as the page requires.
 */
function combinations(): Answers[] {
	const lists = [
		...source.mappings.flatMap((m) => [m.when ?? {}, ...(m.whenAny ?? [])]),
		...source.questions.flatMap((q) => (q.askIf ? [q.askIf] : [])),
	];
	const perQuestion = check.questions.map((q) => {
		const groups = new Map<string, string>();
		for (const option of q.options) {
			const membership = lists
				.map((c) => {
					const v = c[q.id];
					return v !== undefined && (typeof v === 'string' ? [v] : v).includes(option.id);
				})
				.join();
			if (!groups.has(membership)) groups.set(membership, option.id);
		}
		const reps = [...groups.values()];
		if (q.kind !== 'multiple') return reps.map((r) => [r]);
		const out: string[][] = [[]];
		for (const rep of reps) for (const subset of [...out]) out.push([...subset, rep]);
		return out;
	});
	let all: Answers[] = [{}];
	check.questions.forEach((q, i) => {
		const next: Answers[] = [];
		for (const partial of all) {
			if (!isAsked(q, partial)) {
				next.push(partial);
				continue;
			}
			for (const values of perQuestion[i]!)
				if (values.length) next.push({ ...partial, [q.id]: values });
				else if (!q.askIf) next.push(partial);
		}
		all = next;
	});
	return all;
}

describe('selection for every combination of answers', () => {
	it('includes exactly the default set and the items of every mapping whose conditions hold', () => {
		const all = combinations();
		expect(all.length).toBeGreaterThan(100_000);
		const mappings = source.mappings.map((m) => ({
			id: m.id,
			askRole: m.askRole,
			items: m.include.checklistItems ?? [],
			when: entries(m.when),
			whenAny: m.whenAny?.map(entries),
		}));
		const always = source.always?.checklistItems ?? [];
		const problems: string[] = [];
		const seen = new Set<string>();
		for (const answers of all) {
			const selection = select(check, answers);
			const applied = mappings.filter(
				(m) =>
					holds(m.when, answers) &&
					(m.whenAny === undefined || m.whenAny.some((c) => holds(c, answers))),
			);
			const expected = new Set([...always, ...applied.flatMap((m) => m.items)]);
			const got = selection.items.map((x) => x.key);
			const report = (what: string) => problems.push(`${JSON.stringify(answers)}: ${what}`);
			// The applied mappings are exactly those whose conditions hold.
			if (selection.mappings.map((m) => m.id).join() !== applied.map((m) => m.id).join())
				report('mappings');
			// No duplicates, nothing missing, nothing extra.
			if (new Set(got).size !== got.length) report('duplicates');
			if (got.length !== expected.size || got.some((k) => !expected.has(k)))
				report(`items ${got.join(',')}`);
			selection.items.forEach((x, i) => {
				seen.add(x.key);
				const previous = selection.items[i - 1]?.item.severity;
				if (previous && SEVERITY_RANK[previous] > SEVERITY_RANK[x.item.severity]) report('order');
				// Every reason is a true justification, and every justification is named.
				const by = applied.filter((m) => m.items.includes(x.key));
				const justified = [...(always.includes(x.key) ? [ALWAYS] : []), ...by.map((m) => m.id)];
				if (x.reasons.join() !== justified.join()) report(`reasons of ${x.key}`);
				const askRole = by.find((m) => m.askRole)?.askRole;
				if (x.contact !== (x.item.escalateTo ?? askRole ?? x.item.reviewer))
					report(`contact of ${x.key}`);
			});
			if (problems.length > 5) break;
		}
		expect(problems).toEqual([]);
		// Every item the check names can be reached by some post.
		expect([...seen].sort()).toEqual(Object.keys(check.items).sort());
	});

	it('evaluates conditions as documented: every entry, any listed answer, any alternative', () => {
		const m = check.mappings.find((x) => x.id === 'personenbezug')!;
		expect(m.when).toEqual({});
		expect(mappingApplies(m, { topics: ['people'] })).toBe(true);
		expect(mappingApplies(m, { 'personal-data': ['customer-case', 'personal-data'] })).toBe(true);
		expect(mappingApplies(m, { topics: ['brands'], 'personal-data': ['customer-case'] })).toBe(
			false,
		);
		expect(conditionHolds({ a: ['x', 'y'], b: ['z'] }, { a: ['y'], b: ['z'] })).toBe(true);
		expect(conditionHolds({ a: ['x', 'y'], b: ['z'] }, { a: ['y'] })).toBe(false);
		expect(conditionHolds({}, {})).toBe(true);
	});
});
