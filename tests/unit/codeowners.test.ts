/**
 * `npm run codeowners`: CODEOWNERS from the team files. Each document is reviewed
 * by the team of its owner role; folders get the teams of all their documents.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { teamSchema } from '../../schemas/index.ts';
import { buildCodeowners } from '../../src/lib/codeowners/codeowners.ts';
import { loadHandbook } from '../../src/lib/load/load.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmpRoot = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/codeowners-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

const LEGAL_TEAM = `id: recht
title: Rechtsabteilung
summary: Wer die rechtlichen Checklisten verantwortet.
language: de
status: draft
owner: justiziariat
audience: [legal]
codeOwners: ['@muster/recht', '@lea-recht']
roles:
  - id: justiziariat
    name: Justiziariat
    category: legal
    responsibilities: [Prüft die Checklisten.]
members:
  - id: lea-recht
    name: Lea Recht
    roles: [justiziariat]
    employment: employee
coverage: { timezone: Europe/Berlin, officeHours: [{ days: [mon, tue, wed, thu, fri], from: '09:00', to: '17:00' }] }
`;

/** The base fixture plus a legal team that owns the copyright checklist. */
function handbookWithTwoTeams(): string {
	const dir = fs.mkdtempSync(path.join(tmpRoot, 'base-'));
	fs.cpSync(path.join(ROOT, 'tests/fixtures/base'), dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'teams/recht.yaml'), LEGAL_TEAM);
	const file = path.join(dir, 'checklists/urheberrecht.mdx');
	fs.writeFileSync(
		file,
		fs.readFileSync(file, 'utf8').replace(/^owner: .*$/m, 'owner: justiziariat'),
	);
	return dir;
}

describe('buildCodeowners', () => {
	it("gives each folder its documents' teams and a line to each file whose team differs", async () => {
		const dir = handbookWithTwoTeams();
		const { handbook } = await loadHandbook(dir, { root: ROOT });
		const { text, problems } = buildCodeowners(handbook, { org: 'muster' });
		expect(problems).toEqual([]);
		const rel = `/${path.relative(ROOT, dir)}`;
		const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
		expect(lines).toEqual([
			`${rel}/guidelines/ @muster/redaktion`,
			`${rel}/checklists/ @lea-recht @muster/recht @muster/redaktion`,
			`${rel}/checklists/markenrecht.mdx @muster/redaktion`,
			`${rel}/checklists/persoenlichkeitsrecht.mdx @muster/redaktion`,
			`${rel}/checklists/urheberrecht.mdx @lea-recht @muster/recht`,
			`${rel}/checklists/wettbewerbsrecht.mdx @muster/redaktion`,
			`${rel}/playbooks/ @muster/redaktion`,
			`${rel}/teams/ @lea-recht @muster/recht @muster/redaktion`,
			`${rel}/teams/recht.yaml @lea-recht @muster/recht`,
			`${rel}/teams/redaktion.yaml @muster/redaktion`,
			`${rel}/channels/ @muster/redaktion`,
			`${rel}/templates/ @muster/redaktion`,
			`${rel}/goals/ @muster/redaktion`,
			`${rel}/handbook.yaml @lea-recht @muster/recht @muster/redaktion`,
		]);
	});

	it('names the documents whose team has no reviewers when no organisation is given', async () => {
		const { handbook } = await loadHandbook(handbookWithTwoTeams(), { root: ROOT });
		const { text, problems } = buildCodeowners(handbook);
		expect(text).toMatch(/checklists\/ @lea-recht @muster\/recht$/m);
		expect(problems).toHaveLength(9);
		expect(problems[0]).toMatch(
			/private-konten\.mdx: owner "social-media-manager" belongs to no team/,
		);
	});

	it('accepts only git host accounts in codeOwners', () => {
		const team = (codeOwners: unknown) => ({ ...baseTeam(), codeOwners });
		expect(teamSchema.safeParse(team(['@org/team', '@anna'])).success).toBe(true);
		expect(teamSchema.safeParse(team(['org/team'])).success).toBe(false);
		expect(teamSchema.safeParse(team(['@org team'])).success).toBe(false);
	});
});

function baseTeam() {
	return {
		id: 'recht',
		title: 'Recht',
		summary: 'Die Rechtsabteilung des Hauses.',
		language: 'de',
		status: 'draft',
		owner: 'justiziariat',
		audience: ['legal'],
		roles: [
			{
				id: 'justiziariat',
				name: 'Justiziariat',
				category: 'legal',
				responsibilities: ['Prüft alles.'],
			},
		],
		members: [{ id: 'lea', name: 'Lea', roles: ['justiziariat'], employment: 'employee' }],
		coverage: {
			timezone: 'Europe/Berlin',
			officeHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
		},
	};
}

describe('npm run codeowners', () => {
	it('keeps ci-templates/CODEOWNERS.example current with the example handbook', () => {
		const r = spawnSync(
			process.execPath,
			[
				'src/cli/codeowners.ts',
				'--org',
				'beispiel-rohrwerk',
				'--check',
				'ci-templates/CODEOWNERS.example',
			],
			{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, KODEX_CONTENT: 'content' } },
		);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(fs.readFileSync(path.join(ROOT, 'ci-templates/CODEOWNERS.example'), 'utf8')).toMatch(
			/^\/content\/checklists\/ @beispiel-rohrwerk\/kommunikation$/m,
		);
	});

	it('reports a stale file with exit code 1', () => {
		const stale = path.join(tmpRoot, 'CODEOWNERS');
		fs.writeFileSync(stale, '/content/ @someone\n');
		const r = spawnSync(
			process.execPath,
			['src/cli/codeowners.ts', '--org', 'beispiel-rohrwerk', '--check', stale],
			{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, KODEX_CONTENT: 'content' } },
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('is out of date; run npm run codeowners');
	});
});
