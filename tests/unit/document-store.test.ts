/**
 * The disk store of parsed documents (src/lib/load/document-store.ts) must never
 * change what `check` reports: the same handbooks — the example, every fixture and
 * every broken case — are checked with the store off, cold (being filled) and warm
 * (every document from the store), and the reports, the documents and the
 * positions their locators give must be identical.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { toJsonReport } from '../../src/lib/diagnostics/format-json.ts';
import type { SourceDoc } from '../../src/lib/model/model.ts';
import { validate, type ValidationResult } from '../../src/lib/validate.ts';
import { materialiseCase } from '../helpers/broken-cases.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const TODAY = '2026-11-22';

fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmp = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/document-store-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const saved = { cache: process.env['KODEX_CACHE'], dir: process.env['KODEX_CACHE_DIR'] };
afterEach(() => {
	for (const [name, value] of [
		['KODEX_CACHE', saved.cache],
		['KODEX_CACHE_DIR', saved.dir],
	] as const)
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
});

/** The base handbook with the overlay of a broken case (tests/helpers/broken-cases.ts). */
function materialise(caseName: string): string {
	return materialiseCase(path.join(tmp, 'cases', caseName), caseName);
}

/** A report and what the model says about every document, positions included. */
function summary(result: ValidationResult) {
	const where = (doc: SourceDoc) => {
		const keys =
			doc.raw && typeof doc.raw === 'object' && !Array.isArray(doc.raw) ? Object.keys(doc.raw) : [];
		return keys.flatMap((k) => [doc.locate.key([k]), doc.locate.value([k, 0])]);
	};
	return {
		report: toJsonReport(result),
		docs: result.handbook.docs.map((doc) => ({
			...doc,
			locate: where(doc),
			inherited: doc.inherited && [...doc.inherited].map(([k, o]) => [k, { ...o, locate: 0 }]),
		})),
	};
}

async function run(content: string, env: { KODEX_CACHE?: string; KODEX_CACHE_DIR?: string }) {
	delete process.env['KODEX_CACHE'];
	delete process.env['KODEX_CACHE_DIR'];
	Object.assign(process.env, env);
	return summary(await validate(content, { today: TODAY, history: false, root: ROOT }));
}

const handbooks: [string, string][] = [
	['the example', path.join(ROOT, 'content')],
	...fs
		.readdirSync(FIXTURES)
		.filter((f) => f === 'base' || f.startsWith('site-'))
		.map((f): [string, string] => [f, path.join(FIXTURES, f)]),
	...fs.readdirSync(path.join(FIXTURES, 'bad')).map((c): [string, string] => [c, '']),
];

describe('the store of parsed documents', () => {
	it.each(handbooks)('changes nothing in %s', async (name, dir) => {
		const content = dir || materialise(name);
		const store = path.join(tmp, 'stores', name);
		const off = await run(content, { KODEX_CACHE: 'off' });
		const cold = await run(content, { KODEX_CACHE_DIR: store });
		const file = path.join(store, 'documents.json');
		const entries = fs.existsSync(file)
			? Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: object }).entries)
			: [];
		const made = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
		const warm = await run(content, { KODEX_CACHE_DIR: store });
		expect(cold).toEqual(off);
		expect(warm).toEqual(off);
		// Key order too: the JSON report is what scripts read.
		expect(JSON.stringify(warm.report)).toBe(JSON.stringify(off.report));
		// The premise: every readable document was stored, and the warm run took them all
		// from the store (it had nothing new to write).
		const readable = off.docs.filter((d) => d.raw !== undefined).length;
		expect(entries.length).toBe(readable);
		if (readable > 0) expect(fs.statSync(file).mtimeMs).toBe(made);
	});
});
