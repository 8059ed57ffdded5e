import { describe, expect, it } from 'vitest';
import { file, PATHS, runBaseline } from '../../helpers/handbook.ts';

describe('DOC-002 approvedBy may approve', () => {
	it('accepts an approving role', () => {
		expect(runBaseline((b) => (b.guideline.approvedBy = 'legal-counsel')).diagnostics).toEqual([]);
	});

	it('reports a role without canApprove', () => {
		const run = runBaseline((b) => {
			b.guideline.approvedBy = 'community-manager';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'DOC-002',
				severity: 'error',
				file: file(PATHS.guideline),
				line: run.lineOf(PATHS.guideline, 'approvedBy: community-manager'),
				path: 'approvedBy',
				value: 'community-manager',
				expected: 'a role with canApprove: true, e.g. head-of-communications, legal-counsel',
			}),
		]);
	});
});
