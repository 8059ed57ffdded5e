/**
 * The parsed handbook: every source file with its raw data, its validated data
 * (when the schema accepted it) and a way to find the source position of any
 * field. Rules, the CLI and the site all work on this one model.
 */
import type {
	Channel,
	Checklist,
	DocType,
	Goal,
	Guideline,
	HandbookConfig,
	Playbook,
	Prepublish,
	Team,
	Template,
} from '../../../schemas/index.ts';
import type { DataPath, Position } from '../diagnostics/diagnostics.ts';

/** Validated data per document type. */
export interface DocDataMap {
	guideline: Guideline;
	checklist: Checklist;
	playbook: Playbook;
	team: Team;
	channel: Channel;
	template: Template;
	goal: Goal;
	prepublish: Prepublish;
}

/** Finds source positions inside one parsed file. */
export interface SourceLocator {
	/** Position of the value at `path`; falls back to the closest existing ancestor. */
	value(path: DataPath): Position;
	/** Position of the key of the last segment of `path`; falls back like `value`. */
	key(path: DataPath): Position;
}

/** One content file after parsing. */
export interface SourceDoc<T extends DocType = DocType> {
	type: T;
	/** Path relative to the repository root (posix), e.g. `content/guidelines/fotos.mdx`. */
	file: string;
	/** File name without extension; must equal the document id. */
	stem: string;
	/**
	 * Data as the author wrote it (frontmatter for MDX, the whole file for YAML), with the
	 * folder defaults filled in for fields the document does not set (see `inherited`).
	 */
	raw: unknown;
	/** Fields taken from a folder default (`_defaults.yaml`), with where each was set. */
	inherited?: ReadonlyMap<string, Position & { file: string }>;
	/** The data exactly as written in the file, when folder defaults were filled in. */
	written?: unknown;
	/** Validated data; undefined when the schema found errors. */
	data: DocDataMap[T] | undefined;
	/** MDX body (prose) or undefined for YAML documents. */
	body: string | undefined;
	/** 1-based line of the first body line in the file. */
	bodyLine: number;
	locate: SourceLocator;
}

/** A document whose data passed its schema. */
export type ValidDoc<T extends DocType = DocType> = SourceDoc<T> & { data: DocDataMap[T] };

export interface ConfigSource {
	file: string;
	raw: unknown;
	data: HandbookConfig | undefined;
	locate: SourceLocator;
}

export interface Handbook {
	/** Absolute path of the content folder. */
	contentDir: string;
	/** Content folder relative to the repository root, e.g. `content`. */
	contentRel: string;
	/** `handbook.yaml`, when present and parseable. */
	config: ConfigSource | undefined;
	/** Every parsed document, valid or not, in file order. */
	docs: SourceDoc[];
	/** The folder defaults (`_defaults.yaml`) that were read, with their usable fields. */
	folderDefaults?: readonly { type: DocType; folder: string; data: Record<string, unknown> }[];
}

/** Documents of one type whose data is valid. */
export function validDocs<T extends DocType>(handbook: Handbook, type: T): ValidDoc<T>[] {
	return handbook.docs.filter(
		(d): d is ValidDoc<T> => d.type === type && d.data !== undefined,
	) as ValidDoc<T>[];
}
