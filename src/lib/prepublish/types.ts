/**
 * The data a pre-publish check page bundles for the browser, computed at build time by
 * `prepublishView` (src/lib/site/lists/prepublish.ts). Plain JSON: every text comes from the
 * handbook (questions from the check, items from checklists, rules from guidelines), every
 * role is resolved to names and a mailbox. Nothing here imports Node or zod, so the same
 * code runs in the browser and in tests.
 */

export type Severity = 'blocker' | 'major' | 'minor';
/** An answer to a checklist item. "yes" is always the safe answer. */
export type ItemAnswer = 'yes' | 'no' | 'unsure';
export type QuestionKind = 'single' | 'multiple' | 'yesno';

export interface CheckOption {
	id: string;
	label: string;
	help?: string;
}

export interface CheckQuestion {
	id: string;
	text: string;
	help: string;
	kind: QuestionKind;
	/** Every answer, in order; for `yesno` questions `yes` and `no` with localised labels. */
	options: CheckOption[];
}

/** Question id → the answer ids of which one must be given. */
export type CheckCondition = Record<string, string[]>;

export interface CheckMapping {
	id: string;
	label: string;
	/** Every entry must hold. */
	when: CheckCondition;
	/** When not empty, at least one of these must hold too. */
	whenAny: CheckCondition[];
	/** Checklist item keys (`checklist#item`) that are on the page. */
	items: string[];
	/** Guideline rule keys (`guideline#rule`) that are on the page. */
	rules: string[];
	askRole?: string;
}

export interface CheckLegalBasis {
	label: string;
	href?: string;
}

export interface CheckItem {
	/** `checklist#item`, as the check references it. */
	key: string;
	checklist: string;
	question: string;
	guidance: string;
	severity: Severity;
	legalBasis: CheckLegalBasis[];
	/** The item's own `escalateTo`, when it names one. */
	escalateTo?: string;
	/** The checklist's `legalReviewer`: asked when nobody more specific is named. */
	reviewer: string;
	/** Set when the legal situation is unsettled: the note, or an empty string. */
	uncertain?: string;
	/** The item on its checklist page (with the site base). */
	href?: string;
	/** Language of the checklist when it differs from the page's. */
	lang?: string;
}

export interface CheckRule {
	/** `guideline#rule`, as the check references it. */
	key: string;
	guideline: string;
	/** Title of the guideline the rule comes from. */
	source: string;
	kind: 'do' | 'dont';
	text: string;
	rationale?: string;
	/** Item keys the rule relies on, limited to items on the page. */
	items: string[];
	href?: string;
	/** True when the guideline is not approved yet (e.g. in review). */
	pending?: boolean;
	/** A post the rule applies to cannot simply go: `fix` first, or `ask` before posting. */
	blocks?: 'fix' | 'ask';
	/** Role to ask about it. */
	askRole?: string;
	/** Language of the guideline when it differs from the page's. */
	lang?: string;
}

export interface CheckRole {
	id: string;
	name: string;
	mailbox?: string;
	/** Names of the people who hold the role. */
	people: string[];
	href?: string;
}

/** A checklist the items come from, with the version that was used. */
export interface CheckSource {
	id: string;
	title: string;
	version?: number;
	/** `reviewedOn`, formatted for the page language. */
	reviewedOn?: string;
	href?: string;
}

export interface CheckPolicy {
	fixWhenNo: Severity[];
	askWhenNo: Severity[];
	askWhenUnsure: Severity[];
}

export interface CheckData {
	id: string;
	title: string;
	/** Language of the page (and of its interface texts). */
	lang: string;
	/** Language of the check's own texts when it differs from the page's (a fallback page). */
	docLang?: string;
	version?: number;
	reviewedOn?: string;
	questions: CheckQuestion[];
	always: { items: string[]; rules: string[] };
	mappings: CheckMapping[];
	items: Record<string, CheckItem>;
	rules: Record<string, CheckRule>;
	roles: Record<string, CheckRole>;
	sources: CheckSource[];
	policy: CheckPolicy;
	contact: { default: string; deputy?: string };
}

/** Question id → the chosen answer ids (one for `single` and `yesno`, any number for `multiple`). */
export type Answers = Record<string, string[]>;
/** Item key → the answer to that checklist item. */
export type ItemAnswers = Record<string, ItemAnswer>;
/** UI strings by i18n key, e.g. `prepublish.verdictGo`. */
export type CheckStrings = Record<string, string>;
