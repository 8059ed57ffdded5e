/** dist/kodex-manifest.json lists every published document of the built example, and no draft. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import type { Manifest } from '../../src/lib/manifest.ts';
import { contentPath } from '../../src/lib/model/paths.ts';
import { validate, type ValidationResult } from '../../src/lib/validate.ts';
import { EXAMPLE_TODAY } from '../setup/build-site.ts';

const siteDir = inject('siteDir');
let manifest: Manifest;
let result: ValidationResult;

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').not.toBe('');
	manifest = JSON.parse(readFileSync(path.join(siteDir, 'kodex-manifest.json'), 'utf8'));
	result = await validate(resolveContentDir().abs, { today: EXAMPLE_TODAY });
});

describe('kodex-manifest.json', () => {
	it('lists exactly the non-draft documents', () => {
		const expected = result.handbook.docs
			.filter((d) => d.data && d.data.status !== 'draft')
			.map((d) => d.data!.id)
			.sort();
		expect(manifest.documents.map((d) => d.id).sort()).toEqual(expected);
		const drafts = result.handbook.docs.filter((d) => d.data?.status === 'draft');
		expect(drafts.length).toBeGreaterThan(0);
		for (const draft of drafts)
			expect(manifest.documents.map((d) => d.id)).not.toContain(draft.data!.id);
	});

	it('records approval, review date and a hash of the source file', () => {
		const entry = manifest.documents.find((d) => d.id === 'urheberrecht');
		const doc = result.handbook.docs.find((d) => d.data?.id === 'urheberrecht')!;
		const bytes = readFileSync(
			path.join(result.handbook.contentDir, contentPath(result.handbook, doc.file)),
		);
		expect(entry).toMatchObject({
			type: 'checklist',
			status: 'approved',
			approvedBy: doc.data!.approvedBy,
			approvedOn: doc.data!.reviewedOn,
			reviewBy: doc.data!.reviewBy,
			file: 'content/checklists/urheberrecht.mdx',
			contentHash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
		});
	});

	it('says how much git history the build could see', () => {
		expect(['full', 'shallow', 'none']).toContain(manifest.historyAvailability);
		expect(Number.isNaN(Date.parse(manifest.generatedAt))).toBe(false);
	});
});
