/** `npm run review` (src/cli/review.ts) in a child process, as an author runs it. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { baseline, serialise, type Baseline } from '../helpers/handbook.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmpRoot = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/review-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

/** Writes the baseline handbook (after `edit`) to a fresh folder; returns it relative to ROOT. */
function handbook(edit: (b: Baseline) => void = () => {}): string {
	const dir = fs.mkdtempSync(path.join(tmpRoot, 'hb-'));
	const b = baseline();
	b.team.roles[1].mailbox = 'kommunikation@example.com';
	b.checklist['owner'] = 'head-of-communications';
	b.checklist['reviewBy'] = '2026-06-10';
	b.guideline['reviewBy'] = '2026-05-25';
	b.goal['reviewBy'] = '2026-07-20';
	edit(b);
	const write = (rel: string, text: string) => {
		fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		fs.writeFileSync(path.join(dir, rel), text);
	};
	write('handbook.yaml', stringify(b.config));
	for (const [rel, doc] of Object.entries(b.files))
		write(rel, serialise(doc, rel.endsWith('.mdx')));
	return path.relative(ROOT, dir);
}

function review(content: string, args: string[] = [], today = '2026-06-01') {
	const r = spawnSync(process.execPath, ['src/cli/review.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, KODEX_CONTENT: content, KODEX_TODAY: today, NO_COLOR: '1' },
	});
	if (r.error) throw r.error;
	for (const out of [r.stdout, r.stderr]) expect(out).not.toMatch(/^\s{4}at /m);
	return r;
}

describe('npm run review', () => {
	const content = handbook();

	it('text: lists overdue and due reviews by owner role with name and mailbox (exit 0)', () => {
		const r = review(content);
		expect(r.status).toBe(0);
		expect(r.stderr).toBe('');
		expect(r.stdout).toBe(
			[
				'2 reviews overdue or due within 30 days (by 2026-07-01), 1 overdue:',
				'',
				'Rolle social-media-manager (social-media-manager)',
				'  OVERDUE  2026-05-25  7 days overdue     guideline  fotos — Titel fotos',
				`           ${content}/guidelines/fotos.mdx`,
				'',
				'Rolle head-of-communications (head-of-communications) — kommunikation@example.com',
				'  due      2026-06-10  in 9 days          checklist  urheberrecht — Titel urheberrecht',
				`           ${content}/checklists/urheberrecht.mdx`,
				'',
			].join('\n'),
		);
	});

	it('takes the default window from review.warnDays', () => {
		const wide = handbook((b) => {
			b.config.review.warnDays = 60;
		});
		expect(review(wide).stdout).toMatch(
			/^3 reviews overdue or due within 60 days \(by 2026-07-31\)/,
		);
	});

	it('json: the groups with role, mailbox and days left; --within widens the window', () => {
		const r = review(content, ['--within', '8w', '--format', 'json']);
		expect(r.status).toBe(0);
		const plan = JSON.parse(r.stdout);
		expect(plan).toMatchObject({
			today: '2026-06-01',
			withinDays: 56,
			until: '2026-07-27',
			total: 3,
		});
		expect(
			plan.groups.map((g: any) => [
				g.owner.id,
				g.owner.mailbox,
				g.reviews.map((x: any) => [x.id, x.daysLeft]),
			]),
		).toEqual([
			[
				'social-media-manager',
				null,
				[
					['fotos', -7],
					['reichweite', 49],
				],
			],
			['head-of-communications', 'kommunikation@example.com', [['urheberrecht', 9]]],
		]);
	});

	it('csv: one row per document', () => {
		const r = review(content, ['--format', 'csv']);
		expect(r.status).toBe(0);
		expect(r.stdout.split('\r\n')).toEqual([
			'ownerRole,ownerName,mailbox,state,reviewBy,daysLeft,type,id,title,file',
			`social-media-manager,Rolle social-media-manager,,overdue,2026-05-25,-7,guideline,fotos,Titel fotos,${content}/guidelines/fotos.mdx`,
			`head-of-communications,Rolle head-of-communications,kommunikation@example.com,due,2026-06-10,9,checklist,urheberrecht,Titel urheberrecht,${content}/checklists/urheberrecht.mdx`,
			'',
		]);
	});

	it('exits 0 and says so when nothing is due', () => {
		const r = review(content, [], '2026-01-20');
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('No reviews are overdue or due within 30 days (by 2026-02-19).\n');
	});

	it.each([
		[['--format', 'xml'], 'Unknown format "xml"'],
		[['--within', 'bald'], '--within "bald" is not a period'],
		[['--bogus'], "Unknown option '--bogus'"],
		[['extra'], 'Unexpected argument'],
	])('exits 2 with a one-line message and the usage for %j', (args, message) => {
		const r = review(content, args);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.split('\n')[0]).toContain(message);
		expect(r.stderr).toContain('Usage: npm run review');
	});

	it('exits 2 for a content folder that does not exist, and for a bad KODEX_TODAY', () => {
		const missing = review('tests/.tmp/does-not-exist');
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain(
			'The content folder "tests/.tmp/does-not-exist" does not exist',
		);
		const badDay = review(content, [], '2026-13-01');
		expect(badDay.status).toBe(2);
		expect(badDay.stderr).toContain('KODEX_TODAY="2026-13-01" is not a date');
	});

	it('prints the usage for --help with exit 0', () => {
		const r = review(content, ['--help']);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('--within 30d');
	});
});
