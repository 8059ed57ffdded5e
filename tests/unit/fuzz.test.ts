/**
 * Property-based tests of the validator (fast-check): thousands of generated and mutated
 * handbooks go through the same load + rules as `npm run check`, in process. Whatever the
 * input — random YAML, wrong types, huge strings, deep nesting, odd Unicode, BOMs, CRLF, NUL
 * bytes, invalid UTF-8, anchors and aliases, duplicate keys — the result is structured
 * diagnostics, never an exception.
 *
 * The seed is printed; rerun a failure with KODEX_FUZZ_SEED=<seed>. KODEX_FUZZ_RUNS sets the
 * runs per property (default 200: about 900 handbooks of ten documents each).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadHandbook, loadHandbookFromFiles, type VirtualFile } from '../../src/lib/load/load.ts';
import { validateLoaded, type ValidationResult } from '../../src/lib/validate.ts';
import { baseline, PATHS, TODAY, toFiles } from '../helpers/handbook.ts';

const SEED = Number(process.env['KODEX_FUZZ_SEED'] || Date.now() % 2 ** 31);
const RUNS = Number(process.env['KODEX_FUZZ_RUNS'] || 200);
console.log(
	`fast-check seed: ${SEED} (rerun with KODEX_FUZZ_SEED=${SEED}), ${RUNS} runs per property`,
);

const SEVERITIES = new Set(['error', 'warning', 'notice']);
const RULE_ID = /^[A-Z0-9]+-\d{3}$/;

/** Every diagnostic is complete and the whole result serialises: what `--format json` prints. */
function expectStructured(result: ValidationResult): void {
	for (const d of [...result.errors, ...result.warnings, ...result.notices]) {
		expect(d.rule).toMatch(RULE_ID);
		expect(SEVERITIES.has(d.severity)).toBe(true);
		expect(typeof d.file).toBe('string');
		expect(Number.isInteger(d.line) && d.line >= 0).toBe(true);
		expect(typeof d.message === 'string' && d.message.length > 0).toBe(true);
		expect(d.message).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
	}
	expect(() => JSON.stringify([result.errors, result.warnings, result.notices])).not.toThrow();
}

function check(files: VirtualFile[]): ValidationResult {
	const result = validateLoaded(loadHandbookFromFiles(files), { today: TODAY, history: false });
	expectStructured(result);
	return result;
}

const BASE = toFiles(baseline());
const text = (f: VirtualFile) =>
	typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content);

/** Pieces that break parsers: encodings, control bytes, YAML syntax, Unicode oddities. */
const NASTY = [
	'\uFEFF',
	'\r\n',
	'\r',
	'\0',
	'\t',
	'\u00A0',
	'\u200B',
	'\u202E',
	'\uD800',
	'😀',
	'e\u0301',
	'---\n',
	'---',
	': ',
	'- ',
	'&a ',
	'*a',
	'*undefined',
	'<<: *a\n',
	'!!binary ',
	'!custom ',
	'? ',
	'|\n',
	'>-\n',
	'"',
	"'",
	'#',
	'{',
	'}',
	'[',
	']',
	'%YAML 1.1\n',
	'import x from "y"\n',
	'<script>',
	'{{name}}',
	'9'.repeat(400),
	'x'.repeat(20_000),
];

const nastyString = fc.oneof(
	fc.constantFrom(...NASTY),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A baseline file with a few mutations: insertions, deletions, duplicated lines (duplicate keys). */
const mutatedFile = fc
	.record({
		file: fc.integer({ min: 0, max: BASE.length - 1 }),
		edits: fc.array(
			fc.record({
				kind: fc.constantFrom('insert', 'delete', 'duplicate-line', 'truncate'),
				at: fc.double({ min: 0, max: 1, noNaN: true }),
				len: fc.integer({ min: 0, max: 200 }),
				piece: nastyString,
			}),
			{ minLength: 1, maxLength: 6 },
		),
	})
	.map(({ file, edits }) => {
		let s = text(BASE[file]!);
		for (const e of edits) {
			const pos = Math.floor(e.at * s.length);
			if (e.kind === 'insert') s = s.slice(0, pos) + e.piece + s.slice(pos);
			else if (e.kind === 'delete') s = s.slice(0, pos) + s.slice(pos + e.len);
			else if (e.kind === 'truncate') s = s.slice(0, pos);
			else {
				const start = s.lastIndexOf('\n', pos) + 1;
				const end = s.indexOf('\n', pos);
				const line = s.slice(start, end < 0 ? s.length : end + 1);
				s = s.slice(0, start) + line + line + s.slice(start + line.length);
			}
		}
		return { index: file, content: s as string | Uint8Array };
	});

/** Random bytes spliced into a file: invalid UTF-8, NUL, a UTF-16 BOM … */
const byteFile = fc
	.record({
		file: fc.integer({ min: 0, max: BASE.length - 1 }),
		at: fc.double({ min: 0, max: 1, noNaN: true }),
		bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
	})
	.map(({ file, at, bytes }) => {
		const original = new TextEncoder().encode(text(BASE[file]!));
		const pos = Math.floor(at * original.length);
		const out = new Uint8Array(original.length + bytes.length);
		out.set(original.subarray(0, pos));
		out.set(bytes, pos);
		out.set(original.subarray(pos), pos + bytes.length);
		return { index: file, content: out as string | Uint8Array };
	});

function replaceFile(index: number, content: string | Uint8Array): VirtualFile[] {
	return BASE.map((f, i) => (i === index ? { path: f.path, content } : f));
}

/** A JSON-like value of any shape: wrong types for every field. */
const anyValue = fc.jsonValue({ maxDepth: 6 });

/** A field of a baseline document replaced by a random value (wrong type, huge string …). */
const wrongField = fc
	.record({
		file: fc.constantFrom(...Object.keys(baseline().files)),
		field: fc.integer({ min: 0, max: 40 }),
		value: fc.oneof(
			anyValue,
			nastyString,
			fc.string({ minLength: 10_000, maxLength: 60_000 }),
			fc.array(fc.string(), { maxLength: 1_000 }),
		),
	})
	.map(({ file, field, value }) => {
		const b = baseline();
		const doc = b.files[file]!;
		const keys = Object.keys(doc.data);
		doc.data[keys[field % keys.length]!] = value;
		return toFiles(b);
	});

/** Lists and mappings nested `depth` levels, in flow or block style. */
const deepFile = fc
	.record({
		depth: fc.integer({ min: 1, max: 5_000 }),
		flow: fc.boolean(),
		file: fc.integer({ min: 0, max: BASE.length - 1 }),
	})
	.map(({ depth, flow, file }) => {
		const body = flow
			? `x: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`
			: Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('') +
				`${' '.repeat(depth)}v: 1\n`;
		return replaceFile(
			file,
			BASE[file]!.path.endsWith('.mdx') ? `---\n${body}---\n\nText.\n` : body,
		);
	});

/** Anchors and aliases, up to an exponential "billion laughs". */
const aliasFile = fc
	.record({ width: fc.integer({ min: 1, max: 12 }), levels: fc.integer({ min: 1, max: 12 }) })
	.map(({ width, levels }) => {
		const lines = ['a0: &a0 [lol]'];
		for (let i = 1; i <= levels; i++)
			lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
		return replaceFile(
			BASE.findIndex((f) => f.path === PATHS.config),
			`${text(BASE.find((f) => f.path === PATHS.config)!)}${lines.join('\n')}\n`,
		);
	});

/** Random YAML documents in random places, including unknown folders and odd file names. */
const randomFiles = fc.array(
	fc.record({
		path: fc.oneof(
			fc.constantFrom(...BASE.map((f) => f.path)),
			fc
				.constantFrom('guidelines/', 'teams/', 'unknown/', '', 'goals/')
				.chain((dir) =>
					fc
						.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 })
						.map(
							(n) =>
								`${dir}${n.replace(/[/\\]/g, '_')}.${['yaml', 'mdx', 'yml', 'md'][n.length % 4]}`,
						),
				),
		),
		content: anyValue.map((v) => stringify(v)),
	}),
	{ maxLength: 6 },
);

const PARAMS = { seed: SEED, numRuns: RUNS };

describe('the validator under generated input (fast-check)', () => {
	it('still accepts the untouched baseline', () => {
		expect(check(BASE).errors).toEqual([]);
	});

	it('turns mutated files (syntax, Unicode, BOM, CRLF, NUL, duplicate keys) into diagnostics', () => {
		fc.assert(
			fc.property(mutatedFile, ({ index, content }) => void check(replaceFile(index, content))),
			PARAMS,
		);
	});

	it('turns invalid UTF-8 and stray bytes into diagnostics', () => {
		fc.assert(
			fc.property(byteFile, ({ index, content }) => void check(replaceFile(index, content))),
			PARAMS,
		);
	});

	it('turns wrong types and huge values into diagnostics', () => {
		fc.assert(
			fc.property(wrongField, (files) => void check(files)),
			PARAMS,
		);
	});

	it('refuses deep nesting and alias bombs with a message instead of crashing', () => {
		fc.assert(
			fc.property(deepFile, (files) => void check(files)),
			{
				...PARAMS,
				numRuns: Math.ceil(RUNS / 4),
			},
		);
		fc.assert(
			fc.property(aliasFile, (files) => void check(files)),
			{
				...PARAMS,
				numRuns: Math.ceil(RUNS / 4),
			},
		);
	});

	it('survives random YAML documents anywhere in the content folder', () => {
		fc.assert(
			fc.property(randomFiles, (extra) => {
				const merged = new Map(BASE.map((f) => [f.path, f]));
				for (const f of extra) merged.set(f.path, f);
				check([...merged.values()]);
			}),
			PARAMS,
		);
	});

	it('reads a content folder with symlinks (to a file outside, to a folder loop, dangling) without crashing', async () => {
		mkdirSync('tests/.tmp', { recursive: true });
		const dir = mkdtempSync(path.resolve('tests/.tmp/fuzz-links-'));
		for (const f of BASE) {
			mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
			writeFileSync(path.join(dir, f.path), f.content);
		}
		symlinkSync('/etc/passwd', path.join(dir, 'guidelines', 'passwd.mdx'));
		symlinkSync('..', path.join(dir, 'teams', 'loop'));
		symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'goals', 'dangling.yaml'));
		const result = validateLoaded(await loadHandbook(dir), { today: TODAY, history: false });
		expectStructured(result);
		const files = [...result.errors, ...result.warnings].map((d) => d.message).join('\n');
		expect(files).not.toContain('root:x:0:0');
	});
});
