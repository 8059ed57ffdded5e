/**
 * `npm run new` (src/cli/new.ts) end to end: every type gets a starting file
 * that `check` explains (TODO-001 names each placeholder), that passes once the
 * placeholders are filled, and clashes are refused without touching a file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DOC_TYPE_NAMES, DOC_TYPES } from '../../schemas/index.ts';
import { promptNewDocument } from '../../src/cli/new-prompt.ts';
import type { Diagnostic } from '../../src/lib/diagnostics/diagnostics.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BASE = path.join(ROOT, 'tests/fixtures/base');
const TODAY = '2026-11-22';

fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmpRoot = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/new-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

function copyBase(): string {
	const dir = fs.mkdtempSync(path.join(tmpRoot, 'base-'));
	fs.cpSync(BASE, dir, { recursive: true });
	return dir;
}

function run(script: string, dir: string, args: string[]) {
	const r = spawnSync(process.execPath, [script, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, KODEX_CONTENT: dir, KODEX_TODAY: TODAY, NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (r.error) throw r.error;
	for (const out of [r.stdout, r.stderr]) expect(out).not.toMatch(/^\s{4}at /m);
	return r;
}

const newDoc = (dir: string, ...args: string[]) => run('src/cli/new.ts', dir, args);

function check(dir: string) {
	const r = run('src/cli/check.ts', dir, ['--format', 'json']);
	const report = JSON.parse(r.stdout) as Record<'errors' | 'warnings' | 'notices', Diagnostic[]>;
	return { status: r.status, ...report };
}

/** What an author does: write real text wherever a placeholder stands. */
function fillPlaceholders(file: string): void {
	fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('TODO', 'Filled'));
}

describe('npm run new', () => {
	const dir = copyBase();
	const created = DOC_TYPE_NAMES.map((type) => {
		const r = newDoc(dir, type, `neu-${type}`, '--title', `Neues Dokument (${type})`);
		const { folder, format } = DOC_TYPES[type];
		return { type, r, rel: `${folder}/neu-${type}.${format}` };
	});

	it.each(created)('creates a $type where it belongs and says what to do next', ({ r, rel }) => {
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		// In the handbook's default language (German for the base fixture), like `check`.
		expect(r.stdout).toContain(`${path.relative(ROOT, dir)}/${rel} angelegt.`);
		expect(r.stdout).toMatch(/Ersetze (die \d+|den) Platzhalter „TODO“ .*npm run check/);
		const text = fs.readFileSync(path.join(dir, rel), 'utf8');
		expect(text).toContain('title: "Neues Dokument');
		// Comments in the document's language: German for the base fixture's German documents.
		expect(text).toMatch(/^# Neue[rs]? .*Ersetze jeden Text „TODO: …“/m);
	});

	it('check explains every placeholder and finds nothing else wrong', () => {
		const before = check(dir);
		expect(before.errors).toEqual([]);
		// Drafts: placeholders are warnings that name the field and the text to replace.
		const todo = before.warnings.filter((d) => d.rule === 'TODO-001');
		for (const { rel } of created) {
			const here = todo.filter((d) => d.file.endsWith(rel));
			expect(here.length, rel).toBeGreaterThan(0);
			expect(
				here.some((d) => d.path === 'summary'),
				rel,
			).toBe(true);
			for (const d of here) {
				expect(d.line).toBeGreaterThan(0);
				expect(String(d.value)).toMatch(/TODO/);
				expect(d.fix).toContain('Replace the placeholder');
			}
		}
		// The only other remark: a new playbook has never been drilled.
		expect(before.warnings.filter((d) => d.rule !== 'TODO-001').map((d) => d.rule)).toEqual([
			'PB-006',
		]);
	});

	it('passes check once the placeholders are filled', () => {
		for (const { rel } of created) fillPlaceholders(path.join(dir, rel));
		const after = check(dir);
		expect(after.errors).toEqual([]);
		expect(after.warnings.map((d) => `${d.rule} ${d.file}`)).toEqual([
			expect.stringMatching(/^PB-006 .*neu-playbook\.mdx$/),
		]);
		expect(after.status).toBe(0);
	});

	it('makes a placeholder an error once the document is no longer a draft', () => {
		const own = copyBase();
		expect(newDoc(own, 'template', 'antwort-neu').status).toBe(0);
		const file = path.join(own, 'templates/antwort-neu.yaml');
		fs.writeFileSync(
			file,
			fs.readFileSync(file, 'utf8').replace(/^status: draft/m, 'status: in-review'),
		);
		const result = check(own);
		expect(result.status).toBe(1);
		expect(new Set(result.errors.map((d) => d.rule))).toEqual(new Set(['TODO-001']));
	});
});

describe('npm run new refuses clashes', () => {
	it('refuses an id that another document already uses, and writes nothing', () => {
		const dir = copyBase();
		const r = newDoc(dir, 'goal', 'private-konten');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('The id "private-konten" is already used by');
		expect(r.stderr).toContain('guidelines/private-konten.mdx');
		expect(fs.existsSync(path.join(dir, 'goals/private-konten.yaml'))).toBe(false);
	});

	it('never overwrites an existing file', () => {
		const dir = copyBase();
		const file = path.join(dir, 'guidelines/private-konten.mdx');
		const before = fs.readFileSync(file, 'utf8');
		expect(newDoc(dir, 'guideline', 'private-konten').status).toBe(1);
		expect(fs.readFileSync(file, 'utf8')).toBe(before);
	});

	it('explains an unknown type, a bad id and a missing id', () => {
		const dir = copyBase();
		const type = newDoc(dir, 'guidline', 'fotos');
		expect(type.status).toBe(1);
		expect(type.stderr).toContain('"guidline" is not a document type');
		expect(type.stderr).toContain('Did you mean "guideline"?');
		const id = newDoc(dir, 'guideline', 'Fotos auf Messen');
		expect(id.status).toBe(1);
		expect(id.stderr).toContain('lower-case words joined by hyphens');
		const missing = newDoc(dir, 'guideline');
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('Give the id of the new document');
	});

	it('speaks English when KODEX_LANG says so', () => {
		const dir = copyBase();
		const r = spawnSync(process.execPath, ['src/cli/new.ts', 'goal', 'neu-englisch'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, KODEX_CONTENT: dir, KODEX_TODAY: TODAY, KODEX_LANG: 'en' },
		});
		expect(r.status).toBe(0);
		expect(r.stdout).toContain(`Created ${path.relative(ROOT, dir)}/goals/neu-englisch.yaml.`);
		expect(r.stdout).toMatch(/Replace the \d+ "TODO" placeholders .*npm run check/);
		const again = spawnSync(process.execPath, ['src/cli/new.ts', 'goal', 'neu-englisch'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, KODEX_CONTENT: dir, KODEX_TODAY: TODAY },
		});
		expect(again.status).toBe(1);
	});

	it('asks for arguments when not run in a terminal', () => {
		const r = newDoc(copyBase());
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('Give the type and the id');
		expect(r.stderr).toContain('Usage: npm run new');
	});
});

describe('npm run new --translation-of', () => {
	it('copies ids and references, marks texts to translate, and passes once translated', () => {
		const dir = copyBase();
		// The handbook has to offer English for an English translation to get a page (I18N-005).
		const config = path.join(dir, 'handbook.yaml');
		fs.writeFileSync(
			config,
			fs
				.readFileSync(config, 'utf8')
				.replace('  available:\n    - de\n', '  available:\n    - de\n    - en\n'),
		);
		expect(fs.readFileSync(config, 'utf8')).toContain('    - en\n');
		const r = newDoc(dir, 'private-accounts', '--translation-of', 'private-konten', '--lang', 'en');
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const text = fs.readFileSync(path.join(dir, 'guidelines/private-accounts.mdx'), 'utf8');
		expect(text).toMatch(/^translationOf: private-konten$/m);
		expect(text).toMatch(/^language: en$/m);
		expect(text).toMatch(/^status: draft$/m);
		expect(text).not.toMatch(/^approvedBy:/m);
		const original = fs.readFileSync(path.join(dir, 'guidelines/private-konten.mdx'), 'utf8');
		const ruleIds = (s: string) => [...s.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
		expect(ruleIds(text)).toEqual(ruleIds(original));
		expect(ruleIds(text).length).toBeGreaterThan(0);
		expect(text).toContain('TODO: translate: ');

		const before = check(dir);
		expect(before.errors).toEqual([]);
		expect(before.warnings.filter((d) => d.rule !== 'TODO-001')).toEqual([]);
		fillPlaceholders(path.join(dir, 'guidelines/private-accounts.mdx'));
		const after = check(dir);
		expect(after.errors).toEqual([]);
		expect(after.warnings).toEqual([]);
	});

	it('refuses a translation into the language of the original', () => {
		const dir = copyBase();
		const r = newDoc(dir, 'kopie', '--translation-of', 'private-konten', '--lang', 'de');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('already written in de');
		const unknown = newDoc(dir, 'kopie', '--translation-of', 'private-kontn', '--lang', 'en');
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toContain('Did you mean "private-konten"?');
	});
});

describe('the questions npm run new asks in a terminal', () => {
	it('asks for type, id, title and language, and asks again after a wrong answer', async () => {
		const input = new PassThrough();
		const output = new PassThrough();
		let shown = '';
		output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
		input.end('guidline\nguideline\nFotos auf Messen\nfotos-auf-messen\nFotos auf Messen\n\n');
		const answer = await promptNewDocument(input, output, { language: 'de' });
		expect(answer).toEqual({
			type: 'guideline',
			id: 'fotos-auf-messen',
			title: 'Fotos auf Messen',
			language: 'de',
		});
		expect(shown).toContain('"guidline" is not a document type');
		expect(shown).toContain('cannot be an id');
		expect(shown).toContain('Language (Enter: de): ');
	});

	it('asks in German for a German handbook', async () => {
		const input = new PassThrough();
		const output = new PassThrough();
		let shown = '';
		output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
		input.end('goal\nziel-neu\n\n\n');
		const answer = await promptNewDocument(input, output, { language: 'de', ui: 'de' });
		expect(answer).toMatchObject({ type: 'goal', id: 'ziel-neu', language: 'de' });
		expect(shown).toContain('Dokumenttyp (guideline, ');
		expect(shown).toContain('Kennung, zugleich der Dateiname');
		expect(shown).toContain('Titel (Enter: später ausfüllen): ');
		expect(shown).toContain('Sprache (Enter: de): ');
		expect(shown).not.toMatch(/Type|Language/);
		const ended = new PassThrough();
		ended.end('goal\n');
		await expect(
			promptNewDocument(ended, new PassThrough(), { language: 'de', ui: 'de' }),
		).rejects.toThrow('Keine Antwort erhalten');
	});

	it('stops when the answers end', async () => {
		const input = new PassThrough();
		input.end('goal\n');
		await expect(promptNewDocument(input, new PassThrough(), { language: 'en' })).rejects.toThrow(
			'No answer given',
		);
	});
});
