/**
 * The editor's file format: reading a file and saving it unchanged gives the
 * same bytes, and a change touches only the lines of what changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { structuredPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fileFormat, splitFrontmatter } from '../../../src/lib/editor/file-format.ts';
import { editorTargets } from '../../../src/lib/editor/targets.ts';

const CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));
const targets = editorTargets();

function formatOf(name: string) {
	const target = targets.find((t) => t.name === name);
	if (!target) throw new Error(`no target ${name}`);
	return fileFormat(target.format, target.json);
}

const files = targets.flatMap((target) => {
	const [folder, ext] = target.pattern.split('/*.');
	if (ext === undefined) return [[target.name, target.pattern] as const];
	return readdirSync(path.join(CONTENT, folder ?? ''))
		.filter((f) => f.endsWith(`.${ext}`))
		.map((f) => [target.name, `${folder}/${f}`] as const);
});

/** Changed lines of `after` against `before`, as `-old`/`+new` strings. */
function changedLines(before: string, after: string): string[] {
	return structuredPatch('a', 'b', before, after, '', '', { context: 0 }).hunks.flatMap((h) =>
		h.lines.filter((l) => l.startsWith('-') || l.startsWith('+')),
	);
}

describe('editor file format', () => {
	it('covers every example file', () => {
		expect(files.length).toBeGreaterThan(40);
	});

	it.each(files)('%s %s: saving unchanged gives the same bytes', (type, file) => {
		const text = readFileSync(path.join(CONTENT, file), 'utf8');
		const format = formatOf(type);
		const values = format.fromFile(text);
		expect(format.toFile(structuredClone(values))).toBe(text);
	});

	it('changes one checklist question on its own line and nothing else', () => {
		const text = readFileSync(path.join(CONTENT, 'checklists/urheberrecht.mdx'), 'utf8');
		const format = formatOf('checklist');
		const values = format.fromFile(text) as { items: { id: string; question: string }[] };
		const item = values.items[1];
		if (!item) throw new Error('the example checklist has fewer than two items');
		item.question = 'Deckt die Lizenz "genau" diese Nutzung ab?';
		const saved = format.toFile(values);
		expect(changedLines(text, saved)).toEqual([
			expect.stringMatching(/^- {4}question: "Deckt die Lizenz genau diese Nutzung ab/),
			'+    question: Deckt die Lizenz "genau" diese Nutzung ab?',
		]);
		const data = parseYaml(splitFrontmatter(saved).yaml) as typeof values;
		expect(data.items[1]?.question).toBe('Deckt die Lizenz "genau" diese Nutzung ab?');
	});

	it('adds a list element and drops an emptied optional field without rewriting neighbours', () => {
		const text = readFileSync(path.join(CONTENT, 'checklists/urheberrecht.mdx'), 'utf8');
		const format = formatOf('checklist');
		const values = format.fromFile(text) as {
			items: { group?: string; legalBasis: { law: string; ref: string }[] }[];
		};
		const item = values.items[0];
		if (!item) throw new Error('the example checklist has no items');
		item.group = '';
		item.legalBasis.push({ law: 'UrhG', ref: '§ 97' });
		const changed = changedLines(text, format.toFile(values));
		expect(changed).toEqual([
			'-    group: Rechte und Lizenzen',
			'+      - law: UrhG',
			'+        ref: § 97',
		]);
	});

	it('reads "all" as an empty list and writes an empty list back as "all"', () => {
		const text = readFileSync(path.join(CONTENT, 'guidelines/employees.mdx'), 'utf8');
		const format = formatOf('guideline');
		const values = format.fromFile(text);
		const original = parseYaml(splitFrontmatter(text).yaml) as { appliesTo: unknown };
		if (original.appliesTo === 'all') expect(values['appliesTo']).toEqual([]);
		values['appliesTo'] = [];
		const saved = parseYaml(splitFrontmatter(format.toFile(values)).yaml) as Record<
			string,
			unknown
		>;
		expect(saved['appliesTo']).toBe('all');
	});

	it('edits a record as key/value rows and writes it back as a mapping', () => {
		const text = readFileSync(path.join(CONTENT, 'teams/kommunikation.yaml'), 'utf8');
		const format = formatOf('team');
		const values = format.fromFile(text) as {
			raci?: { roles: { key: string; value: string }[] }[];
		};
		const row = values.raci?.[0];
		if (!row) throw new Error('the example team has no RACI rows');
		expect(row.roles[0]).toEqual({ key: expect.any(String), value: expect.any(String) });
		const saved = parseYaml(format.toFile(values)) as { raci: { roles: Record<string, string> }[] };
		const original = parseYaml(text) as typeof saved;
		expect(saved.raci[0]?.roles).toEqual(original.raci[0]?.roles);
	});

	it('writes a new document in schema order, an untouched "all or list" field as "all"', () => {
		const format = formatOf('guideline');
		const text = format.toFile({
			rules: [{ id: 'eins', kind: 'do', text: 'Sei freundlich.', checklistItems: [] }],
			title: 'Neue Richtlinie',
			id: 'neu',
			disclaimer: '',
			body: 'Text.',
		});
		expect(text).toBe(
			[
				'---',
				'id: neu',
				'title: Neue Richtlinie',
				'appliesTo: all',
				'rules:',
				'  - id: eins',
				'    kind: do',
				'    text: Sei freundlich.',
				'---',
				'',
				'Text.',
				'',
			].join('\n'),
		);
	});
});
