/**
 * The shapes the editor configuration is made of: a document type as the
 * schema export describes it, the options a site passes in (backend, language,
 * messages, folder defaults) and the Decap CMS field definitions that come out.
 */
import type { JsonSchema } from './file-format.ts';

/** One editor field (a Decap CMS field definition). */
export type EditorField = { name: string } & WidgetOptions;
/** A widget and its options. */
export type WidgetOptions = { widget: string; [option: string]: unknown };

/** A document type as the schema export describes it. */
export interface EditorTarget {
	/** Document type (`guideline`) or `handbook`. */
	name: string;
	format: 'mdx' | 'yaml';
	/** Files it covers, relative to the content folder, e.g. `guidelines/*.mdx` or `handbook.yaml`. */
	pattern: string;
	json: JsonSchema;
}

/** Where the editor saves. */
export type EditorBackend =
	| { name: 'proxy'; proxy_url: string }
	| { name: 'github' | 'gitlab'; repo: string; branch?: string; [option: string]: unknown };

export interface EditorOptions {
	backend: EditorBackend;
	/** Language of the editor's own interface (Decap ships `de` and `en`). */
	locale: string;
	/** Path of the content folder inside the repository the backend sees; `''` for its root. */
	contentPath: string;
	/** Drafts on branches with pull/merge requests, instead of saving straight to the branch. */
	editorialWorkflow: boolean;
	/** Collection labels by document type, in the editor's language. */
	labels: Readonly<Record<string, string>>;
	/** Hint added to a field that means a constant when left empty, e.g. "Leave empty for all". */
	emptyMeans: (constant: string) => string;
	/** Message for a value that does not match the field's pattern, with an example when there is one. */
	invalidFormat: (example: string | undefined) => string;
	/** Message for a text outside its length limits. */
	invalidLength: (min: number, max: number | undefined) => string;
	/**
	 * Fields a folder default (`<folder>/_defaults.yaml`) sets for every document of a type:
	 * they are optional in the form, with a hint naming the value a document gets when empty.
	 */
	folderDefaults?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
	/**
	 * The handbook's content languages (`locales` in handbook.yaml): a document's
	 * `language` field is offered as a choice of these, preset to the default.
	 */
	languages?: EditorLanguages;
}

/** The languages a document may be written in, with their names for the form. */
export interface EditorLanguages {
	/** `locales.available`, e.g. `['de', 'en', 'tr']`. */
	available: readonly string[];
	/** `locales.default`. */
	default: string;
	/** The name shown for a tag, e.g. `Türkisch` (Intl.DisplayNames in the editor's language). */
	label: (tag: string) => string;
}
