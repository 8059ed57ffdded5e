/**
 * The starting documents of `npm run new` (and of the authoring guide) speak the
 * new document's language: German comments and placeholders for de, English for
 * every other language. Both read the same fields.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOC_TYPE_NAMES } from '../../../schemas/index.ts';
import type { HandbookFacts } from '../../../src/lib/scaffold/facts.ts';
import { scaffoldDocument } from '../../../src/lib/scaffold/templates.ts';

const FACTS = {
	roles: [
		{ id: 'social-media-manager', canApprove: false },
		{ id: 'legal-counsel', canApprove: true },
	],
	channels: ['instagram'],
	checklistItems: ['urheberrecht#lizenz'],
} as unknown as HandbookFacts;

const yamlOf = (text: string) => parse(/^---\n([\s\S]*?)^---/m.exec(text)?.[1] ?? text);
const comments = (text: string) =>
	text
		.split('\n')
		.flatMap((l) => (/(?:^|\s)# (.*)$/.exec(l)?.[1] ? [/(?:^|\s)# (.*)$/.exec(l)![1]!] : []));

describe('starting documents', () => {
	it.each(DOC_TYPE_NAMES)('comments a German %s in German, with the same fields', (type) => {
		const de = scaffoldDocument({ type, id: 'neu', language: 'de' }, FACTS, '2027-01-01').text;
		const en = scaffoldDocument({ type, id: 'neu', language: 'en' }, FACTS, '2027-01-01').text;
		expect(de).toMatch(/^# Neue[rs]? /m);
		expect(de).toContain('# muss dem Dateinamen gleich bleiben');
		expect(en).toMatch(/^# A new /m);
		expect(en).toContain('# must stay equal to the file name');
		expect(comments(de).join('\n')).not.toMatch(/\b(?:the|one of|must|which|what)\b/);
		// Only the words differ: the same keys and ids, placeholders in both.
		const keys = (text: string) => Object.keys(yamlOf(text) as object);
		expect(keys(de)).toEqual(keys(en));
		expect(de.match(/TODO: /g)?.length).toBe(en.match(/TODO: /g)?.length);
	});

	it('takes regional German tags as German and anything else as English', () => {
		const text = (language: string) =>
			scaffoldDocument({ type: 'goal', id: 'z', language }, FACTS, '2027-01-01').text;
		expect(text('de-AT')).toMatch(/^# Neues Ziel\./m);
		expect(text('pt-BR')).toMatch(/^# A new goal\./m);
	});
});
