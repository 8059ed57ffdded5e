/**
 * The result as plain text for the approval record: what the post is, the result, every
 * item with its answer, and the versions of the check and checklists used. Pure; the page
 * copies it to the clipboard (loading this module only then), and the tests read it.
 */
import { rulesFor, type Selection, type SelectedItem } from './selection.ts';
import type { Verdict } from './verdict.ts';
import { fill, postLines, roleLine } from './text.ts';
import type { Answers, CheckData, CheckStrings, ItemAnswers } from './types.ts';

/** `Version 3, geprüft am …` for a checklist or the check itself. */
function versionLine(
	strings: CheckStrings,
	source: { version?: number; reviewedOn?: string },
): string {
	const parts: string[] = [];
	if (source.version !== undefined)
		parts.push(fill(strings, 'prepublish.version', { version: source.version }));
	if (source.reviewedOn)
		parts.push(fill(strings, 'prepublish.reviewedOn', { date: source.reviewedOn }));
	return parts.join(', ');
}

/** `Title (id), Version 3, geprüft am …`: which version of a document was used. */
export function sourceLine(
	strings: CheckStrings,
	source: { id: string; title: string; version?: number; reviewedOn?: string },
): string {
	const version = versionLine(strings, source);
	return `${source.title} (${source.id})${version ? `, ${version}` : ''}`;
}

export interface SummaryInput {
	data: CheckData;
	answers: Answers;
	selection: Selection;
	itemAnswers: ItemAnswers;
	verdict: Verdict;
	strings: CheckStrings;
	/** The date of the check as readers write it, e.g. `22.11.2026`. */
	date: string;
}

export function summaryText(input: SummaryInput): string {
	const { data, answers, selection, itemAnswers, verdict, strings } = input;
	const s = (key: string, vars?: Record<string, string | number>) => fill(strings, key, vars);
	const kindKey = { go: 'Go', fix: 'Fix', ask: 'Ask', open: 'Open' }[verdict.kind];
	const out: string[] = [
		s('prepublish.summaryHeading', { title: data.title }),
		s('prepublish.summaryDate', { date: input.date }),
		s('prepublish.summaryResult', { verdict: s(`prepublish.verdict${kindKey}`) }),
		'',
		s('prepublish.summaryPost'),
		...postLines(data, answers, strings).map((l) => `- ${l.question} ${l.answer}`),
	];
	const item = (x: SelectedItem, details: boolean) => {
		const answer = itemAnswers[x.key];
		const lines = [
			`- [${s(`severity.${x.item.severity}`)}] ${x.item.question} ${s('prepublish.yourAnswer')}: ${
				answer ? s(`prepublish.${answer}`) : '—'
			}`,
		];
		if (!details) return lines;
		lines.push(`  ${s('checklist.guidance')}: ${x.item.guidance}`);
		for (const rule of rulesFor(selection, x.key))
			lines.push(
				`  ${s('guideline.rationale')}: ${rule.text}${rule.rationale ? ` ${rule.rationale}` : ''}`,
			);
		lines.push(
			`  ${s('checklist.legalBasis')}: ${x.item.legalBasis.map((b) => b.label).join('; ')}`,
		);
		lines.push(`  ${s('prepublish.contact')}: ${roleLine(data, x.contact)}`);
		return lines;
	};
	const section = (key: string, list: SelectedItem[], details: boolean) => {
		if (!list.length) return;
		out.push('', `${s(key)} (${list.length})`, ...list.flatMap((x) => item(x, details)));
	};
	section('prepublish.fixTitle', verdict.fix, true);
	section('prepublish.askTitle', verdict.ask, true);
	section('prepublish.notesTitle', verdict.notes, true);
	section('prepublish.openTitle', verdict.open, false);
	section('prepublish.okTitle', verdict.ok, false);
	out.push('', s('prepublish.contactsTitle'));
	for (const id of verdict.contacts) out.push(`- ${roleLine(data, id)}`);
	out.push(`- ${s('prepublish.generalContact')}: ${roleLine(data, data.contact.default)}`);
	if (data.contact.deputy)
		out.push(`- ${s('prepublish.deputy')}: ${roleLine(data, data.contact.deputy)}`);
	out.push('', s('prepublish.sourcesTitle'));
	out.push(`- ${sourceLine(strings, data)}`);
	const used = new Set(selection.items.map((x) => x.item.checklist));
	for (const src of data.sources.filter((c) => used.has(c.id)))
		out.push(`- ${sourceLine(strings, src)}`);
	return out.join('\n');
}
