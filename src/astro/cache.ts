/**
 * The one per-process cache of what the site knows about the handbook: the
 * loaded and validated model and the git history of the content folder, keyed
 * by content folder. The integration, the content loaders, the pages and the
 * manifest all read through here; nothing else in the site reads content
 * files or runs git.
 *
 * It lives on `globalThis`, the only Kodex state that does: Astro evaluates
 * astro.config.mjs (the integration) and src/content.config.ts (the loaders)
 * in one module graph and the pages in another (a bundled prerender chunk in a
 * build, Vite's SSR runner in dev), so module-level state would exist twice
 * and the handbook would be read twice.
 *
 * A build reads files and git once. In dev, `refresh` (after an edit or a
 * config reload) reads both once more, and pages re-read the git history at
 * most once a second so that new commits show up.
 */
import type { DocSnapshot } from '../lib/changes/diff-document.ts';
import { readObjects } from '../lib/history/blobs.ts';
import { parseSnapshot } from '../lib/history/snapshots.ts';
import type { FileCommit } from '../lib/history/types.ts';
import { readGitHistory, type GitHistory } from '../lib/history/version-history.ts';
import { isDocumentPath } from '../lib/history/versions.ts';
import { loadHandbook } from '../lib/load/load.ts';
import { diffableCommits } from '../lib/site/document/history.ts';
import { confidentialMode, type PublicationOptions } from '../lib/domain/publication.ts';
import { validateLoaded, type ValidationResult } from '../lib/validate.ts';

export type { GitHistory };

/** The Astro command this process runs. */
export type Command = 'dev' | 'build' | 'preview' | 'sync';

interface DirState {
	validation: Promise<ValidationResult>;
	git: Promise<GitHistory>;
	gitReadAt: number;
	/** Older contents for the comparison pages, by blob id; read on first use. */
	blobs?: Promise<Map<string, Buffer>> | undefined;
	snapshots: Map<string, DocSnapshot | undefined>;
	/** Dev only: what to run after a re-validation (the loaders' re-syncs), by collection. */
	listeners: Map<string, () => Promise<void>>;
	/** Dev only: the file watchers already told about the content folder. */
	watchers: WeakSet<object>;
}

interface Shared {
	dirs: Map<string, DirState>;
	command: Command | undefined;
}

const KEY = Symbol.for('kodex.site.cache');
/** In dev, how long a read history is reused before git is asked again. */
const DEV_REUSE_MS = 1000;

function shared(): Shared {
	const g = globalThis as typeof globalThis & { [KEY]?: Shared };
	g[KEY] ??= { dirs: new Map(), command: undefined };
	return g[KEY];
}

/** Reads the files and git once and validates the files with that history (HIST-001). */
function read(contentDir: string): Pick<DirState, 'validation' | 'git' | 'gitReadAt'> {
	const git = readGitHistory(contentDir);
	const validation = Promise.all([loadHandbook(contentDir), git]).then(([load, g]) =>
		validateLoaded(load, { history: g.enabled ? g.versions : false }),
	);
	return { validation, git, gitReadAt: Date.now() };
}

function state(contentDir: string): DirState {
	const dirs = shared().dirs;
	let s = dirs.get(contentDir);
	if (!s) {
		s = {
			...read(contentDir),
			snapshots: new Map(),
			listeners: new Map(),
			watchers: new WeakSet(),
		};
		dirs.set(contentDir, s);
	}
	return s;
}

/** Records which Astro command runs (set by the integration). */
export function setCommand(command: Command): void {
	shared().command = command;
}

function getCommand(): Command | undefined {
	return shared().command;
}

/**
 * Drafts appear in the dev preview and in preview builds (`KODEX_DRAFTS=1 npm run build`,
 * e.g. for a review deployment); normal production builds never show them.
 */
export function includeDrafts(env: NodeJS.ProcessEnv = process.env): boolean {
	if (env['KODEX_DRAFTS'] === '1') return true;
	const command = getCommand();
	if (command) return command === 'dev';
	return !import.meta.env.PROD;
}

/** Which documents this build publishes: drafts as above, confidential ones per KODEX_CONFIDENTIAL. */
export function publicationOptions(env: NodeJS.ProcessEnv = process.env): PublicationOptions {
	return { includeDrafts: includeDrafts(env), confidential: confidentialMode(env) };
}

/** The validation result for `contentDir` (absolute), computed once per process until refreshed. */
export function getValidation(contentDir: string): Promise<ValidationResult> {
	return state(contentDir).validation;
}

/** The git history of `contentDir` (absolute): read once per build, at most once a second in dev. */
export function getGitHistory(contentDir: string): Promise<GitHistory> {
	const s = state(contentDir);
	if (getCommand() === 'dev' && Date.now() - s.gitReadAt > DEV_REUSE_MS) {
		s.git = readGitHistory(contentDir);
		s.gitReadAt = Date.now();
		s.blobs = undefined;
		s.snapshots.clear();
	}
	return s.git;
}

/** Reads files and git again (dev: after an edit or a config reload); returns the new result. */
export function refresh(contentDir: string): Promise<ValidationResult> {
	const s = state(contentDir);
	Object.assign(s, read(contentDir));
	s.blobs = undefined;
	s.snapshots.clear();
	return s.validation;
}

/** Dev only: the per-folder registry of loader re-syncs and watchers (see validation.ts). */
export function devHooks(contentDir: string): Pick<DirState, 'listeners' | 'watchers'> {
	return state(contentDir);
}

/**
 * The file as it was after `commit`, parsed like the current files; undefined
 * when git cannot give it. The contents of every comparison page's commit are
 * read together, in one `git cat-file --batch`, on the first call.
 */
export async function snapshotAt(
	contentDir: string,
	commit: FileCommit,
): Promise<DocSnapshot | undefined> {
	const s = state(contentDir);
	if (!commit.blob) return undefined;
	const key = `${commit.blob}:${commit.path}`;
	if (s.snapshots.has(key)) return s.snapshots.get(key);
	s.blobs ??= s.git.then(({ history }) => {
		const wanted: string[] = [];
		for (const file of history.files.values()) {
			if (!isDocumentPath(file.path)) continue;
			for (const c of diffableCommits(file, history.uncommitted.get(file.path)))
				wanted.push(c.blob!);
		}
		return readObjects(contentDir, wanted);
	});
	const blobs = await s.blobs;
	let bytes = blobs.get(commit.blob);
	if (!bytes) {
		// Not among the comparison pages' commits (older): read just this one.
		bytes = (await readObjects(contentDir, [commit.blob])).get(commit.blob);
	}
	const snapshot = bytes ? parseSnapshot(commit.path, bytes) : undefined;
	s.snapshots.set(key, snapshot);
	return snapshot;
}
