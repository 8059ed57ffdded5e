import { describe, expect, it } from 'vitest';
import { loadHandbookFromFiles, type VirtualFile } from '../../src/lib/load/load.ts';

const config = `company:
  name: Beispiel GmbH
locales: { default: de, available: [de] }
review:
  maxIntervalMonths: { guideline: 24 }
  warnDays: 30
legal:
  requiredAreas: [copyright, trademark, competition, personality]
`;

function load(...files: VirtualFile[]) {
	return loadHandbookFromFiles([{ path: 'handbook.yaml', content: config }, ...files]);
}

const diag = (r: ReturnType<typeof load>) =>
	r.diagnostics.map((d) => ({ rule: d.rule, file: d.file, line: d.line, path: d.path }));

describe('loading content files', () => {
	it('reads a valid handbook.yaml without problems', () => {
		const r = load();
		expect(r.diagnostics).toEqual([]);
		expect(r.handbook.config?.data?.company.name).toBe('Beispiel GmbH');
	});

	it('reports a missing handbook.yaml', () => {
		const r = loadHandbookFromFiles([]);
		expect(diag(r)).toEqual([
			{ rule: 'PARSE-008', file: 'content/handbook.yaml', line: 0, path: '' },
		]);
	});

	it('points YAML syntax errors at their line', () => {
		const r = load({
			path: 'channels/linkedin.yaml',
			content: 'id: linkedin\ntitle: "LinkedIn\nsummary: x\n',
		});
		expect(r.diagnostics[0]).toMatchObject({
			rule: 'PARSE-001',
			file: 'content/channels/linkedin.yaml',
			line: 2,
		});
	});

	it('reports duplicate keys as a YAML error with a line', () => {
		const r = load({
			path: 'goals/ziel.yaml',
			content: 'id: ziel\ntitle: Ziel eins\ntitle: Ziel zwei\n',
		});
		expect(r.diagnostics[0]).toMatchObject({ rule: 'PARSE-001', line: 3 });
	});

	it('maps frontmatter lines to file lines in MDX', () => {
		const r = load({
			path: 'guidelines/fotos.mdx',
			content: '---\nid: fotos\ntitle: Fotos auf Messen\nscope: bth\n---\n\n## Text\n',
		});
		const scope = r.diagnostics.find((d) => d.path === 'scope');
		expect(scope).toMatchObject({
			rule: 'SCH-003',
			line: 4,
			column: 8,
			value: 'bth',
			didYouMean: 'both',
		});
		expect(r.handbook.docs[0]).toMatchObject({ type: 'guideline', stem: 'fotos', bodyLine: 6 });
		expect(r.handbook.docs[0]!.body).toContain('## Text');
	});

	it('suggests the right key for a misspelled field and reports it at the key', () => {
		const r = load({
			path: 'guidelines/fotos.mdx',
			content: '---\nid: fotos\nlast_reviewed_at: 2026-01-01\n---\n',
		});
		const unknown = r.diagnostics.find((d) => d.rule === 'SCH-002');
		expect(unknown).toMatchObject({ line: 3, column: 1, path: 'last_reviewed_at' });
		expect(unknown?.didYouMean).toBe('reviewedOn');
	});

	it('explains a German date and gives the ISO form', () => {
		const r = load({ path: 'goals/ziel.yaml', content: 'id: ziel\nreviewBy: 31.12.2026\n' });
		const d = r.diagnostics.find((x) => x.path === 'reviewBy');
		expect(d).toMatchObject({ rule: 'SCH-005', line: 2, value: '31.12.2026' });
		expect(d?.fix).toContain('2026-12-31');
	});

	it('explains an impossible date', () => {
		const r = load({ path: 'goals/ziel.yaml', content: 'id: ziel\nreviewBy: 2027-02-30\n' });
		expect(r.diagnostics.find((x) => x.path === 'reviewBy')?.message).toContain(
			'February 2027 has 28 days',
		);
	});

	it('rejects MDX without frontmatter', () => {
		const r = load({ path: 'guidelines/leer.mdx', content: '# Nur Text\n' });
		expect(diag(r)).toEqual([
			{ rule: 'PARSE-005', file: 'content/guidelines/leer.mdx', line: 1, path: '' },
		]);
	});

	it('reports empty, binary and non-UTF-8 files instead of crashing', () => {
		const r = load(
			{ path: 'guidelines/leer.mdx', content: '  \n' },
			{ path: 'channels/bild.yaml', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) },
			{
				path: 'goals/latin1.yaml',
				content: new Uint8Array([...Buffer.from('id: ziel\ntitle: Gr'), 0xfc, 0x6e]),
			},
		);
		expect(diag(r)).toEqual([
			{ rule: 'PARSE-004', file: 'content/channels/bild.yaml', line: 1, path: '' },
			{ rule: 'PARSE-002', file: 'content/goals/latin1.yaml', line: 2, path: '' },
			{ rule: 'PARSE-003', file: 'content/guidelines/leer.mdx', line: 1, path: '' },
		]);
	});

	it('flags unknown folders with a suggestion, and files with the wrong extension', () => {
		const r = load(
			{ path: 'guideline/fotos.mdx', content: '---\nid: fotos\n---\n' },
			{ path: 'teams/kommunikation.json', content: '{}' },
		);
		expect(r.diagnostics.map((d) => [d.rule, d.file, d.didYouMean])).toEqual([
			['PARSE-004', 'content/guideline/fotos.mdx', 'guidelines'],
			['PARSE-004', 'content/teams/kommunikation.json', undefined],
		]);
	});

	it('ignores assets, hidden files and a README', () => {
		const r = load(
			{ path: 'assets/logo.svg', content: '<svg/>' },
			{ path: '.DS_Store', content: new Uint8Array([0, 1]) },
			{ path: 'README.md', content: '# Handbuch' },
		);
		expect(r.diagnostics).toEqual([]);
	});

	it('reports a document that is a list instead of fields', () => {
		const r = load({ path: 'channels/liste.yaml', content: '- a\n- b\n' });
		expect(diag(r)).toEqual([
			{ rule: 'SCH-004', file: 'content/channels/liste.yaml', line: 1, path: '' },
		]);
	});

	it('keeps invalid documents in the model without data', () => {
		const r = load({ path: 'channels/x.yaml', content: 'id: x\n' });
		expect(r.handbook.docs).toHaveLength(1);
		expect(r.handbook.docs[0]!.data).toBeUndefined();
		expect(r.handbook.docs[0]!.raw).toEqual({ id: 'x' });
	});

	it('points a missing nested field at its parent and a wrong nested value at itself', () => {
		const r = load({
			path: 'goals/ziel.yaml',
			content: 'id: ziel\nperiod:\n  start: 2026-01-01\nbaseline: viele\n',
		});
		expect(r.diagnostics.find((d) => d.path === 'period.end')).toMatchObject({
			rule: 'SCH-001',
			line: 2,
		});
		expect(r.diagnostics.find((d) => d.path === 'baseline')).toMatchObject({
			rule: 'SCH-004',
			line: 4,
			column: 11,
		});
	});
});
