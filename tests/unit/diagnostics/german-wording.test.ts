/**
 * Guard: every diagnostic made while reading and schema-checking files and in document bodies
 * (src/lib/load, schema-issues, the vocabulary check, src/lib/body) carries its German wording,
 * with a German fix wherever there is an English one. A set of broken handbooks triggers them;
 * the test also checks that each rule id it is meant to cover did come up, so a scenario that
 * stops failing cannot hide a missing translation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_REASONS_DE } from '../../../src/lib/diagnostics/schema-reasons.de.ts';
import { stringify } from 'yaml';
import type { Diagnostic } from '../../../src/lib/diagnostics/diagnostics.ts';
import {
	loadHandbook,
	loadHandbookFromFiles,
	type VirtualFile,
} from '../../../src/lib/load/load.ts';
import { validateLoaded } from '../../../src/lib/validate.ts';
import { baseline, serialise, toFiles, TODAY, type Data } from '../../helpers/handbook.ts';

/** Rule ids the body inspector (src/lib/body) reports through the BODY rules. */
const BODY_RULES = new Set([
	'BODY-002',
	'BODY-003',
	'BODY-004',
	'BODY-005',
	'BODY-006',
	'GLOS-002',
]);

const mdx = (data: Data, body = 'Text.\n') => serialise({ data, body }, true);
const yaml = (data: Data) => stringify(data, { lineWidth: 0 });

/** A handbook with one broken thing per file, so no mistake hides another. */
function brokenHandbook(): VirtualFile[] {
	const b = baseline();
	b.config['locales'] = { default: 'de', available: ['de', 'en'] };
	b.config['glossary'] = [
		{ term: 'Reichweite', language: 'de', definition: 'Wie viele es sehen.' },
	];
	const g = (id: string, extra: Data = {}): Data => ({
		...structuredClone(b.guideline),
		id,
		...extra,
	});
	const without = (data: Data, ...keys: string[]) => {
		const copy = structuredClone(data);
		for (const k of keys) delete copy[k];
		return copy;
	};
	const files: VirtualFile[] = [
		...toFiles(b),
		// Schema: unknown field, value not allowed, wrong kind, missing field, format, size, slug.
		{ path: 'guidelines/unknown-field.mdx', content: mdx(g('unknown-field', { ownr: 'x' })) },
		{ path: 'guidelines/enum.mdx', content: mdx(g('enum', { binding: 'pollicy' })) },
		{
			path: 'guidelines/kind.mdx',
			content: mdx(g('kind', { appliesTo: 'linkedin', version: 'x' })),
		},
		{ path: 'guidelines/missing.mdx', content: mdx(without(g('missing'), 'title')) },
		{ path: 'guidelines/missing-enum.mdx', content: mdx(without(g('missing-enum'), 'binding')) },
		{ path: 'guidelines/date.mdx', content: mdx(g('date', { reviewedOn: '15.01.2026' })) },
		{ path: 'guidelines/calendar.mdx', content: mdx(g('calendar', { reviewBy: '2027-02-30' })) },
		{ path: 'guidelines/short.mdx', content: mdx(g('short', { summary: 'x', audience: [] })) },
		{ path: 'guidelines/slug.mdx', content: mdx(g('slug', { owner: 'Social Media' })) },
		{ path: 'guidelines/url.mdx', content: mdx(g('url', { language: 'de_DE' })) },
		{ path: 'guidelines/lang.mdx', content: mdx(g('lang', { language: 'xx-yy-zz-1234567890' })) },
		{ path: 'guidelines/number.mdx', content: mdx(g('number', { version: 0 })) },
		// Custom checks in the schemas with their own rule ids.
		{ path: 'guidelines/doc-001.mdx', content: mdx(without(g('doc-001'), 'approvedBy')) },
		{
			path: 'guidelines/date-002.mdx',
			content: mdx(g('date-002', { reviewedOn: '2026-05-01', reviewBy: '2026-04-01' })),
		},
		{ path: 'guidelines/doc-003.mdx', content: mdx(g('doc-003', { status: 'superseded' })) },
		{
			path: 'guidelines/doc-003b.mdx',
			content: mdx(g('doc-003b', { status: 'draft', supersededBy: 'fotos' })),
		},
		{
			path: 'guidelines/doc-003c.mdx',
			content: mdx(g('doc-003c', { status: 'superseded', supersededBy: 'doc-003c' })),
		},
		{
			path: 'checklists/both.mdx',
			content: mdx({ ...structuredClone(b.checklist), id: 'both', topic: 'accessibility' }),
		},
		{
			path: 'checklists/neither.mdx',
			content: mdx(without({ ...structuredClone(b.checklist), id: 'neither' }, 'legalArea')),
		},
		{
			path: 'teams/cov.yaml',
			content: yaml({
				...structuredClone(b.team),
				id: 'cov',
				coverage: {
					timezone: 'Berlin',
					officeHours: [{ days: ['mon'], from: '18:00', to: '08:00' }],
				},
			}),
		},
		// Vocabulary: an audience the handbook does not have.
		{ path: 'guidelines/vocab.mdx', content: mdx(g('vocab', { audience: ['kunden-x'] })) },
		// Reading files: YAML syntax, tabs, a non-breaking space, duplicate keys, quotes, commas.
		{ path: 'templates/colon.yaml', content: 'id: colon\ntitle: Fotos: gut\n' },
		{ path: 'templates/tab.yaml', content: 'id: tab\n\ttitle: x\n' },
		{ path: 'templates/tab-list.yaml', content: 'id: tab-list\ntags:\n\t- a\n' },
		{ path: 'templates/nbsp.yaml', content: 'id: nbsp\ntitle:\u00a0x\n' },
		{ path: 'templates/dup.yaml', content: 'id: dup\ntitle: a\ntitle: b\n' },
		{ path: 'templates/quote.yaml', content: 'id: quote\ntitle: "offen\nsummary: x\n' },
		{
			path: 'templates/comma.yaml',
			content: 'id: comma\nvariables: [{ name: Fotos, z. B. Memes }]\n',
		},
		{ path: 'templates/reserved.yaml', content: 'id: reserved\ntitle: @x\n' },
		{ path: 'templates/indent.yaml', content: 'id: indent\ntitle: x\n   summary: y\n' },
		{ path: 'templates/deep.yaml', content: `id: deep\nx: ${'['.repeat(80)}${']'.repeat(80)}\n` },
		{ path: 'templates/list.yaml', content: '- a\n- b\n' },
		{ path: 'templates/nothing.yaml', content: '# only a comment\n' },
		{ path: 'templates/empty.yaml', content: '' },
		{
			path: 'templates/binary.yaml',
			content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
		},
		{
			path: 'templates/latin1.yaml',
			content: new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xe4, 0x0a]),
		},
		{ path: 'templates/control.yaml', content: 'id: control\ntitle: a\u0007b\n' },
		{ path: 'templates/large.yaml', content: '', size: 5 * 1024 * 1024 },
		{ path: 'guidelines/no-frontmatter.mdx', content: 'Nur Text.\n' },
		{ path: 'guidelines/open.mdx', content: '---\nid: open\ntitle: x\n' },
		{ path: 'guidelines/notes.txt', content: 'x' },
		{ path: 'bilder/foto.mdx', content: 'x' },
		{ path: 'handbok.yaml', content: 'x: 1\n' },
		{ path: 'stray.txt', content: 'x' },
		// Folder defaults: a field that names one document, an unknown field, not a mapping, and
		// a wrong value inherited by a document.
		{ path: 'goals/_defaults.yaml', content: 'id: x\nownr: y\n' },
		{ path: 'channels/_defaults.yaml', content: '- a\n' },
		{ path: 'playbooks/sub/_defaults.yaml', content: 'owner: Not A Slug\n' },
		{
			path: 'playbooks/sub/inherits.mdx',
			content: mdx({ ...without(b.playbook, 'owner'), id: 'inherits' }),
		},
		// Bodies: code, HTML, addresses, links, directives, glossary terms.
		{
			path: 'guidelines/body.mdx',
			content: mdx(
				g('body'),
				[
					'import x from "y"',
					'',
					'Text {1 + 1} und <Foo /> und <script>x</script>.',
					'',
					'<iframe src="https://example.com"></iframe>',
					'',
					'<kbd onclick="x">a</kbd> <kbd title="x">b</kbd> <kbd {...x}>c</kbd> <kbd title={x}>d</kbd>',
					'',
					'<abbr title="url(https://x.example)">e</abbr> <>f</>',
					'',
					'![bild](https://example.com/a.png) ![b](javascript:alert) [l](javascript:alert) [m](ftp://x)',
					'',
					'[außen](../../x.md) [fehlt](../assets/fehlt.pdf) [bild](fotos.mdx) ![dok](fotos.mdx)',
					'',
					'[typ](kodex:guidlines/fotos) [form](kodex:nur) [id](kodex:guideline/fotoss)',
					'[anker](kodex:guideline/fotos#quelle-nenen) [anker2](kodex:goal/reichweite#x)',
					'',
					':::warnung',
					'x',
					':::',
					'',
					':::note{.x}',
					'y',
					':::',
					'',
					'::leaf',
					'',
					'Ein :termx[a] und :term[Unbekannt].',
					'',
				].join('\n'),
			),
		},
	];
	return files;
}

/** The diagnostics of a run that come from this lane's area: the loader's and the body inspector's. */
function ours(files: VirtualFile[]): Diagnostic[] {
	const load = loadHandbookFromFiles(files);
	const result = validateLoaded(load, { history: false, today: TODAY });
	const all = [...result.errors, ...result.warnings, ...result.notices];
	const loaded = new Set(load.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}:${d.rule}`));
	return all.filter(
		(d) => loaded.has(`${d.file}:${d.line}:${d.column}:${d.rule}`) || BODY_RULES.has(d.rule),
	);
}

function expectGerman(list: readonly Diagnostic[]): void {
	const missing = list.filter((d) => !d.de?.message || (d.fix !== undefined && !d.de.fix));
	expect(
		missing.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`),
		'diagnostics without German wording (or without a German fix)',
	).toEqual([]);
	// A translation, not a copy: the German text differs from the English one.
	const copied = list.filter((d) => d.de?.message === d.message);
	expect(copied.map((d) => `${d.rule} ${d.message}`)).toEqual([]);
}

describe('German wording of loader, schema and body diagnostics', () => {
	const found = ours(brokenHandbook());

	it('covers every rule of the area', () => {
		const rules = new Set(found.map((d) => d.rule));
		for (const rule of [
			'PARSE-001',
			'PARSE-002',
			'PARSE-003',
			'PARSE-004',
			'PARSE-005',
			'PARSE-009',
			'PARSE-010',
			'PARSE-011',
			'DEF-001',
			'SCH-001',
			'SCH-002',
			'SCH-003',
			'SCH-004',
			'SCH-005',
			'SCH-006',
			'DOC-001',
			'DOC-003',
			'DATE-002',
			'COV-001',
			...BODY_RULES,
		])
			expect(rules, rule).toContain(rule);
		expect(found.length).toBeGreaterThan(60);
	});

	it('gives every diagnostic a German message, and a German fix wherever there is a fix', () => {
		expectGerman(found);
	});

	it('words an inherited folder default in German too', () => {
		const inherited = found.filter((d) => d.from);
		expect(inherited.length).toBeGreaterThan(0);
		for (const d of inherited) expect(d.de?.message).toContain('Ordnervorgabe aus');
	});

	it('words a missing handbook.yaml and a missing content folder in German', async () => {
		const noConfig = loadHandbookFromFiles(toFiles(baseline()).slice(1)).diagnostics;
		const missingFolder = (await loadHandbook('/nonexistent/kodex-content')).diagnostics;
		expect(noConfig.map((d) => d.rule)).toContain('PARSE-008');
		expect(missingFolder.map((d) => d.rule)).toEqual(['PARSE-007']);
		expectGerman([...noConfig, ...missingFolder]);
	});

	it('words the handbook configuration problems in German', () => {
		const b = baseline();
		b.config['locales'] = { default: 'fr', available: ['de', 'en'] };
		b.config['review']['maxIntervalMonths'] = { guidline: 24 };
		b.config['company']['primaryColor'] = 'blue';
		const load = loadHandbookFromFiles(toFiles(b));
		const config = load.diagnostics.filter((d) => d.file === 'content/handbook.yaml');
		expect(config.length).toBeGreaterThanOrEqual(3);
		expectGerman(config);
	});

	it('keeps the English source in message, expected and fix', () => {
		const unknown = found.find((d) => d.rule === 'SCH-002' && d.value === 'ownr')!;
		expect(unknown.message).toBe('Unknown field "ownr".');
		expect(unknown.de).toMatchObject({ message: 'Unbekanntes Feld „ownr“.' });
		expect(unknown.de?.fix).toMatch(/„ownr“/);
	});
});

describe('German reasons of the schemas', () => {
	it('has a German entry for every reason a schema gives in `error`, and none left over', () => {
		const dir = path.resolve(import.meta.dirname, '../../../schemas');
		const reasons = new Set<string>();
		for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts')))
			for (const m of readFileSync(path.join(dir, name), 'utf8').matchAll(/\berror:\s*'([^']+)'/g))
				reasons.add(m[1]!);
		expect(reasons.size).toBeGreaterThan(15);
		expect([...reasons].filter((r) => !SCHEMA_REASONS_DE[r])).toEqual([]);
		expect(Object.keys(SCHEMA_REASONS_DE).filter((r) => !reasons.has(r))).toEqual([]);
	});
});
