/**
 * The parse cache of `loadHandbookFromFiles` (a watching `check` and the
 * benchmark's re-check): unchanged documents are reused, a changed one is parsed
 * again, and a cached document's problems are reported on every run.
 */
import { describe, expect, it } from 'vitest';
import { loadHandbookFromFiles, type ParseCache } from '../../src/lib/load/load.ts';
import { baseline, toFiles } from '../helpers/handbook.ts';

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
});
