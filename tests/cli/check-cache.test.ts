/**
 * `check` keeps what it learnt from the document bodies in a disk store
 * (src/lib/body/facts.ts, src/lib/util/disk-cache.ts). A run that reads the
 * store must report exactly what a run without it reports, problems included.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeBodyFacts } from '../../src/lib/body/facts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const BODY_CASES = fs
	.readdirSync(path.join(FIXTURES, 'bad'))
	.filter((c) => c.startsWith('body-') || c === 'outdated-citation');

fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmp = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/check-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The base handbook plus every body case's broken guideline, each under its own id. */
function handbookWithBodyProblems(): string {
	const dir = path.join(tmp, 'content');
	fs.cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
	for (const c of BODY_CASES) {
		const overlay = path.join(FIXTURES, 'bad', c);
		const guideline = path.join(overlay, 'guidelines/private-konten.mdx');
		if (fs.existsSync(path.join(overlay, 'assets')))
			fs.cpSync(path.join(overlay, 'assets'), path.join(dir, 'assets'), { recursive: true });
		const text = fs.readFileSync(guideline, 'utf8').replace(/^id: private-konten$/m, `id: ${c}`);
		fs.writeFileSync(path.join(dir, 'guidelines', `${c}.mdx`), text);
	}
	return dir;
}

function check(content: string, env: NodeJS.ProcessEnv): string {
	const r = spawnSync(process.execPath, ['src/cli/check.ts', '--format', 'json'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			KODEX_CONTENT: content,
			KODEX_TODAY: '2026-11-22',
			KODEX_LANG: 'en',
			KODEX_HISTORY: 'off',
			...env,
		},
	});
	expect(r.stderr).toBe('');
	return r.stdout;
}

describe('the body store', () => {
	it('gives the same report as a run without it, on its first and later runs', () => {
		const content = handbookWithBodyProblems();
		const store = path.join(tmp, 'cache');
		const without = check(content, { KODEX_CACHE: 'off' });
		const rules = new Set(
			(JSON.parse(without) as { errors: { rule: string }[] }).errors.map((d) => d.rule),
		);
		// The premise: the handbook has body problems of every kind.
		for (const rule of ['BODY-001', 'BODY-002', 'BODY-003', 'BODY-004', 'BODY-005', 'BODY-006'])
			expect(rules).toContain(rule);
		expect(fs.existsSync(store)).toBe(false);
		const first = check(content, { KODEX_CACHE_DIR: store });
		expect(fs.existsSync(path.join(store, 'body-facts.json'))).toBe(true);
		const second = check(content, { KODEX_CACHE_DIR: store });
		expect(first).toBe(without);
		expect(second).toBe(without);
	});

	it('keeps nothing with KODEX_CACHE=off', () => {
		const content = handbookWithBodyProblems();
		const store = path.join(tmp, 'unused');
		check(content, { KODEX_CACHE: 'off', KODEX_CACHE_DIR: store });
		expect(fs.existsSync(store)).toBe(false);
	});

	it('stores facts that read back unchanged as JSON', () => {
		const bodies = BODY_CASES.map((c) =>
			fs
				.readFileSync(path.join(FIXTURES, 'bad', c, 'guidelines/private-konten.mdx'), 'utf8')
				.replace(/^---[\s\S]*?\n---\n/, ''),
		);
		for (const body of bodies) {
			const facts = computeBodyFacts(body);
			expect(JSON.parse(JSON.stringify(facts))).toStrictEqual(facts);
		}
	});
});
