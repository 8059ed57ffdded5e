/**
 * What `check` keeps of a parsed body: its items (src/lib/body/inspect.ts),
 * which depend only on the body's text. Parsing Markdown with MDX is the
 * costliest part of `check` (about 5 ms per page of prose), so the items are
 * kept between runs in a disk store keyed by a hash of the text, and the store
 * is dropped whenever the code that computes them changes (a hash of this
 * folder's sources and the installed packages). The judging of links and
 * glossary terms, which depends on the other documents, runs every time.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { codeVersion, openStore, type DiskStore } from '../util/disk-cache.ts';
import { collectBody } from './inspect.ts';
import type { BodyItem } from './items.ts';
import { parseBody } from './syntax.ts';

export type BodyFacts =
	{ ok: true; items: BodyItem[] } | { ok: false; line: number; column: number; reason: string };

/**
 * Characters and words without which a body holds nothing the body rules look at:
 * JSX, HTML and `<…>` autolinks (`<`), expressions (`{`, `}`), links, images and
 * definitions (`[`), directives and `mailto:` (a colon before anything but a space,
 * digit, slash or the line's end), autolinked addresses (`@`, `www.`, `://`), and
 * `import`/`export` statements at the start of a line. Generous on purpose: a body
 * that matches is parsed; one that does not gives no items and no parse error, as
 * `tests/unit/body/quick-check.test.ts` shows on every fixture and on random text.
 */
const MAY_HOLD_ITEMS = /[<{}[@]|:(?![\s\d/]|$)|www\.|:\/\/|^[ \t]*(?:import|export)\b/im;

/** Whether parsing `text` could give items or a parse error (false: it gives neither). */
export function mayHoldItems(text: string): boolean {
	return MAY_HOLD_ITEMS.test(text);
}

/** Parses a body and collects its items; no cache. */
export function computeBodyFacts(text: string): BodyFacts {
	const parsed = parseBody(text);
	return parsed.ok ? { ok: true, items: collectBody(parsed.tree) } : parsed;
}

/**
 * A hash of the code whose output the store keeps: the body modules, the
 * suggestions and the installed packages (the Markdown parser). Undefined when
 * the sources cannot be read (then nothing is kept between runs).
 */
function bodyCodeVersion(): string | undefined {
	const here = import.meta.dirname;
	return codeVersion(here, [
		path.join(here, '../diagnostics/suggest.ts'),
		path.resolve(here, '../../../node_modules/.package-lock.json'),
	]);
}

let store: DiskStore<BodyFacts> | null | undefined;

function bodyStore(): DiskStore<BodyFacts> | null {
	if (store === undefined) {
		const version = bodyCodeVersion();
		store = version ? openStore<BodyFacts>('body-facts', version) : null;
	}
	return store;
}

/** The facts of a body, from the store when its text was seen before. */
export function bodyFacts(text: string): BodyFacts {
	// Most prose has nothing for the body rules: it need not be parsed (the first run of
	// `check` spent most of its time parsing such bodies).
	if (!mayHoldItems(text)) return { ok: true, items: [] };
	const s = bodyStore();
	if (!s) return computeBodyFacts(text);
	const key = createHash('sha1').update(text).digest('base64url');
	const known = s.get(key);
	if (known) return known;
	const facts = computeBodyFacts(text);
	s.set(key, facts);
	return facts;
}

/** Writes what this run learnt (after a validation). */
export function saveBodyFacts(): void {
	store?.save();
}
