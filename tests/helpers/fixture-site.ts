/**
 * Builds a fixture handbook once per test run, shared by the test files that
 * need it (integration and browser suites run in parallel workers).
 *
 * Each fixture builds in its own throw-away project root under tests/.tmp
 * (a copy of src/, schemas/ and the config, with node_modules linked package
 * by package). Astro keeps its content cache in `<root>/.astro` and
 * `<root>/node_modules/.astro`; builds of different handbooks in one root at
 * the same time would read each other's cache. A lock directory serialises the
 * builds of one fixture; a marker tied to this run's build of the example site
 * (tests/setup/build-site.ts) says whether an existing output is fresh.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { SITE_DIR, TEST_TMP } from '../setup/build-site.ts';

/** The pinned "today" of the overdue fixture: urheberrecht is 26 days overdue, linkedin due in 15 days. */
export const OVERDUE_TODAY = '2027-01-10';
export const OVERDUE_CONTENT = 'tests/fixtures/site-overdue';

const REPO = path.resolve('.');
const TMP = TEST_TMP;
const STALE_LOCK_MS = 10 * 60_000;
/** What a build needs from the repository besides node_modules. */
const PROJECT_FILES = [
	'src',
	'schemas',
	'public',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
];

function runId(): string {
	const index = path.join(SITE_DIR, 'index.html');
	return existsSync(index) ? String(statSync(index).mtimeMs) : 'no-site';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A project root that shares the installed packages but not Astro's caches. */
export function prepareRoot(root: string): void {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(path.join(root, 'node_modules'), { recursive: true });
	for (const file of PROJECT_FILES) {
		const from = path.join(REPO, file);
		if (existsSync(from)) cpSync(from, path.join(root, file), { recursive: true });
	}
	const modules = path.join(REPO, 'node_modules');
	for (const entry of readdirSync(modules)) {
		if (entry === '.astro' || entry === '.vite' || entry === '.vitest') continue;
		symlinkSync(path.join(modules, entry), path.join(root, 'node_modules', entry));
	}
}

export interface FixtureBuild {
	/** Name of the fixture; its root is tests/.tmp/fixture-<name>, the site its dist/. */
	name: string;
	/** Content folder, relative to the repository root. */
	content: string;
	env?: NodeJS.ProcessEnv;
	/** Prepares the content folder before the build (runs under the lock). */
	prepare?: () => void;
}

/** The built site's folder; builds it unless this run already did. */
export async function buildFixtureSite(build: FixtureBuild): Promise<string> {
	const root = path.join(TMP, `fixture-${build.name}`);
	const outDir = path.join(root, 'dist');
	const marker = `${root}.done`;
	const lock = `${root}.lock`;
	const id = `${runId()}:${build.content}:${JSON.stringify(build.env ?? {})}`;
	mkdirSync(TMP, { recursive: true });
	for (;;) {
		if (existsSync(marker) && readFileSync(marker, 'utf8') === id && existsSync(outDir))
			return outDir;
		try {
			mkdirSync(lock);
		} catch {
			if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS)
				rmSync(lock, { recursive: true, force: true });
			await sleep(250);
			continue;
		}
		try {
			rmSync(marker, { force: true });
			prepareRoot(root);
			build.prepare?.();
			// The content sits inside the root, like content/ in the repository.
			cpSync(path.join(REPO, build.content), path.join(root, 'handbook'), { recursive: true });
			const child = spawnSync(
				process.execPath,
				[path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
				{
					cwd: root,
					env: {
						...process.env,
						ASTRO_TELEMETRY_DISABLED: '1',
						NO_COLOR: '1',
						FORCE_COLOR: '0',
						KODEX_CONTENT: 'handbook',
						...build.env,
					},
					encoding: 'utf8',
					timeout: 240_000,
				},
			);
			if (child.status !== 0)
				throw new Error(
					`Building ${build.content} failed (exit ${child.status}):\n${child.stderr || child.stdout}`,
				);
			writeFileSync(marker, id);
			return outDir;
		} finally {
			rmSync(lock, { recursive: true, force: true });
		}
	}
}

/** The overdue fixture, built with today pinned to {@link OVERDUE_TODAY}. */
export function buildOverdueSite(): Promise<string> {
	return buildFixtureSite({
		name: 'overdue',
		content: OVERDUE_CONTENT,
		env: { KODEX_TODAY: OVERDUE_TODAY, KODEX_STRICT: '' },
	});
}

/**
 * The overdue fixture grown by `extra` generated guidelines (copies of one with
 * new ids and titles): for checking that pages do not grow with the handbook.
 */
export function buildGrownSite(extra = 60): Promise<string> {
	const content = path.relative(REPO, path.join(TMP, 'content-grown'));
	return buildFixtureSite({
		name: 'grown',
		content,
		env: { KODEX_TODAY: OVERDUE_TODAY, KODEX_STRICT: '' },
		prepare: () => {
			rmSync(content, { recursive: true, force: true });
			cpSync(OVERDUE_CONTENT, content, { recursive: true });
			const source = readFileSync(path.join(content, 'guidelines', 'fotos.mdx'), 'utf8');
			for (let i = 1; i <= extra; i++) {
				const id = `zusatz-${String(i).padStart(3, '0')}`;
				// Unrelated documents: no references to others, so no page gains a backlink.
				const text = source
					.replace(/^id: fotos$/m, `id: ${id}`)
					.replace(/^title: .*$/m, `title: Zusätzliche Richtlinie ${i}`)
					.replace(/^(related|checklists|legalAreas): .*\n/gm, '')
					.replace(/^\s+checklistItems: .*\n/gm, '');
				writeFileSync(path.join(content, 'guidelines', `${id}.mdx`), text);
			}
		},
	});
}

/** The university handbook: every extension point, in de, en and pt-BR. */
export const UNIVERSITY_CONTENT = 'tests/fixtures/site-university';
export const UNIVERSITY_TODAY = '2026-12-04';

/** The university fixture, built once per run (integration and browser suites share it). */
export function buildUniversitySite(): Promise<string> {
	return buildFixtureSite({
		name: 'university',
		content: UNIVERSITY_CONTENT,
		env: { KODEX_TODAY: UNIVERSITY_TODAY, KODEX_STRICT: '1' },
	});
}
