/**
 * The examples in link messages come from the handbook being checked, never from the
 * example company: a handbook whose first checklist is `markenrecht` is shown that one.
 */
import { describe, expect, it } from 'vitest';
import { only, PATHS, runBaseline } from '../../helpers/handbook.ts';

describe('link problems', () => {
	it('give an example link to a document of this handbook', () => {
		const run = runBaseline((b) => {
			b.files[PATHS.guideline]!.body =
				'Siehe [Regeln](kodex:checklist) und [Datei](./fehlt.pdf).\n';
		});
		const found = only(run.diagnostics, 'BODY-005');
		expect(found.map((d) => d.expected)).toEqual([
			'kodex:type/id or kodex:type/id#item, e.g. kodex:checklist/markenrecht',
			'a document (kodex:checklist/markenrecht) or an existing file',
		]);
		expect(found.map((d) => d.de?.expected)).toEqual([
			'kodex:typ/kennung oder kodex:typ/kennung#punkt, z. B. kodex:checklist/markenrecht',
			'ein Dokument (kodex:checklist/markenrecht) oder eine vorhandene Datei',
		]);
	});
});
