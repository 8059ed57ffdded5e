/**
 * `kodex-manifest.json`: what the published handbook contains, for auditors
 * and other tools — every non-draft document with its version, status,
 * approval, review date, content hash and last commit. `buildManifest` is pure;
 * `collectManifestInput` gathers the hashes and history it needs.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocType, Language, Status } from '../../schemas/index.ts';
import { readHistory } from './history/history.ts';
import type { ContentHistory, HistoryAvailability } from './history/types.ts';
import type { Handbook } from './model/model.ts';
import { contentPath } from './model/paths.ts';
import { isPublished, type ConfidentialMode } from './domain/publication.ts';
import { allValidDocs } from './rules/handbook-index.ts';

export const MANIFEST_FILE = 'kodex-manifest.json';

export interface ManifestDocument {
	id: string;
	type: DocType;
	language: Language;
	title: string;
	version: number | null;
	status: Status;
	approvedBy: string | null;
	/** The date of the approval: `reviewedOn` of an approved document, else null. */
	approvedOn: string | null;
	reviewBy: string | null;
	effectiveFrom: string | null;
	supersededBy: string | null;
	/** File as shown to authors, e.g. `content/guidelines/fotos.mdx`. */
	file: string;
	/** `sha256:<hex>` of the source file's bytes. */
	contentHash: string;
	/** Last commit that touched the file, or null when unknown (no git, uncommitted, or changed since). */
	commit: string | null;
}

export interface Manifest {
	/** ISO timestamp of the build. */
	generatedAt: string;
	/** HEAD commit, or null without git. */
	commit: string | null;
	historyAvailability: HistoryAvailability;
	documents: ManifestDocument[];
}

export interface ManifestInput {
	handbook: Handbook;
	/** sha256 hex per file as shown to authors (`doc.file`). */
	hashes: ReadonlyMap<string, string>;
	/** The content history, or null when it was not read. */
	history: ContentHistory | null;
	/** ISO timestamp to write as generatedAt. */
	generatedAt: string;
	/** Whether the build includes confidential documents (KODEX_CONFIDENTIAL); default: exclude. */
	confidential?: ConfidentialMode;
}

/** sha256 of file bytes, as hex. */
export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The manifest content: published, schema-valid documents sorted by type and id. Never
 * drafts; confidential documents only when the build includes them (`input.confidential`).
 */
export function buildManifest(input: ManifestInput): Manifest {
	const { handbook, history } = input;
	const publication = { includeDrafts: false, confidential: input.confidential ?? 'exclude' };
	const documents = allValidDocs(handbook)
		.filter((doc) => isPublished(doc.data, publication))
		.map((doc): ManifestDocument => {
			const d = doc.data;
			const rel = contentPath(handbook, doc.file);
			// A file changed since its last commit is not what that commit contains.
			const changedNow = history?.uncommitted.has(rel) ?? false;
			const commit = changedNow ? null : (history?.files.get(rel)?.commits[0]?.hash ?? null);
			const hash = input.hashes.get(doc.file);
			return {
				id: d.id,
				type: doc.type,
				language: d.language,
				title: d.title,
				version: d.version ?? null,
				status: d.status,
				approvedBy: d.approvedBy ?? null,
				approvedOn: d.status === 'approved' ? (d.reviewedOn ?? null) : null,
				reviewBy: d.reviewBy ?? null,
				effectiveFrom: d.effectiveFrom ?? null,
				supersededBy: d.supersededBy ?? null,
				file: doc.file,
				contentHash: hash ? `sha256:${hash}` : '',
				commit,
			};
		})
		.sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
	return {
		generatedAt: input.generatedAt,
		commit: history?.head ?? null,
		historyAvailability: history?.availability ?? 'none',
		documents,
	};
}

/** The manifest as the text of kodex-manifest.json. */
export function manifestJson(manifest: Manifest): string {
	return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Reads the source files' bytes and the git history that `buildManifest` needs. */
export async function collectManifestInput(
	handbook: Handbook,
	options: { history?: ContentHistory | null; now?: Date } = {},
): Promise<ManifestInput> {
	const hashes = new Map<string, string>();
	const [history] = await Promise.all([
		options.history !== undefined ? options.history : readHistory(handbook.contentDir),
		...handbook.docs.map(async (doc) => {
			const abs = path.join(handbook.contentDir, contentPath(handbook, doc.file));
			hashes.set(doc.file, sha256(await readFile(abs)));
		}),
	]);
	return {
		handbook,
		hashes,
		history,
		generatedAt: (options.now ?? new Date()).toISOString(),
	};
}
