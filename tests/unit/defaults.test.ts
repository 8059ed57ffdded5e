/**
 * Folder defaults (`_defaults.yaml`, src/lib/load/defaults.ts): documents inherit the fields
 * they do not set, the effective value is what the schema and the rules see, and a wrong
 * inherited value is reported with the defaults file and line it came from.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/lib/diagnostics/format-text.ts';
import { loadHandbookFromFiles, type VirtualFile } from '../../src/lib/load/load.ts';
import { validDocs } from '../../src/lib/model/model.ts';
import { validateLoaded } from '../../src/lib/validate.ts';
import { baseline, PATHS, TODAY, toFiles, type Baseline } from '../helpers/handbook.ts';

const CHECKLISTS = [
	PATHS.checklist,
	'checklists/markenrecht.mdx',
	'checklists/wettbewerbsrecht.mdx',
	'checklists/persoenlichkeitsrecht.mdx',
];

/** The baseline with owner and audience of every checklist moved into checklists/_defaults.yaml. */
function withDefaults(defaults: string, edit: (b: Baseline) => void = () => {}): VirtualFile[] {
	const b = baseline();
	for (const p of CHECKLISTS) {
		delete b.files[p]!.data['owner'];
		delete b.files[p]!.data['audience'];
	}
	edit(b);
	return [...toFiles(b), { path: 'checklists/_defaults.yaml', content: defaults }];
}

const run = (files: VirtualFile[]) =>
	validateLoaded(loadHandbookFromFiles(files), { today: TODAY, history: false });

const DEFAULTS =
	'# Für alle Checklisten\nowner: social-media-manager\naudience:\n  - all-employees\n';

describe('folder defaults', () => {
	it('fill in the fields a document leaves out, so the handbook stays valid', () => {
		const result = run(withDefaults(DEFAULTS));
		expect(result.errors).toEqual([]);
		const checklists = validDocs(result.handbook, 'checklist');
		expect(checklists).toHaveLength(4);
		for (const doc of checklists) {
			expect(doc.data.owner).toBe('social-media-manager');
			expect(doc.data.audience).toEqual(['all-employees']);
			expect([...doc.inherited!.keys()].sort()).toEqual(['audience', 'owner']);
			// What the file says is kept apart, for diffs of the file itself.
			expect((doc.written as Record<string, unknown>)['owner']).toBeUndefined();
		}
		// Without the defaults file the same documents lack required fields.
		const without = run(withDefaults(DEFAULTS).filter((f) => !f.path.endsWith('_defaults.yaml')));
		expect(without.errors.filter((d) => d.rule === 'SCH-001').length).toBeGreaterThanOrEqual(8);
	});

	it("let a document's own value win, and the nearest folder win over an outer one", () => {
		const files = withDefaults(DEFAULTS, (b) => {
			b.files[PATHS.checklist]!.data['owner'] = 'head-of-communications';
		});
		files.push(
			{
				path: 'checklists/recht/_defaults.yaml',
				content: 'owner: legal-counsel\n',
			},
			{
				path: 'checklists/recht/medienrecht.mdx',
				content: files
					.find((f) => f.path === 'checklists/markenrecht.mdx')!
					.content.toString()
					.replace('id: markenrecht', 'id: medienrecht'),
			},
		);
		const result = run(files);
		const owner = (id: string) =>
			validDocs(result.handbook, 'checklist').find((d) => d.data.id === id)?.data.owner;
		expect(owner('urheberrecht')).toBe('head-of-communications');
		expect(owner('markenrecht')).toBe('social-media-manager');
		expect(owner('medienrecht')).toBe('legal-counsel');
		const medien = result.handbook.docs.find((d) => d.stem === 'medienrecht')!;
		expect(medien.inherited?.get('owner')?.file).toBe('content/checklists/recht/_defaults.yaml');
		expect(medien.inherited?.get('audience')?.file).toBe('content/checklists/_defaults.yaml');
	});

	it('report a wrong inherited value at the document, naming the defaults file and line', () => {
		const result = run(
			withDefaults('owner: social-media-manager\naudience:\n  - alle-mitarbeitenden\n'),
		);
		const wrong = result.errors.filter((d) => d.path.startsWith('audience'));
		expect(wrong.map((d) => d.file).sort()).toEqual(CHECKLISTS.map((p) => `content/${p}`).sort());
		for (const d of wrong) {
			expect(d.from).toEqual({ file: 'content/checklists/_defaults.yaml', line: 3, column: 5 });
			expect(d.message).toContain('folder default of content/checklists/_defaults.yaml:3');
		}
		const text = formatDiagnostics(
			{ ...result, errors: wrong.slice(0, 1), warnings: [], notices: [] },
			{ lang: 'en', color: false },
		);
		expect(text).toMatch(/\n {2}value from: +content\/checklists\/_defaults\.yaml:3:5\n/);
	});

	it('report a rule finding on an inherited reference at its default too', () => {
		const result = run(withDefaults('owner: niemand\naudience: [all-employees]\n'));
		const owners = result.errors.filter((d) => d.path === 'owner');
		expect(owners.length).toBe(4);
		expect(owners.every((d) => d.from?.file === 'content/checklists/_defaults.yaml')).toBe(true);
		expect(owners.every((d) => d.from?.line === 1)).toBe(true);
	});

	it('refuse identity fields and unknown fields in the defaults file (DEF-001)', () => {
		const result = run(withDefaults(`${DEFAULTS}id: urheberrecht\ntitel: Checkliste\n`));
		const def = result.errors.filter((d) => d.rule === 'DEF-001');
		expect(def.map((d) => [d.file, d.line, d.path, d.didYouMean])).toEqual([
			['content/checklists/_defaults.yaml', 5, 'id', undefined],
			['content/checklists/_defaults.yaml', 6, 'titel', undefined],
		]);
		expect(def[0]!.message).toContain('names a single document');
		expect(def[1]!.message).toContain('not a field of a checklist');
		// The usable fields still apply.
		expect(result.errors.filter((d) => d.rule === 'SCH-001')).toEqual([]);
	});

	it('suggest the closest field for a misspelling, and explain a defaults file that is a list', () => {
		const misspelt = run(withDefaults(`${DEFAULTS}ownr: x\n`));
		expect(misspelt.errors.find((d) => d.rule === 'DEF-001')?.didYouMean).toBe('owner');
		const list = run(withDefaults('- owner\n'));
		expect(list.errors.find((d) => d.rule === 'DEF-001')).toMatchObject({
			file: 'content/checklists/_defaults.yaml',
			message: expect.stringContaining('"field: value"'),
		});
	});

	it('apply to the type of their folder only and are no document of their own', () => {
		const result = run(withDefaults(DEFAULTS));
		expect(result.handbook.docs.some((d) => d.file.endsWith('_defaults.yaml'))).toBe(false);
		expect(validDocs(result.handbook, 'guideline').every((d) => d.inherited === undefined)).toBe(
			true,
		);
	});
});
