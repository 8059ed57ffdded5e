/** The text for the approval record, and deep links that pre-fill the questions. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	answersFromLocation,
	formatAnswers,
	parseAnswers,
} from '../../../src/lib/prepublish/links.ts';
import { select } from '../../../src/lib/prepublish/selection.ts';
import { summaryText } from '../../../src/lib/prepublish/summary.ts';
import type { CheckData, CheckStrings, ItemAnswers } from '../../../src/lib/prepublish/types.ts';
import { decide } from '../../../src/lib/prepublish/verdict.ts';
import { example } from './example.ts';

let check: CheckData;
let strings: CheckStrings;
let en: { check: CheckData; strings: CheckStrings };

beforeAll(async () => {
	const ex = await example();
	({ check, strings } = ex.view('darf-ich-das-posten'));
	en = ex.view('may-i-post-this');
});

describe('summary for the approval record', () => {
	it('names the post, the result, every item with its answer, contacts and versions', () => {
		const answers = {
			account: ['private'],
			channel: ['instagram'],
			topics: ['confidential'],
			confidential: ['unreleased-product'],
		};
		const selection = select(check, answers);
		const itemAnswers: ItemAnswers = Object.fromEntries(
			selection.items.map((x) => [x.key, 'yes' as const]),
		);
		itemAnswers['arbeitsrecht#keine-geschaeftsgeheimnisse'] = 'no';
		const verdict = decide(selection, itemAnswers, check.policy);
		const text = summaryText({
			data: check,
			answers,
			selection,
			itemAnswers,
			verdict,
			strings,
			date: '22.11.2026',
		});
		const lines = text.split('\n');
		expect(lines.slice(0, 3)).toEqual([
			'Darf ich das posten? – Ergebnis des Vorab-Checks',
			'Datum: 22.11.2026',
			'Ergebnis: Erst nachbessern',
		]);
		expect(lines).toContain('- Wo soll der Beitrag erscheinen? Instagram');
		expect(lines).toContain('- Über welches Konto posten Sie? Mein privates Profil');
		expect(lines).toContain('- Was kommt in Ihrem Beitrag vor? Etwas Neues oder Internes');
		// Follow-ups that were not asked are left out.
		expect(lines).toContain(
			'- Was ist neu oder intern? Ein Produkt, das noch nicht vorgestellt ist',
		);
		expect(text).not.toContain('Was haben andere gemacht?');
		expect(lines).toContain('Das müssen Sie nachbessern (1)');
		expect(text).toContain(
			'- [Blocker] Ist der Beitrag frei von vertraulichen Informationen, etwa Rezepturen neuer Kunststoffmischungen, Laborergebnisse, Kundenprojekte, Preise oder interne Zahlen? Ihre Antwort: Nein',
		);
		expect(text).toContain('  Rechtsgrundlage: § 2 Nr. 1 GeschGehG; § 3 Abs. 1 PatG (Neuheit)');
		expect(text).toContain(
			'  Warum: Veröffentlichen Sie nichts aus den vertraulichen Bereichen, die diese Richtlinie auflistet',
		);
		expect(text).toContain(
			'  Ansprechperson: Leitung Unternehmenskommunikation (Dr. Katrin Weiß, kommunikation@rohrwerk.example)',
		);
		expect(lines).toContain('Sicher beantwortet (5)');
		expect(lines).toContain(
			'- Fragen zum Check: Social-Media-Managerin (Jana Hoffmann, social-media@rohrwerk.example)',
		);
		const sources = lines.slice(lines.indexOf('Grundlage dieses Ergebnisses') + 1);
		expect(sources).toEqual([
			'- Darf ich das posten? (darf-ich-das-posten), Version 1, geprüft am 16. November 2026',
			'- Checkliste Urheberrecht (urheberrecht), Version 6, geprüft am 4. Dezember 2026',
			'- Checkliste Wettbewerbs- und Werberecht (wettbewerbsrecht), Version 5, geprüft am 4. Dezember 2026',
			'- Checkliste Arbeitsrecht, Beschäftigtendaten und Vertraulichkeit (arbeitsrecht), Version 4, geprüft am 4. Dezember 2026',
			'- Checkliste Markenrecht (markenrecht), Version 3, geprüft am 21. November 2026',
		]);
	});

	it('is written in the page language', () => {
		const answers = { channel: ['linkedin'], account: ['corporate'] };
		const selection = select(en.check, answers);
		const itemAnswers = Object.fromEntries(selection.items.map((x) => [x.key, 'yes' as const]));
		const text = summaryText({
			data: en.check,
			answers,
			selection,
			itemAnswers,
			verdict: decide(selection, itemAnswers, en.check.policy),
			strings: en.strings,
			date: '22/11/2026',
		});
		expect(text.split('\n').slice(0, 3)).toEqual([
			'May I post this? – result of the pre-publish check',
			'Date: 22/11/2026',
			'Result: You may post',
		]);
		expect(text).toContain('- Which account are you posting from? A Rohrwerk corporate channel');
		expect(text).toContain(
			'- May I post this? (may-i-post-this), version 1, reviewed on 16 November 2026',
		);
	});
});

describe('deep links', () => {
	it('pre-fill answers from the query, ignoring unknown questions and answers', () => {
		expect(
			parseAnswers(
				'?channel=instagram&account=corporate&topics=people&colour=red&children=vielleicht',
				check.questions,
			),
		).toEqual({ account: ['corporate'], channel: ['instagram'], topics: ['people'] });
	});

	it('accept several answers of a multiple question, comma-separated or repeated', () => {
		expect(
			parseAnswers('commercial=giveaway,price&commercial=comparison', check.questions),
		).toEqual({
			commercial: ['giveaway', 'price', 'comparison'],
		});
		expect(parseAnswers('account=private,corporate', check.questions)).toEqual({
			account: ['private'],
		});
	});

	it('let the fragment override the query', () => {
		expect(
			answersFromLocation('?channel=blog&children=no', '#channel=youtube', check.questions),
		).toEqual({ channel: ['youtube'], children: ['no'] });
	});

	it('round-trip through formatAnswers in question order', () => {
		const answers = { commercial: ['giveaway', 'price'], channel: ['facebook'], ai: [] };
		const link = formatAnswers(answers, check.questions);
		expect(link).toBe('channel=facebook&commercial=giveaway,price');
		expect(parseAnswers(link, check.questions)).toEqual({
			channel: ['facebook'],
			commercial: ['giveaway', 'price'],
		});
	});
});
