/**
 * The parse cache of `loadHandbookFromFiles` (a watching `check` and the
 * benchmark's re-check): unchanged documents are reused, a changed one is parsed
 * again, and a cached document's problems are reported on every run.
 */
import { describe, expect, it } from 'vitest';
import { loadHandbookFromFiles, type ParseCache } from '../../src/lib/load/load.ts';
import { validateLoaded } from '../../src/lib/validate.ts';
import { baseline, PATHS, TODAY, toFiles } from '../helpers/handbook.ts';

describe('parse cache', () => {
	it('reuses unchanged documents and parses changed ones again', () => {
		const files = toFiles(baseline());
		const cache: ParseCache = new Map();
		const first = loadHandbookFromFiles(files, { cache });
		expect(cache.size).toBe(first.handbook.docs.length);

		const changed = files.findIndex((f) => f.path.endsWith('.mdx'));
		const edited = files.map((f, i) =>
			i === changed ? { ...f, content: `${String(f.content)}\nEin neuer Absatz.\n` } : f,
		);
		const second = loadHandbookFromFiles(edited, { cache });
		const byFile = (docs: typeof first.handbook.docs) => new Map(docs.map((d) => [d.file, d]));
		const before = byFile(first.handbook.docs);
		const after = byFile(second.handbook.docs);
		expect(after.size).toBe(before.size);
		for (const [file, doc] of after) {
			if (file === `content/${files[changed]!.path}`) {
				expect(doc).not.toBe(before.get(file));
				expect(doc.body).toContain('Ein neuer Absatz.');
			} else expect(doc).toBe(before.get(file));
		}
		expect(second.diagnostics).toEqual(first.diagnostics);
	});

	it('reports the problems of a cached document again, and drops them once it is fixed', () => {
		const files = toFiles(baseline());
		const broken = files.findIndex((f) => f.path.endsWith('.yaml') && f.path !== 'handbook.yaml');
		const withError = files.map((f, i) =>
			i === broken ? { ...f, content: `${String(f.content)}unknownField: 1\n` } : f,
		);
		const cache: ParseCache = new Map();
		const first = loadHandbookFromFiles(withError, { cache });
		expect(first.diagnostics.length).toBeGreaterThan(0);
		const again = loadHandbookFromFiles(withError, { cache });
		expect(again.diagnostics).toEqual(first.diagnostics);
		expect(loadHandbookFromFiles(files, { cache }).diagnostics).toEqual([]);
	});

	it('re-judges the links of an unchanged body when the document it links to goes away', () => {
		const b = baseline();
		b.files[PATHS.guideline]!.body = 'Siehe [Checkliste](kodex:checklist/urheberrecht).\n';
		const files = toFiles(b);
		const cache: ParseCache = new Map();
		const run = (f: typeof files) =>
			validateLoaded(loadHandbookFromFiles(f, { cache }), { today: TODAY, history: false });
		expect(run(files).errors.filter((d) => d.rule === 'BODY-005')).toEqual([]);
		// The guideline is unchanged (taken from the cache, its body not parsed again), but the
		// checklist it links to is gone: the link check still runs and finds it.
		const without = files.filter((f) => f.path !== PATHS.checklist);
		const again = run(without);
		expect(again.handbook.docs.find((d) => d.file.endsWith(PATHS.guideline))).toBe(
			cache.get(`content/${PATHS.guideline}`)?.doc,
		);
		expect(again.errors.filter((d) => d.rule === 'BODY-005').map((d) => d.file)).toEqual([
			`content/${PATHS.guideline}`,
		]);
	});
});
