/** `npm run changes -- --since <ref>` (src/cli/changes.ts) on a temporary git repository. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangesReport } from '../../src/lib/changes/types.ts';
import { createGitRepo, docText, writeBaseline, type GitRepo } from '../helpers/git-repo.ts';
import { checklist, serialise, type Baseline } from '../helpers/handbook.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function changes(contentDir: string, args: string[]) {
	const r = spawnSync(process.execPath, ['src/cli/changes.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, KODEX_CONTENT: contentDir, NO_COLOR: '1' },
	});
	if (r.error) throw r.error;
	for (const out of [r.stdout, r.stderr]) expect(out).not.toMatch(/^\s{4}at /m);
	return r;
}

let repo: GitRepo;
let v1: string;

/**
 * v1: the baseline handbook. Then, committed: the copyright checklist gets a new
 * item, loses one, changes one and goes to version 2; the trademark checklist is
 * renamed; the competition checklist is deleted; warnDays changes. Not committed:
 * the guideline gets a rule, new prose and status in-review; a new guideline and
 * an asset appear.
 */
beforeAll(() => {
	repo = createGitRepo();
	let b!: Baseline;
	b = writeBaseline(repo, (x) => {
		x.team.roles[2].mailbox = 'recht@example.com';
		x.checklist['version'] = 1;
	});
	v1 = repo.commit('Handbook v1', { author: 'Anna Berger' });
	repo.git(['tag', 'v1']);

	const c = b.checklist;
	c['version'] = 2;
	c['items'] = c['items'].filter((i: { id: string }) => i.id !== 'archiv');
	c['items'][0].severity = 'blocker';
	c['items'].push({
		id: 'ki-bilder',
		question: 'Sind KI-erzeugte Bilder als solche gekennzeichnet?',
		severity: 'major',
		legalBasis: [{ law: 'AI-Act', ref: 'Art. 50' }],
		guidance: 'Kennzeichnung im Bildtext ergänzen.',
	});
	c['reviewBy'] = '2027-01-31';
	repo.write(
		'content/checklists/urheberrecht.mdx',
		serialise({ data: c, body: 'Body text.\n' }, true),
	);
	repo.git(['mv', 'content/checklists/markenrecht.mdx', 'content/checklists/marken.mdx']);
	repo.write(
		'content/checklists/marken.mdx',
		serialise({ data: checklist('marken', 'trademark'), body: 'Body text.\n' }, true),
	);
	repo.remove('content/checklists/wettbewerbsrecht.mdx');
	repo.write(
		'content/handbook.yaml',
		repo.read('content/handbook.yaml').replace('warnDays: 30', 'warnDays: 45'),
	);
	repo.commit('Update the legal checklists', { author: 'Ben Keller' });

	const g = b.guideline;
	g['status'] = 'in-review';
	g['rules'].push({ id: 'ki-kennzeichnen', kind: 'do', text: 'Kennzeichne KI-Bilder immer.' });
	repo.write(
		'content/guidelines/fotos.mdx',
		docText(g, 'Body text with more words about photos.\n'),
	);
	repo.write(
		'content/guidelines/neu.mdx',
		docText({ ...g, id: 'neu', title: 'Neue Leitlinie' }, 'Neu.\n'),
	);
	repo.write('content/assets/bild.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
});
afterAll(() => repo.cleanup());

describe('npm run changes', () => {
	it('json: every kind of change, with reviewers resolved in the team', () => {
		const r = changes(repo.contentDir, ['--since', 'v1', '--format', 'json']);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const report = JSON.parse(r.stdout) as ChangesReport;
		expect(report.since).toEqual({ ref: 'v1', commit: v1, shortHash: v1.slice(0, 7) });
		expect(report.includesUncommitted).toBe(true);
		expect(report.availability).toBe('full');
		expect(report.counts).toEqual({ added: 1, deleted: 1, renamed: 1, modified: 2 });
		expect(report.documents.map((d) => [d.type, d.id, d.kind])).toEqual([
			['checklist', 'marken', 'renamed'],
			['checklist', 'urheberrecht', 'modified'],
			['checklist', 'wettbewerbsrecht', 'deleted'],
			['guideline', 'fotos', 'modified'],
			['guideline', 'neu', 'added'],
		]);
		const [marken, urheberrecht, , fotos] = report.documents;
		expect(marken).toMatchObject({
			path: 'checklists/marken.mdx',
			previousPath: 'checklists/markenrecht.mdx',
		});
		expect(urheberrecht!.version).toEqual({ from: 1, to: 2 });
		expect(urheberrecht!.status).toBeUndefined();
		expect(urheberrecht!.items).toEqual({
			added: ['ki-bilder'],
			removed: ['archiv'],
			changed: ['lizenz-vorhanden'],
		});
		expect(urheberrecht!.fields.map((f) => [f.path, f.old, f.new])).toEqual([
			['reviewBy', '2026-12-31', '2027-01-31'],
		]);
		expect(urheberrecht!.prose).toBeUndefined();
		expect(urheberrecht!.reviewers).toEqual([
			{
				role: { id: 'legal-counsel', name: 'Rolle legal-counsel', mailbox: 'recht@example.com' },
				as: ['owner', 'approver'],
			},
		]);
		expect(fotos!.status).toEqual({ from: 'approved', to: 'in-review' });
		expect(fotos!.rules).toEqual({ added: ['ki-kennzeichnen'], removed: [], changed: [] });
		expect(fotos!.prose).toEqual({ addedWords: 5, removedWords: 0 });
		expect(report.settings.map((f) => [f.path, f.old, f.new])).toEqual([
			['review.warnDays', 30, 45],
		]);
		expect(report.otherFiles).toEqual([{ path: 'assets/bild.svg', kind: 'added' }]);
		// Most documents first, then by role id.
		expect(report.reviewers.map((x) => [x.role.id, x.documents.length])).toEqual([
			['legal-counsel', 3],
			['head-of-communications', 2],
			['social-media-manager', 2],
		]);
	});

	it('markdown: grouped by type with legal checklists first, ready for a pull request', () => {
		const r = changes(repo.contentDir, ['--since', 'v1']);
		expect(r.status).toBe(0);
		const md = r.stdout;
		expect(md.startsWith(`## Handbook changes since \`v1\` (\`${v1.slice(0, 7)}\`)\n`)).toBe(true);
		expect(md).toContain('> Includes changes that are not committed yet.');
		const byHash = changes(repo.contentDir, ['--since', v1.slice(0, 7)]).stdout;
		expect(byHash.split('\n')[0]).toBe(`## Handbook changes since \`${v1.slice(0, 7)}\``);
		expect(md).toContain('**5 documents**: 1 new, 2 changed, 1 renamed, 1 deleted.');
		expect(md.indexOf('### Legal checklists')).toBeLessThan(md.indexOf('### Guidelines'));
		expect(md).toContain(
			[
				'- **Titel urheberrecht** (`urheberrecht`) — changed',
				'  - Version 1 → 2',
				'  - Checklist items: added `ki-bilder`; removed `archiv`; changed `lizenz-vorhanden`',
				'  - Other fields: `reviewBy` `2026-12-31` → `2027-01-31`',
				'  - Review: Rolle legal-counsel (legal-counsel, recht@example.com) as owner and approver',
			].join('\n'),
		);
		expect(md).toContain(
			'- **Titel marken** (`marken`) — renamed from `checklists/markenrecht.mdx`',
		);
		expect(md).toContain('- **Titel wettbewerbsrecht** (`wettbewerbsrecht`) — deleted');
		expect(md).toContain('  - Status approved → in-review');
		expect(md).toContain('  - Rules: added `ki-kennzeichnen`');
		expect(md).toContain('  - Prose changed: +5 / −0 words');
		expect(md).toContain('- **Neue Leitlinie** (`neu`) — new');
		expect(md).toContain(
			'### Handbook settings (`handbook.yaml`)\n\n- `review.warnDays` `30` → `45`',
		);
		expect(md).toContain('### Other files\n\n- `assets/bild.svg` — new');
		expect(md).toContain('| Role | Mailbox | Documents |');
		expect(md).toContain(
			'| Rolle legal-counsel (`legal-counsel`) | recht@example.com | `marken` (owner, approver), `urheberrecht` (owner, approver), `wettbewerbsrecht` (owner, approver) |',
		);
	});

	it('compares with HEAD to show only what is not committed yet', () => {
		const report = JSON.parse(
			changes(repo.contentDir, ['--since', 'HEAD', '--format', 'json']).stdout,
		) as ChangesReport;
		expect(report.documents.map((d) => [d.id, d.kind])).toEqual([
			['fotos', 'modified'],
			['neu', 'added'],
		]);
		expect(report.settings).toEqual([]);
	});

	it('says so when nothing changed', () => {
		const clean = createGitRepo();
		try {
			writeBaseline(clean);
			clean.commit('v1');
			const same = changes(clean.contentDir, ['--since', 'HEAD']);
			expect(same.status).toBe(0);
			expect(same.stdout).toMatch(/No documents changed since `HEAD` \(`[0-9a-f]{7}`\)\./);
		} finally {
			clean.cleanup();
		}
	});

	it('exits 2 with a clear one-line message for an unknown ref', () => {
		const r = changes(repo.contentDir, ['--since', 'no-such-branch']);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toEqual([
			'Unknown git ref "no-such-branch": no branch, tag or commit of this repository has that name. Check the spelling, or fetch it first (git fetch origin).',
		]);
	});

	it('exits 2 for usage mistakes: no --since, an option as ref, an unknown format', () => {
		const missing = changes(repo.contentDir, []);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('Missing --since');
		expect(missing.stderr).toContain('Usage: npm run changes');
		const dash = changes(repo.contentDir, ['--since=--all']);
		expect(dash.status).toBe(2);
		expect(dash.stderr).toContain('"--all" is not a git ref');
		const format = changes(repo.contentDir, ['--since', 'v1', '--format', 'html']);
		expect(format.status).toBe(2);
		expect(format.stderr).toContain('Unknown format "html"');
	});

	it('exits 2 and explains that history is unavailable without .git', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kodex-nogit-'));
		try {
			fs.mkdirSync(path.join(dir, 'goals'));
			const r = changes(dir, ['--since', 'main']);
			expect(r.status).toBe(2);
			expect(r.stderr.trim()).toBe(
				'History is unavailable: the content folder is not inside a git repository (for example a downloaded archive). "changes --since" compares git versions and needs it.',
			);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
