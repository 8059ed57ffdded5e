/**
 * The git history of the content folder, read ONCE per build and shared by the
 * validation (HIST-001), the manifest and every page: one `git log` pass, one
 * `git status`, one `git cat-file --batch` for the versions and — only when a
 * comparison page is rendered — one more for the older contents those pages
 * need. Pages never run git themselves.
 *
 * Astro loads the integration (astro.config.mjs) and the pages in different
 * module graphs, so the memo lives on `globalThis`, keyed by content folder,
 * like src/astro/validation.ts. In dev it is re-read at most once a second so
 * new commits show up.
 *
 * Without git (a downloaded archive), with KODEX_HISTORY=off, or in a shallow
 * clone, the result says so (availability + note) and holds only what git
 * could give; nothing here throws for a missing history.
 */
import { resolveContentDir } from '../lib/content-dir.ts';
import type { DocSnapshot } from '../lib/changes/diff-document.ts';
import { readObjects } from '../lib/history/blobs.ts';
import { readHistory } from '../lib/history/history.ts';
import { parseSnapshot } from '../lib/history/snapshots.ts';
import type { ContentHistory, FileCommit } from '../lib/history/types.ts';
import { historyEnabled } from '../lib/history/version-history.ts';
import {
	isDocumentPath,
	readVersionHistory,
	type VersionHistory,
} from '../lib/history/versions.ts';
import { contentPath } from '../lib/paths.ts';
import {
	changeEntries,
	currentPaths,
	latestChanges,
	shallowBoundary,
	uncommittedEntry,
	type ChangeEntryView,
	type ChangesResolver,
} from '../lib/site/changes-page.ts';
import { diffPath } from '../lib/site/diff-view.ts';
import { commitUrl, fileHistoryUrl, repoFilePath } from '../lib/site/git-links.ts';
import {
	diffableCommits,
	docHistoryView,
	type DocHistoryView,
	type FileGitState,
} from '../lib/site/history.ts';
import { readerContext } from '../lib/site/reader.ts';
import { createPageOf } from '../lib/site/languages.ts';
import type { Site } from '../lib/site/site.ts';
import type { DocType, Language } from '../lib/site/types.ts';
import type { ValidationResult } from '../lib/validate.ts';
import { getCommand, getValidation } from './validation.ts';

export interface GitHistory {
	history: ContentHistory;
	/** The version of every document at every commit (for HIST-001 and the history lists). */
	versions: VersionHistory;
	/** False with KODEX_HISTORY=off: git was not asked at all. */
	enabled: boolean;
	/** How long reading took, in milliseconds. */
	ms: number;
}

interface DirState {
	git: Promise<GitHistory>;
	/** Older contents for the comparison pages, by blob id; read on first use. */
	blobs?: Promise<Map<string, Buffer>>;
	snapshots: Map<string, DocSnapshot | undefined>;
	readAt: number;
}

const KEY = Symbol.for('kodex.site.history');
/** In dev, how long a read history is reused before git is asked again. */
const DEV_REUSE_MS = 1000;

function dirs(): Map<string, DirState> {
	const g = globalThis as typeof globalThis & { [KEY]?: Map<string, DirState> };
	g[KEY] ??= new Map();
	return g[KEY];
}

/** A history with nothing in it, for KODEX_HISTORY=off. */
function emptyHistory(note: string): ContentHistory {
	return {
		availability: 'none',
		note,
		head: null,
		root: null,
		prefix: '',
		files: new Map(),
		deleted: [],
		uncommitted: new Map(),
		commitCount: 0,
	};
}

async function read(contentDir: string): Promise<GitHistory> {
	const started = performance.now();
	if (!historyEnabled()) {
		const note = 'History is switched off (KODEX_HISTORY=off).';
		return {
			history: emptyHistory(note),
			versions: { availability: 'none', note, byPath: new Map() },
			enabled: false,
			ms: 0,
		};
	}
	const history = await readHistory(contentDir);
	const versions: VersionHistory =
		history.files.size === 0
			? { availability: history.availability, note: history.note, byPath: new Map() }
			: await readVersionHistory(history, contentDir);
	return { history, versions, enabled: true, ms: Math.round(performance.now() - started) };
}

function state(contentDir: string): DirState {
	const all = dirs();
	let s = all.get(contentDir);
	const stale = s !== undefined && getCommand() === 'dev' && Date.now() - s.readAt > DEV_REUSE_MS;
	if (!s || stale) {
		s = { git: read(contentDir), snapshots: new Map(), readAt: Date.now() };
		all.set(contentDir, s);
	}
	return s;
}

/** The git history of `contentDir` (absolute), read once per build. */
export function readGitHistory(contentDir: string): Promise<GitHistory> {
	return state(contentDir).git;
}

/** Forgets the memoised history, e.g. after the config reloads in dev. */
export function invalidateGitHistory(contentDir: string): void {
	dirs().delete(contentDir);
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

/** A published document's place in the history: its path, current content and git state. */
export interface DocGit {
	/** Path inside the content folder, e.g. `guidelines/fotos.mdx`. */
	path: string;
	/** Path inside the git repository (for edit and history links); undefined when unknown. */
	repoPath: string | undefined;
	/** The document as it is on disk now, parsed like the older versions. */
	current: DocSnapshot;
	state: FileGitState;
}

export interface SiteHistory {
	git: GitHistory;
	history: ContentHistory;
	/** A document of the validated handbook, by type and id. */
	doc(type: DocType, id: string): DocGit | undefined;
	/** The document at a path inside the content folder. */
	docAt(path: string): { type: DocType; id: string } | undefined;
}

interface DocIndex {
	byKey: Map<string, { type: DocType; id: string; path: string; current: DocSnapshot }>;
	byPath: Map<string, { type: DocType; id: string }>;
}

const indexes = new WeakMap<ValidationResult, DocIndex>();

/** Where each document of the validated handbook lives (the first file wins an id, as in the loader). */
function docIndex(result: ValidationResult): DocIndex {
	const cached = indexes.get(result);
	if (cached) return cached;
	const index: DocIndex = { byKey: new Map(), byPath: new Map() };
	for (const doc of result.handbook.docs) {
		if (doc.data === undefined) continue;
		const key = `${doc.type}/${doc.data.id}`;
		if (index.byKey.has(key)) continue;
		const rel = contentPath(result.handbook, doc.file);
		index.byKey.set(key, {
			type: doc.type,
			id: doc.data.id,
			path: rel,
			current: { data: doc.raw, body: doc.body },
		});
		index.byPath.set(rel, { type: doc.type, id: doc.data.id });
	}
	indexes.set(result, index);
	return index;
}

/**
 * Without git the path inside the repository is known only when the content
 * folder lies inside the Kodex checkout (then that is the repository).
 */
function repoPathOf(history: ContentHistory, contentRel: string, rel: string): string | undefined {
	if (history.root !== null) return repoFilePath(history.prefix, rel);
	if (contentRel.startsWith('..') || contentRel.startsWith('/')) return undefined;
	return repoFilePath(contentRel === '.' ? '' : contentRel, rel);
}

/** The history of the content folder the build uses (KODEX_CONTENT), with its documents. */
export async function loadSiteHistory(): Promise<SiteHistory> {
	const { abs, rel: contentRel } = resolveContentDir();
	const [git, result] = await Promise.all([readGitHistory(abs), getValidation(abs)]);
	const { history, versions } = git;
	const index = docIndex(result);
	return {
		git,
		history,
		doc(type, id) {
			const entry = index.byKey.get(`${type}/${id}`);
			if (!entry) return undefined;
			const file = history.files.get(entry.path);
			const points = versions.byPath.get(entry.path) ?? [];
			return {
				path: entry.path,
				repoPath: repoPathOf(history, contentRel, entry.path),
				current: entry.current,
				state: {
					availability: history.availability,
					file,
					versions: new Map(points.map((p) => [p.commit.hash, p.version])),
					uncommitted: history.uncommitted.get(entry.path),
				},
			};
		},
		docAt: (path) => index.byPath.get(path),
	};
}

/**
 * The history of a published document as its page shows it, in interface
 * language `lang`. Comparison pages exist only in the document's own language
 * (`docLang`), so a fallback page links there.
 */
export async function documentHistory(
	type: DocType,
	id: string,
	docLang: Language,
	lang: Language,
	editBaseUrl: string | undefined,
): Promise<DocHistoryView | undefined> {
	const doc = (await loadSiteHistory()).doc(type, id);
	if (!doc) return undefined;
	return docHistoryView(doc.state, lang, {
		commitUrl: (hash) => commitUrl(editBaseUrl, hash),
		diffPath: (shortHash) => diffPath(type, id, docLang, shortHash),
		fileHistoryUrl: fileHistoryUrl(editBaseUrl, doc.repoPath),
	});
}

/** Where a document's file lives in its git repository, for the "Edit this page" link. */
export async function docRepoPath(type: DocType, id: string): Promise<string | undefined> {
	return (await loadSiteHistory()).doc(type, id)?.repoPath;
}

/** The file after `commit`, in the content folder the build uses; see {@link snapshotAt}. */
export function commitSnapshot(commit: FileCommit): Promise<DocSnapshot | undefined> {
	return snapshotAt(resolveContentDir().abs, commit);
}

/**
 * The newest changes as the "What changed" page and its feed show them, for
 * pages in `lang` of `site` (from `loadSite()`): at most `limit` commits, plus the uncommitted changes
 * ("changed now") when asked for. For a "latest changes" box elsewhere (e.g. the
 * home page), call it with a small limit and `uncommitted: false`.
 */
export async function changesFor(
	site: Site,
	lang: Language,
	limit: number,
	options: { uncommitted?: boolean } = {},
): Promise<{
	history: ContentHistory;
	entries: ChangeEntryView[];
	now: ChangeEntryView | undefined;
}> {
	const sh = await loadSiteHistory();
	const ctx = readerContext(site, lang);
	const resolver: ChangesResolver = {
		// Each file links its own document (not a translation): that is the file that changed.
		docAt: (path) => {
			const at = sh.docAt(path);
			return at && site.find(at.type, at.id);
		},
		// … on its page in this language: the fallback page, when it has no translation.
		pathOf: createPageOf(site.docs, site.languages, lang),
		currentPath: currentPaths(sh.history),
		firstKnown: shallowBoundary(sh.history),
		commitUrl: (hash) => commitUrl(site.config.editBaseUrl, hash),
	};
	return {
		history: sh.history,
		entries: changeEntries(latestChanges(sh.history, limit), ctx, resolver),
		now: options.uncommitted ? uncommittedEntry(sh.history.uncommitted, ctx, resolver) : undefined,
	};
}
