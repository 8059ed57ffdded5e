/**
 * BODY-001 … BODY-006: what an author writes in a document body. Each body is
 * parsed once per run with positions (src/lib/body/syntax.ts); nothing in it is
 * executed. The build runs these rules before rendering, so it stops with the
 * same report.
 */
import type { Diagnostic, Wording } from '../diagnostics/diagnostics.ts';
import { bodyFacts, type BodyFacts } from '../body/facts.ts';
import { resolveBody } from '../body/inspect.ts';
import type { BodyFinding, BodyRule } from '../body/items.ts';
import { createLinkJudge } from '../body/links.ts';
import { ALLOWED_ELEMENTS } from '../body/policy.ts';
import { buildGlossary } from '../domain/glossary.ts';
import type { SourceDoc } from '../model/model.ts';
import { rawString } from './raw.ts';
import { diagnosticAt } from './report.ts';
import type { Rule, RuleContext } from './types.ts';

const cache = new WeakMap<RuleContext['index'], Diagnostic[]>();

/** Every body problem of the handbook, computed once per run and shared by the BODY rules. */
function bodyDiagnostics(ctx: RuleContext): Diagnostic[] {
	const cached = cache.get(ctx.index);
	if (cached) return cached;
	const out: Diagnostic[] = [];
	for (const doc of ctx.handbook.docs) {
		if (doc.body === undefined) continue;
		for (const f of findings(doc, ctx)) out.push(toDiagnostic(doc, f));
	}
	cache.set(ctx.index, out);
	return out;
}

/**
 * Body facts by document. A re-check (a watching `check`, the dev server) gets the same
 * document object back from the parse cache when its file is unchanged, so only changed
 * bodies are looked at again; the checks that depend on other documents still run every
 * time. Across runs, the facts come from a disk store keyed by the body's text (facts.ts).
 */
const factsByDoc = new WeakMap<SourceDoc, BodyFacts>();

function factsOf(doc: SourceDoc): BodyFacts {
	let facts = factsByDoc.get(doc);
	if (!facts) {
		facts = bodyFacts(doc.body!);
		factsByDoc.set(doc, facts);
	}
	return facts;
}

/** A body finding, with its German wording where it has one. */
type Found = BodyFinding & { de?: Wording | undefined };

function findings(doc: SourceDoc, ctx: RuleContext): Found[] {
	const parsed = factsOf(doc);
	if (!parsed.ok) {
		const why = explainSyntax(parsed.reason);
		const tags = Object.keys(ALLOWED_ELEMENTS)
			.map((n) => `<${n}>`)
			.join(', ');
		return [
			{
				rule: 'BODY-001',
				line: parsed.line,
				column: parsed.column,
				message: `The text cannot be read here: ${why.en}`,
				expected: `Markdown; HTML only as ${tags}, every tag closed`,
				fix: 'Close the tag, or write \\< and \\{ to show these characters as text.',
				de: {
					message: `Der Text lässt sich hier nicht lesen: ${why.de}`,
					expected: `Markdown; HTML nur als ${tags}, jedes Tag geschlossen`,
					fix: 'Das Tag schließen oder \\< und \\{ schreiben, um diese Zeichen als Text zu zeigen.',
				},
			},
		];
	}
	const language = rawString(doc.raw, 'language');
	const glossary = buildGlossary(ctx.handbook.config?.data?.glossary);
	const terms =
		language && ctx.handbook.config?.data
			? (name: string) => glossary.find(language, name) !== undefined
			: undefined;
	return resolveBody(parsed.items, createLinkJudge(ctx.handbook, ctx.index, doc), terms);
}

/**
 * MDX's parser messages, reworded for authors who do not know that `<` and `{` start code,
 * in English and German; a reason not recognised stays the parser's own.
 */
function explainSyntax(reason: string): { en: string; de: string } {
	const plain = reason.replace(/\.$/, '');
	const closing = /Expected a closing tag for `<([^>]+)>`/.exec(reason);
	if (closing)
		return {
			en: `the tag <${closing[1]}> is opened but never closed.`,
			de: `das Tag <${closing[1]}> wird geöffnet, aber nie geschlossen.`,
		};
	const beforeName = /Unexpected character `(.+?)`.* before name/.exec(reason);
	if (beforeName)
		return {
			en: `"<" starts an HTML tag, but "${beforeName[1]}" cannot start a tag name.`,
			de: `"<" beginnt ein HTML-Tag, aber "${beforeName[1]}" kann keinen Tag-Namen beginnen.`,
		};
	if (/expression|acorn|Could not parse/i.test(reason))
		return {
			en: `"{" starts JavaScript in MDX and is not closed or not valid (${plain}).`,
			de: `"{" beginnt in MDX JavaScript und ist nicht geschlossen oder nicht gültig (${plain}).`,
		};
	return { en: `${plain}.`, de: `${plain}.` };
}

function toDiagnostic(doc: SourceDoc, f: Found): Diagnostic {
	return diagnosticAt(
		f.rule,
		'error',
		{ file: doc.file, line: doc.bodyLine + f.line - 1, column: f.column },
		{
			message: f.message,
			...(f.value !== undefined ? { value: f.value } : {}),
			...(f.expected !== undefined ? { expected: f.expected } : {}),
			...(f.didYouMean !== undefined ? { didYouMean: f.didYouMean } : {}),
			...(f.fix !== undefined ? { fix: f.fix } : {}),
			...(f.de !== undefined ? { de: f.de } : {}),
		},
	);
}

function bodyRule(id: BodyRule, title: string): Rule {
	return {
		id,
		severity: 'error',
		title,
		check: (ctx) => bodyDiagnostics(ctx).filter((d) => d.rule === id),
	};
}

const bodySyntax = bodyRule(
	'BODY-001',
	'A document body can be read: Markdown, every HTML tag closed, no stray < or {.',
);
const bodyNoCode = bodyRule(
	'BODY-002',
	'A document body contains no code: no import/export, no {…} expressions.',
);
const bodyHtmlAllowed = bodyRule(
	'BODY-003',
	'HTML in a body is limited to a few elements without scripts, styles or event handlers; no components.',
);
const bodyUrlsSafe = bodyRule(
	'BODY-004',
	'No javascript:, vbscript: or data: links; images and anything else that loads come from the content folder.',
);
const bodyLinksResolve = bodyRule(
	'BODY-005',
	'kodex: links name an existing document (and item); relative links name an existing file.',
);
const bodyDirectivesKnown = bodyRule(
	'BODY-006',
	'Callouts and directives use a known name (:::do, :::dont, :::note, :::warning, :::legal).',
);

export const glossaryTermsDefined = bodyRule(
	'GLOS-002',
	"Every :term[…] in a body names a glossary term (or alias) of the document's language.",
);

export const BODY_RULES: Rule[] = [
	bodySyntax,
	bodyNoCode,
	bodyHtmlAllowed,
	bodyUrlsSafe,
	bodyLinksResolve,
	bodyDirectivesKnown,
	glossaryTermsDefined,
];
