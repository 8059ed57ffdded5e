/**
 * The generated authoring guide and JSON Schemas under docs/ (npm run docs):
 * committed files are current, and every rule id the validator can report is
 * in the rule catalog and explained in both guides.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOC_TYPE_NAMES } from '../../schemas/index.ts';
import { FIELD_DESCRIPTIONS_DE, fieldDescriptionDe } from '../../schemas/descriptions.de.ts';
import { RULE_TEXTS_DE } from '../../src/lib/rules/catalog.de.ts';
import { fieldRows } from '../../src/lib/docs/authoring.ts';
import { REPO_ROOT, renderDocFiles } from '../../src/lib/docs/files.ts';
import { ruleCatalog } from '../../src/lib/rules/catalog.ts';
import { RULES } from '../../src/lib/rules/index.ts';

const read = (rel: string) => readFileSync(path.join(REPO_ROOT, rel), 'utf8');

/** Every `'ABC-123'` literal in the engine's source: the ids it can report. */
function ruleIdsInSource(): Set<string> {
	const ids = new Set<string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const file = path.join(dir, name);
			if (statSync(file).isDirectory()) walk(file);
			else if (file.endsWith('.ts'))
				for (const m of readFileSync(file, 'utf8').matchAll(/['"`]([A-Z0-9]+-\d{3})['"`]/g))
					ids.add(m[1] ?? '');
		}
	};
	walk(path.join(REPO_ROOT, 'src'));
	walk(path.join(REPO_ROOT, 'schemas'));
	return ids;
}

describe('rule catalog', () => {
	const catalog = ruleCatalog();
	const ids = catalog.map((r) => r.id);

	it('lists every rule id the source can report, and every cross-document rule', () => {
		const inSource = ruleIdsInSource();
		expect(inSource.size).toBeGreaterThan(40);
		const missing = [...inSource].filter((id) => !ids.includes(id));
		expect(missing).toEqual([]);
		expect(RULES.map((r) => r.id).filter((id) => !ids.includes(id))).toEqual([]);
		expect(ids.length).toBeGreaterThan(40);
	});

	it('has each id once, with a meaning and a fix', () => {
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of catalog) {
			expect(rule.title.length, rule.id).toBeGreaterThan(10);
			expect(
				rule.fix.length,
				`${rule.id} has no fix line in src/lib/rules/catalog.ts`,
			).toBeGreaterThan(10);
		}
	});
});

describe('docs/authoring.*.md', () => {
	let rendered: Map<string, string>;
	beforeAll(async () => {
		rendered = await renderDocFiles();
	}, 60_000);

	it('are current: npm run docs would not change them', () => {
		expect([...rendered.keys()].sort()).toEqual(
			expect.arrayContaining([
				'docs/authoring.de.md',
				'docs/authoring.en.md',
				'docs/schema/guideline.json',
			]),
		);
		const stale = [...rendered].filter(([rel, text]) => {
			try {
				return read(rel) !== text;
			} catch {
				return true;
			}
		});
		expect(
			stale.map(([rel]) => rel),
			'run npm run docs and commit the result',
		).toEqual([]);
	});

	it.each(['en', 'de'])('explain every rule id in a table row (%s)', (lang) => {
		const guide = read(`docs/authoring.${lang}.md`);
		const rows = new Set([...guide.matchAll(/^\| ([A-Z0-9]+-\d{3}) +\|/gm)].map((m) => m[1]));
		expect(
			ruleCatalog()
				.filter((r) => !rows.has(r.id))
				.map((r) => r.id),
		).toEqual([]);
	});

	it.each(['en', 'de'])('list every field of every type with its description (%s)', (lang) => {
		const guide = read(`docs/authoring.${lang}.md`);
		for (const type of DOC_TYPE_NAMES) {
			const schema = JSON.parse(read(`docs/schema/${type}.json`));
			const rows = fieldRows(schema);
			expect(rows.length, type).toBeGreaterThan(10);
			for (const row of rows) {
				expect(row.description, `${type}: ${row.path}`).not.toBe('');
				expect(guide).toContain(`| \`${row.path}\``);
			}
		}
		// The starting example is what `npm run new` writes, commented in the guide's language.
		expect(guide).toContain(
			lang === 'de' ? '```mdx\n---\n# Neue Richtlinie.' : '```mdx\n---\n# A new guideline.',
		);
	});

	it('comments the German starting examples in German', () => {
		const guide = read('docs/authoring.de.md');
		const examples = [...guide.matchAll(/```(?:mdx|yaml)\n([\s\S]*?)```/g)].map((m) => m[1]!);
		expect(examples.length).toBeGreaterThanOrEqual(8);
		const text = examples.join('\n');
		expect(text).toContain('# muss dem Dateinamen gleich bleiben');
		expect(text).toContain('TODO: der Titel, den Lesende sehen');
		for (const english of ['must stay equal to the file name', 'one of:', 'A new ', 'TODO: the '])
			expect(text).not.toContain(english);
	});

	it('has a German description for every field, and none for a field that is gone', () => {
		const missing: string[] = [];
		const used = new Set<string>();
		for (const type of DOC_TYPE_NAMES) {
			const schema = JSON.parse(read(`docs/schema/${type}.json`));
			for (const row of fieldRows(schema)) {
				const de = fieldDescriptionDe(type, row.path);
				if (!de) missing.push(`${type}: ${row.path}`);
				else expect(de, `${type}: ${row.path} is still English`).not.toBe(row.description);
				used.add(row.path in FIELD_DESCRIPTIONS_DE.byType[type] ? `${type}:${row.path}` : row.path);
			}
		}
		expect(missing, 'add the German line to schemas/descriptions.de.ts').toEqual([]);
		const stale = [
			...Object.keys(FIELD_DESCRIPTIONS_DE.common).filter((p) => !used.has(p)),
			...DOC_TYPE_NAMES.flatMap((type) =>
				Object.keys(FIELD_DESCRIPTIONS_DE.byType[type])
					.filter((p) => !used.has(`${type}:${p}`))
					.map((p) => `${type}:${p}`),
			),
		];
		expect(stale, 'remove these from schemas/descriptions.de.ts').toEqual([]);
	});

	it('has a German title and fix for every rule id, and none for an id that is gone', () => {
		const ids = ruleCatalog().map((r) => r.id);
		expect(ids.filter((id) => !RULE_TEXTS_DE[id])).toEqual([]);
		expect(Object.keys(RULE_TEXTS_DE).filter((id) => !ids.includes(id))).toEqual([]);
	});

	it('shows the German texts in the German guide and the English ones in the English guide', () => {
		const de = read('docs/authoring.de.md');
		const en = read('docs/authoring.en.md');
		expect(de).toMatch(
			new RegExp(
				`^\\| PARSE-011 +\\| Fehler +\\| ${RULE_TEXTS_DE['PARSE-011']!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +\\|`,
				'm',
			),
		);
		expect(de).toContain(FIELD_DESCRIPTIONS_DE.byType.checklist['items[].question']);
		expect(de).toMatch(/\| Datum \(JJJJ-MM-TT\) +\|/);
		expect(de).toContain(
			'Beschreibt die YAML-Frontmatter von `checklists/*.mdx` im Inhaltsordner.',
		);
		expect(de).not.toContain('The question, phrased so that');
		expect(en).toContain('The question, phrased so that');
		expect(en).not.toContain(FIELD_DESCRIPTIONS_DE.byType.checklist['items[].question']);
	});

	it('is linked from the README', () => {
		const readme = read('README.md');
		expect(readme).toContain('(docs/authoring.en.md)');
		expect(readme).toContain('(docs/authoring.de.md)');
	});
});
