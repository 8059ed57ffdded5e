/** Lifecycle fields: status superseded, supersededBy, version, effectiveFrom (DOC-003/004/005, REF-001). */
import { describe, expect, it } from 'vitest';
import { lifecycleState, replacementOf } from '../../../src/lib/domain/lifecycle.ts';
import { common, file, PATHS, runBaseline, type Baseline } from '../../helpers/handbook.ts';

/** Adds a second guideline `fotos-2027` that replaces `fotos`. */
function supersede(b: Baseline, extra: Record<string, unknown> = {}) {
	b.files['guidelines/fotos-2027.mdx'] = {
		data: { ...structuredClone(b.guideline), id: 'fotos-2027', version: 1, ...extra },
		body: 'Neu.\n',
	};
	Object.assign(b.guideline, { status: 'superseded', supersededBy: 'fotos-2027' });
	for (const f of ['approvedBy', 'reviewedOn', 'reviewBy']) delete b.guideline[f];
}

describe('lifecycle fields in the schema', () => {
	it('accepts a superseded document with its replacement, version and effectiveFrom', () => {
		const run = runBaseline((b) => {
			supersede(b, { effectiveFrom: '2026-07-01' });
			b.guideline['version'] = 4;
		});
		expect(run.load.diagnostics).toEqual([]);
		// Only DOC-004: the other approved documents carry no version yet.
		expect(new Set(run.diagnostics.map((d) => d.rule))).toEqual(new Set(['DOC-004']));
	});

	it('DOC-003: requires supersededBy when superseded, and allows it only then', () => {
		const missing = runBaseline((b) => {
			b.guideline['status'] = 'superseded';
		});
		expect(missing.load.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'DOC-003',
				file: file(PATHS.guideline),
				path: 'supersededBy',
				message: expect.stringContaining('required because status is "superseded"'),
			}),
		]);
		const extra = runBaseline((b) => {
			b.guideline['supersededBy'] = 'urheberrecht';
		});
		expect(extra.load.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'DOC-003',
				path: 'supersededBy',
				line: extra.lineOf(PATHS.guideline, 'supersededBy: urheberrecht'),
				message: expect.stringContaining('only allowed when status is "superseded"'),
				fix: 'Set status to superseded, or remove supersededBy.',
			}),
		]);
		const self = runBaseline((b) => {
			Object.assign(b.guideline, { status: 'superseded', supersededBy: 'fotos' });
		});
		expect(self.load.diagnostics).toEqual([
			expect.objectContaining({ rule: 'DOC-003', message: expect.stringContaining('itself') }),
		]);
	});

	it('rejects a version that is not a positive whole number', () => {
		for (const version of [0, 1.5, '2']) {
			const run = runBaseline((b) => {
				b.guideline['version'] = version;
			});
			expect(run.load.diagnostics.map((d) => [d.path, d.rule])).toEqual([
				[
					'version',
					typeof version === 'string' ? 'SCH-004' : expect.stringMatching(/^SCH-00[46]$/),
				],
			]);
		}
	});
});

describe('supersededBy references', () => {
	it('REF-001: the replacement must exist and have the same type', () => {
		const run = runBaseline((b) => {
			supersede(b);
			b.guideline['supersededBy'] = 'urheberrecht';
		});
		expect(run.diagnostics.filter((d) => d.rule !== 'DOC-004')).toEqual([
			expect.objectContaining({
				rule: 'REF-001',
				path: 'supersededBy',
				message: '"urheberrecht" is a checklist, but a guideline is expected here.',
			}),
		]);
	});

	it('DOC-003: the replacement must not be a draft, and the chain must not loop', () => {
		const draft = runBaseline((b) => supersede(b, { status: 'draft' }));
		expect(draft.diagnostics.filter((d) => d.rule !== 'DOC-004')).toEqual([
			expect.objectContaining({
				rule: 'DOC-003',
				severity: 'error',
				file: file(PATHS.guideline),
				path: 'supersededBy',
				message: 'The replacement "fotos-2027" is a draft, so readers could not open it.',
			}),
		]);
		const loop = runBaseline((b) => {
			supersede(b, { status: 'superseded', supersededBy: 'fotos' });
			for (const f of ['approvedBy', 'reviewedOn', 'reviewBy'])
				delete b.files['guidelines/fotos-2027.mdx']!.data[f];
		});
		expect(loop.diagnostics.filter((d) => d.rule === 'DOC-003').map((d) => d.message)).toEqual([
			'The chain of replacements fotos-2027 → fotos → fotos-2027 goes round in a circle.',
			'The chain of replacements fotos → fotos-2027 → fotos goes round in a circle.',
		]);
	});

	it('DOC-005: documents in use should point to the replacement, not the superseded document', () => {
		const run = runBaseline((b) => {
			supersede(b);
			b.channel['houseRules'] = 'fotos';
		});
		expect(run.diagnostics.filter((d) => d.rule === 'DOC-005')).toEqual([
			expect.objectContaining({
				rule: 'DOC-005',
				severity: 'warning',
				file: file(PATHS.channel),
				path: 'houseRules',
				value: 'fotos',
				didYouMean: 'fotos-2027',
				fix: 'Point to "fotos-2027" instead.',
			}),
		]);
	});
});

describe('DOC-004 versions once the handbook uses them', () => {
	it('says nothing while no document has a version', () => {
		expect(runBaseline().diagnostics).toEqual([]);
	});

	it('warns at each approved document without a version once one has it', () => {
		const run = runBaseline((b) => {
			for (const doc of Object.values(b.files)) doc.data['version'] = 1;
			delete b.playbook['version'];
			b.guideline['status'] = 'in-review';
			delete b.guideline['version'];
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'DOC-004',
				severity: 'warning',
				file: file(PATHS.playbook),
				path: 'version',
				line: run.lineOf(PATHS.playbook, 'status: approved'),
				fix: 'Add version: 1 next to status (or the number this document has reached).',
			}),
		]);
	});
});

describe('lifecycle state and replacement chain', () => {
	it('shows approved documents with a future effectiveFrom as coming', () => {
		const data = { status: 'approved' as const, effectiveFrom: '2026-07-01' };
		expect(lifecycleState(data, '2026-06-30')).toBe('coming');
		expect(lifecycleState(data, '2026-07-01')).toBe('current');
		expect(lifecycleState({ status: 'approved' }, '2026-01-01')).toBe('current');
		expect(lifecycleState({ status: 'superseded', supersededBy: 'b' }, '2026-01-01')).toBe(
			'superseded',
		);
		expect(lifecycleState({ ...common('x'), status: 'draft' } as never, '2026-01-01')).toBe(
			'draft',
		);
	});

	it('follows supersededBy to the document in force', () => {
		const docs: Record<string, { status: string; supersededBy?: string }> = {
			a: { status: 'superseded', supersededBy: 'b' },
			b: { status: 'superseded', supersededBy: 'c' },
			c: { status: 'approved' },
			x: { status: 'superseded', supersededBy: 'y' },
			y: { status: 'superseded', supersededBy: 'x' },
		};
		const lookup = (id: string) => docs[id];
		expect(replacementOf('a', lookup)).toEqual({ id: 'c', chain: ['b', 'c'], cycle: false });
		expect(replacementOf('c', lookup)).toBeUndefined();
		expect(replacementOf('x', lookup)).toEqual({ id: 'x', chain: ['y', 'x'], cycle: true });
	});
});
