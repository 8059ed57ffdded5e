/**
 * What inspecting a body yields: findings (problems with rule id, position and
 * wording in English and German) and checks that need the rest of the handbook
 * (a link address, a glossary term). Shared by inspect.ts, its parts
 * (inspect-element.ts, inspect-url.ts), links.ts and the body-facts store.
 */
import type { Wording } from '../diagnostics/diagnostics.ts';

/** A problem in a body; line and column are relative to the body's first line. */
export interface BodyFinding {
	rule: BodyRule;
	line: number;
	column: number;
	message: string;
	value?: string;
	expected?: string;
	didYouMean?: string;
	fix?: string;
	/** The texts in German, shown when the CLI speaks German. */
	de?: Wording;
}

export type BodyRule =
	'BODY-001' | 'BODY-002' | 'BODY-003' | 'BODY-004' | 'BODY-005' | 'BODY-006' | 'GLOS-002';

/** Judges where a link or image points; returns a finding without position, or undefined when fine. */
export type LinkJudge = (
	url: string,
	kind: 'link' | 'image',
) => Omit<BodyFinding, 'line' | 'column' | 'rule'> | undefined;

/**
 * What a body holds that needs another document to judge: a link or image
 * address (for the link judge) or a `:term[…]` (for the glossary).
 */
export type BodyCheck =
	| { check: 'url'; url: string; kind: 'link' | 'image'; line: number; column: number }
	| { check: 'term'; name: string; line: number; column: number };

/**
 * Everything one body says about itself, in document order: findings that
 * depend on the body alone, and the checks that need the rest of the handbook.
 * Plain data that depends only on the body's text, so it can be kept between
 * runs (src/lib/rules/body-facts.ts).
 */
export type BodyItem = BodyFinding | BodyCheck;

/** A place in a body, relative to its first line. */
export interface BodyPosition {
	line: number;
	column: number;
}
