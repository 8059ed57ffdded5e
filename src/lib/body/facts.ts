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
