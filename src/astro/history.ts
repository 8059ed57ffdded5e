/**
 * The git history as the pages show it: each published document's place in
 * it, its history view, and the newest changes for the "What changed" page.
 * The history itself is read once per build by the process cache
 * (src/astro/cache.ts); pages never run git themselves.
 */
import type { DocSnapshot } from '../lib/changes/diff-document.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import type { ContentHistory, FileCommit } from '../lib/history/types.ts';
import { contentPath } from '../lib/model/paths.ts';
import {
	changeEntries,
	currentPaths,
	latestChanges,
	shallowBoundary,
	uncommittedEntry,
	type ChangeEntryView,
	type ChangesResolver,
} from '../lib/site/lists/changes-page.ts';
import { diffPath } from '../lib/site/document/diff-view.ts';
import { commitUrl, fileHistoryUrl, repoFilePath } from '../lib/site/chrome/git-links.ts';
import {
	diffableCommits,
	docHistoryView,
	type DocHistoryView,
	type FileGitState,
} from '../lib/site/document/history.ts';
import { readerContext } from '../lib/site/model/reader.ts';
import { createPageOf } from '../lib/site/model/languages.ts';
import type { Site } from '../lib/site/model/site.ts';
import type { DocType, Language } from '../lib/site/model/types.ts';
import type { ValidationResult } from '../lib/validate.ts';
import {
	getGitHistory,
	getValidation,
	publicationOptions,
	snapshotAt,
	type GitHistory,
} from './cache.ts';
import { isPublishedVersion } from '../lib/site/document/versions-file.ts';

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
	const [git, result] = await Promise.all([getGitHistory(abs), getValidation(abs)]);
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

/** What a document page shows from git: its history view and where its file lives. */
export interface DocumentGit {
	/** Undefined when the document is not in the validated handbook. */
	view: DocHistoryView | undefined;
	/** Path inside the git repository, for the "Edit this page" link. */
	repoPath: string | undefined;
}

/**
 * The history of a published document as its page shows it, in interface
 * language `lang`, computed once per page. Comparison pages exist only in the
 * document's own language (`docLang`), so a fallback page links there.
 */
export async function documentGit(
	type: DocType,
	id: string,
	docLang: Language,
	lang: Language,
	editBaseUrl: string | undefined,
): Promise<DocumentGit> {
	const doc = (await loadSiteHistory()).doc(type, id);
	if (!doc) return { view: undefined, repoPath: undefined };
	const shown = new Set((await publishedDiffCommits(type, id)).map((c) => c.shortHash));
	const view = docHistoryView(doc.state, lang, {
		commitUrl: (hash) => commitUrl(editBaseUrl, hash),
		diffPath: (shortHash) =>
			shown.has(shortHash) ? diffPath(type, id, docLang, shortHash) : undefined,
		fileHistoryUrl: fileHistoryUrl(editBaseUrl, doc.repoPath),
	});
	return { view, repoPath: doc.repoPath };
}

/** Per git read (a new GitHistory object in dev after an edit), each document's published commits. */
const publishedByRead = new WeakMap<GitHistory, Map<string, Promise<FileCommit[]>>>();

/**
 * The commits of a document that get a comparison page: those of `diffableCommits`
 * whose version a reader may see (not written as a draft, nor as confidential in a
 * build without confidential documents), so no page shows an unpublished version.
 * Worked out once per document and git read, however many pages ask: in dev, where
 * uncommitted edits change it, every new read of git starts afresh.
 */
export async function publishedDiffCommits(type: DocType, id: string): Promise<FileCommit[]> {
	const sh = await loadSiteHistory();
	let byDoc = publishedByRead.get(sh.git);
	if (!byDoc) publishedByRead.set(sh.git, (byDoc = new Map()));
	const key = `${type}/${id}`;
	let found = byDoc.get(key);
	if (!found) byDoc.set(key, (found = findPublishedDiffCommits(sh, type, id)));
	return found;
}

async function findPublishedDiffCommits(
	sh: SiteHistory,
	type: DocType,
	id: string,
): Promise<FileCommit[]> {
	const doc = sh.doc(type, id);
	if (!doc) return [];
	const publication = publicationOptions();
	const out: FileCommit[] = [];
	for (const commit of diffableCommits(doc.state.file, doc.state.uncommitted)) {
		const snapshot = await commitSnapshot(commit);
		if (snapshot && isPublishedVersion(snapshot.data, publication)) out.push(commit);
	}
	return out;
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
