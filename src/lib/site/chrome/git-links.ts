/**
 * Links to the git host, derived from handbook.yaml `editBaseUrl` (the base of
 * the host's "edit file" link, e.g. `https://git.example/org/repo/-/edit/main/`).
 * Pure. Only well-known URL shapes are understood — GitLab (`/-/edit/<ref>/`),
 * GitHub (`/<owner>/<repo>/edit/<ref>/`) and Gitea/Forgejo (`/_edit/<ref>/`),
 * each also with `blob`/`src` instead of `edit` — anything else gives no link
 * rather than a guessed one.
 */

export type GitHost = 'gitlab' | 'github' | 'gitea';

export interface GitHostLinks {
	host: GitHost;
	/** Web address of the repository, without a trailing slash, e.g. `https://github.com/org/repo`. */
	repo: string;
	/** The branch (or other ref) the edit links point at, e.g. `main`. */
	ref: string;
}

const SHAPES: { host: GitHost; pattern: RegExp }[] = [
	// GitLab: /group/sub/repo/-/edit/main/ (also blob, tree)
	{ host: 'gitlab', pattern: /^(\/.+?)\/-\/(?:edit|blob|tree)\/(.+?)\/?$/ },
	// Gitea / Forgejo: /owner/repo/_edit/main/ (also src/branch/main/)
	{ host: 'gitea', pattern: /^(\/[^/]+\/[^/]+)\/(?:_edit|src\/branch)\/(.+?)\/?$/ },
	// GitHub (and GitHub Enterprise): /owner/repo/edit/main/ (also blob, tree)
	{ host: 'github', pattern: /^(\/[^/]+\/[^/]+)\/(?:edit|blob|tree)\/(.+?)\/?$/ },
];

/** The repository and ref behind an `editBaseUrl`, or undefined when its shape is unknown. */
export function parseEditBaseUrl(editBaseUrl: string | undefined): GitHostLinks | undefined {
	if (!editBaseUrl) return undefined;
	let url: URL;
	try {
		url = new URL(editBaseUrl);
	} catch {
		return undefined;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
	if (url.search || url.hash || url.username || url.password) return undefined;
	for (const { host, pattern } of SHAPES) {
		const m = pattern.exec(url.pathname);
		if (!m) continue;
		const ref = decodeSegment(m[2]!);
		if (ref === undefined || ref === '') return undefined;
		return { host, repo: `${url.origin}${m[1]!}`, ref };
	}
	return undefined;
}

/** A commit hash as git prints it: 4 to 64 hex digits. */
const HASH = /^[0-9a-f]{4,64}$/i;

/** The commit's page on the git host, or undefined when it cannot be derived. */
export function commitUrl(editBaseUrl: string | undefined, hash: string): string | undefined {
	const links = parseEditBaseUrl(editBaseUrl);
	if (!links || !HASH.test(hash)) return undefined;
	return links.host === 'gitlab'
		? `${links.repo}/-/commit/${hash}`
		: `${links.repo}/commit/${hash}`;
}

/**
 * The full history of one file on the git host (all its commits on the edit
 * branch), or undefined. `repoPath` is relative to the repository root.
 */
export function fileHistoryUrl(
	editBaseUrl: string | undefined,
	repoPath: string | undefined,
): string | undefined {
	const links = parseEditBaseUrl(editBaseUrl);
	const file = repoPath && encodePath(repoPath);
	if (!links || !file) return undefined;
	const ref = encodePath(links.ref);
	if (!ref) return undefined;
	switch (links.host) {
		case 'gitlab':
			return `${links.repo}/-/commits/${ref}/${file}`;
		case 'gitea':
			return `${links.repo}/commits/branch/${ref}/${file}`;
		case 'github':
			return `${links.repo}/commits/${ref}/${file}`;
	}
}

/**
 * Where a content file lives in its git repository: the content folder's path
 * inside the repository (`prefix`, '' at the root) joined with the file's path
 * inside the content folder. Undefined when the prefix is unknown (no git).
 */
export function repoFilePath(prefix: string | null | undefined, rel: string): string | undefined {
	if (prefix === null || prefix === undefined) return undefined;
	const p = prefix.replace(/^\/+|\/+$/g, '');
	return p ? `${p}/${rel}` : rel;
}

/** Each path segment URL-encoded; undefined for paths that climb out (`..`) or are empty. */
function encodePath(p: string): string | undefined {
	const segments = p.replace(/^\.?\//, '').split('/');
	if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
	return segments.map(encodeURIComponent).join('/');
}

function decodeSegment(text: string): string | undefined {
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}
