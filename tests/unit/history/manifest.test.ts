/** kodex-manifest.json content: buildManifest (pure) and collectManifestInput (files and git). */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentHistory } from '../../../src/lib/history/types.ts';
import { loadHandbook, loadHandbookFromFiles } from '../../../src/lib/load/load.ts';
import {
	buildManifest,
	collectManifestInput,
	manifestJson,
	sha256,
} from '../../../src/lib/manifest.ts';
import { createGitRepo, writeBaseline, type GitRepo } from '../../helpers/git-repo.ts';
import { baseline, PATHS, toFiles } from '../../helpers/handbook.ts';

const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const NOW = '2026-06-01T12:00:00.000Z';

function noHistory(): ContentHistory {
	return {
		availability: 'none',
		note: 'History is unavailable.',
		head: null,
		root: null,
		prefix: '',
		files: new Map(),
		deleted: [],
		uncommitted: new Map(),
		commitCount: 0,
	};
}

describe('buildManifest', () => {
	it('lists published documents with lifecycle fields, hash and null commit without git', () => {
		const b = baseline();
		Object.assign(b.guideline, { version: 3, effectiveFrom: '2026-07-01' });
		b.files['guidelines/entwurf.mdx'] = {
			data: { ...b.guideline, id: 'entwurf', status: 'draft' },
			body: 'Entwurf.\n',
		};
		Object.assign(b.template, { status: 'in-review' });
		const files = toFiles(b);
		const { handbook } = loadHandbookFromFiles(files);
		const hashes = new Map(
			files.map((f) => [`content/${f.path}`, sha256(f.content as string)] as const),
		);
		const m = buildManifest({ handbook, hashes, history: noHistory(), generatedAt: NOW });
		expect(m.generatedAt).toBe(NOW);
		expect(m.commit).toBeNull();
		expect(m.historyAvailability).toBe('none');
		expect(m.documents.map((d) => d.id)).not.toContain('entwurf');
		expect(m.documents.map((d) => `${d.type}/${d.id}`)).toEqual([
			'channel/linkedin',
			'checklist/markenrecht',
			'checklist/persoenlichkeitsrecht',
			'checklist/urheberrecht',
			'checklist/wettbewerbsrecht',
			'goal/reichweite',
			'guideline/fotos',
			'playbook/shitstorm',
			'team/kommunikation',
			'template/holding-allgemein',
		]);
		const fotos = m.documents.find((d) => d.id === 'fotos')!;
		const text = files.find((f) => f.path === PATHS.guideline)!.content as string;
		expect(fotos).toEqual({
			id: 'fotos',
			type: 'guideline',
			language: 'de',
			title: 'Titel fotos',
			version: 3,
			status: 'approved',
			approvedBy: 'head-of-communications',
			approvedOn: '2026-01-15',
			reviewBy: '2026-12-31',
			effectiveFrom: '2026-07-01',
			supersededBy: null,
			file: 'content/guidelines/fotos.mdx',
			contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
			commit: null,
		});
		// Not approved: no approval date, even though reviewedOn is set.
		expect(m.documents.find((d) => d.id === 'holding-allgemein')).toMatchObject({
			status: 'in-review',
			approvedOn: null,
			version: null,
		});
		expect(JSON.parse(manifestJson(m))).toEqual(m);
	});

	it('names the last commit per file and HEAD, and null for files changed since', async () => {
		const r = createGitRepo();
		repos.push(r);
		writeBaseline(r);
		const c1 = r.commit('Add the handbook');
		r.write(`content/${PATHS.goal}`, `${r.read(`content/${PATHS.goal}`)}tags: [reichweite]\n`);
		const c2 = r.commit('Tag the goal');
		r.write(`content/${PATHS.team}`, `${r.read(`content/${PATHS.team}`)}tags: [team]\n`);
		const { handbook } = await loadHandbook(r.contentDir, { root: r.dir });
		const input = await collectManifestInput(handbook, { now: new Date(NOW) });
		const m = buildManifest(input);
		expect(m.commit).toBe(c2);
		expect(m.historyAvailability).toBe('full');
		const byId = new Map(m.documents.map((d) => [d.id, d]));
		expect(byId.get('reichweite')!.commit).toBe(c2);
		expect(byId.get('fotos')!.commit).toBe(c1);
		expect(byId.get('kommunikation')!.commit).toBeNull(); // uncommitted change
		expect(byId.get('kommunikation')!.contentHash).toBe(
			`sha256:${sha256(r.read(`content/${PATHS.team}`))}`,
		);
		expect(byId.get('fotos')!.file).toBe('content/guidelines/fotos.mdx');
	});
});
