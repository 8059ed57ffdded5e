/**
 * `npm run build` (src/cli/build.ts) replaces the output only with a complete site: a build
 * killed at any point, or stopped by a content error, leaves the previous site as it was.
 * The builds run in their own project root (tests/helpers/fixture-site.ts), so they share no
 * Astro cache with the other suites.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_OUTPUT } from '../../src/lib/util/atomic-output.ts';
import { prepareRoot } from '../helpers/fixture-site.ts';
import { TEST_TMP } from '../setup/build-site.ts';

const ROOT = path.join(TEST_TMP, 'fixture-atomic');
const OUT = path.join(ROOT, 'dist');
const MARK = 'previous-build.txt';
const ENV = {
	...process.env,
	NO_COLOR: '1',
	FORCE_COLOR: '0',
	KODEX_CONTENT: 'handbook',
	KODEX_STRICT: '',
	KODEX_TRACE_DIR: ROOT,
};

function build(env: NodeJS.ProcessEnv = ENV) {
	return spawnSync(process.execPath, ['src/cli/build.ts'], {
		cwd: ROOT,
		env,
		encoding: 'utf8',
		timeout: 240_000,
	});
}

/** Every file of the site, relative to it. */
function files(dir: string): string[] {
	return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
		.filter((e) => e.isFile())
		.map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
		.sort();
}

/** Starts a build in its own process group and kills the whole group with SIGKILL once `when` says so. */
function killBuildWhen(when: (output: string, ms: number) => boolean): Promise<string> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn(process.execPath, ['src/cli/build.ts'], {
			cwd: ROOT,
			env: ENV,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		let killed = false;
		const kill = () => {
			if (killed) return;
			killed = true;
			process.kill(-child.pid!, 'SIGKILL');
		};
		const look = () => {
			if (!killed && when(output, Date.now() - started)) kill();
		};
		const timer = setInterval(look, 20);
		child.stdout.on('data', (c: Buffer) => ((output += c), look()));
		child.stderr.on('data', (c: Buffer) => ((output += c), look()));
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearInterval(timer);
			if (!killed) reject(new Error(`the build ended by itself (${code}, ${signal}):\n${output}`));
			else resolve(output);
		});
	});
}

let previous: string[] = [];
let firstOutput = '';

beforeAll(() => {
	prepareRoot(ROOT);
	cpSync(path.resolve('tests/fixtures/site-minimal'), path.join(ROOT, 'handbook'), {
		recursive: true,
	});
	const first = build();
	expect(first.status, first.stderr).toBe(0);
	firstOutput = `${first.stdout}`;
	writeFileSync(path.join(OUT, MARK), 'the site before the killed builds\n');
	previous = files(OUT);
}, 300_000);

function expectPreviousSite(): void {
	expect(files(OUT)).toEqual(previous);
	expect(readFileSync(path.join(OUT, MARK), 'utf8')).toContain('before the killed builds');
	for (const file of REQUIRED_OUTPUT) expect(existsSync(path.join(OUT, file)), file).toBe(true);
}

describe('atomic builds', () => {
	it('wrote a complete first site', () => {
		expect(previous).toEqual(expect.arrayContaining([...REQUIRED_OUTPUT, MARK]));
		expect(previous.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
	});

	it('builds the search index after astro has ended, not beside its heap', () => {
		const deferred = firstOutput.indexOf('Search index: built by the build command');
		const complete = firstOutput.indexOf('[build] Complete!');
		const indexed = /\[kodex\] Search index: (\d+) pages indexed in \d+ ms\./.exec(firstOutput);
		expect(deferred, firstOutput).toBeGreaterThan(-1);
		expect(indexed, firstOutput).not.toBeNull();
		expect(Number(indexed![1])).toBeGreaterThan(10);
		expect(indexed!.index).toBeGreaterThan(complete);
		expect(complete).toBeGreaterThan(deferred);
		const entry = JSON.parse(
			readFileSync(path.join(OUT, 'pagefind', 'pagefind-entry.json'), 'utf8'),
		);
		expect(Object.keys(entry.languages).length).toBeGreaterThan(0);
	});

	const points: [string, (output: string, ms: number) => boolean][] = [
		['right after the start', (_, ms) => ms > 300],
		['while bundling', (out) => out.includes('Building static entrypoints')],
		['while writing the pages', (out) => /generating static routes/i.test(out)],
		['after the search index, before the manifest', (out) => out.includes('Search index:')],
	];
	for (const [when, condition] of points) {
		it(`leaves the previous site complete when killed ${when}`, async () => {
			await killBuildWhen(condition);
			expectPreviousSite();
		});
	}

	it('leaves the previous site when the content has errors, with exit code 1', () => {
		const result = build({ ...ENV, KODEX_CONTENT: path.resolve('tests/fixtures/site-broken') });
		expect(result.status, result.stderr).toBe(1);
		// site-broken is German, and a failing build reports in check's language.
		expect(result.stderr).toContain('es wurde nichts gebaut');
		expectPreviousSite();
	});

	it('replaces the site after a complete build and clears what the killed builds left', () => {
		const result = build();
		expect(result.status, result.stderr).toBe(0);
		expect(existsSync(path.join(OUT, MARK))).toBe(false);
		expect(files(OUT)).toEqual(previous.filter((f) => f !== MARK));
		const side = readdirSync(ROOT).filter((n) => /^dist\.(tmp|old)-/.test(n));
		expect(side).toEqual([]);
	});
});
