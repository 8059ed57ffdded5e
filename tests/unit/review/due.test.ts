/** dueReviews, parseWithin and the three output formats of `npm run review`. */
import { describe, expect, it } from 'vitest';
import { dueReviews, parseWithin, type ReviewPlan } from '../../../src/lib/review/due.ts';
import { csvField } from '../../../src/lib/util/csv.ts';
import {
	formatReviewCsv,
	formatReviewJson,
	formatReviewText,
} from '../../../src/lib/review/format.ts';
import { roleInfo, roleLabel } from '../../../src/lib/review/roles.ts';
import { buildIndex } from '../../../src/lib/rules/handbook-index.ts';
import { runBaseline, type Baseline } from '../../helpers/handbook.ts';

/** The baseline with a spread of review dates; today is 2026-06-01. */
function plan(edit: (b: Baseline) => void = () => {}, within = 30): ReviewPlan {
	const run = runBaseline((b) => {
		b.team.roles[0].mailbox = 'social-media@example.com';
		b.guideline['reviewBy'] = '2026-06-20'; // social-media-manager, due in 19 days
		b.playbook['reviewBy'] = '2026-05-20'; // social-media-manager, 12 days overdue
		b.channel['reviewBy'] = '2026-06-01'; // social-media-manager, due today
		Object.assign(b.checklist, { reviewBy: '2026-06-10' }); // legal-counsel
		b.goal['reviewBy'] = '2026-08-01'; // beyond 30 days
		b.template['status'] = 'in-review'; // not approved: never listed
		b.template['reviewBy'] = '2026-01-01';
		edit(b);
	});
	const { handbook } = run.load;
	return dueReviews(handbook, buildIndex(handbook), '2026-06-01', within);
}

describe('dueReviews', () => {
	it('groups overdue and due documents by owner role, sorted by date', () => {
		const p = plan();
		expect(p).toMatchObject({ today: '2026-06-01', withinDays: 30, until: '2026-07-01' });
		expect(p.total).toBe(4);
		expect(p.overdue).toBe(1);
		expect(
			p.groups.map((g) => [g.owner, g.reviews.map((r) => [r.id, r.reviewBy, r.daysLeft, r.state])]),
		).toEqual([
			[
				{
					id: 'social-media-manager',
					name: 'Rolle social-media-manager',
					mailbox: 'social-media@example.com',
				},
				[
					['shitstorm', '2026-05-20', -12, 'overdue'],
					['linkedin', '2026-06-01', 0, 'due'],
					['fotos', '2026-06-20', 19, 'due'],
				],
			],
			[
				{ id: 'legal-counsel', name: 'Rolle legal-counsel', mailbox: null },
				[['urheberrecht', '2026-06-10', 9, 'due']],
			],
		]);
		expect(p.groups[0]!.reviews[0]).toMatchObject({
			type: 'playbook',
			title: 'Titel shitstorm',
			file: 'content/playbooks/shitstorm.mdx',
			reviewedOn: '2026-01-15',
		});
	});

	it('looks further ahead with a longer window and lists only overdue ones with 0 days', () => {
		expect(plan(() => {}, 90).total).toBe(5);
		expect(plan(() => {}, 0).groups.flatMap((g) => g.reviews.map((r) => r.id))).toEqual([
			'shitstorm',
			'linkedin',
		]);
	});

	it('keeps an owner role that no team defines, without name or mailbox', () => {
		const run = runBaseline();
		const index = buildIndex(run.load.handbook);
		expect(roleInfo(index, 'unbekannt')).toEqual({ id: 'unbekannt', name: null, mailbox: null });
		expect(roleLabel({ id: 'a', name: 'Anna', mailbox: 'a@example.com' })).toBe(
			'Anna (a, a@example.com)',
		);
	});
});

describe('parseWithin', () => {
	it('reads days, weeks and months', () => {
		expect(parseWithin('30d')).toBe(30);
		expect(parseWithin('45')).toBe(45);
		expect(parseWithin('6w')).toBe(42);
		expect(parseWithin('3m')).toBe(90);
		expect(parseWithin('2 weeks')).toBe(14);
	});
	it('rejects anything else', () => {
		for (const bad of ['', 'soon', '-5d', '3y', '1.5d'])
			expect(parseWithin(bad), bad).toBeUndefined();
	});
});

describe('review formats', () => {
	it('text: one block per role with name and mailbox, overdue marked', () => {
		const text = formatReviewText(plan());
		expect(text.split('\n').slice(0, 4)).toEqual([
			'4 reviews overdue or due within 30 days (by 2026-07-01), 1 overdue:',
			'',
			'Rolle social-media-manager (social-media-manager) — social-media@example.com',
			'  OVERDUE  2026-05-20  12 days overdue    playbook   shitstorm — Titel shitstorm',
		]);
		expect(text).toContain('  due      2026-06-01  today');
		expect(text).toContain('Rolle legal-counsel (legal-counsel)\n');
		expect(formatReviewText(plan(() => {}, 0))).toContain('2 reviews');
	});

	it('text: says so when nothing is due', () => {
		const empty = plan((b) => {
			for (const doc of Object.values(b.files)) doc.data['reviewBy'] = '2026-12-31';
		});
		expect(formatReviewText(empty)).toBe(
			'No reviews are overdue or due within 30 days (by 2026-07-01).\n',
		);
	});

	it('json: the plan itself', () => {
		const p = plan();
		expect(JSON.parse(formatReviewJson(p))).toEqual(p);
	});

	it('csv: a header and one row per document, quoted where needed', () => {
		const csv = formatReviewCsv(
			plan((b) => {
				b.checklist['title'] = 'Urheberrecht, "Bilder" und mehr';
			}),
		);
		const rows = csv.split('\r\n');
		expect(rows[0]).toBe('ownerRole,ownerName,mailbox,state,reviewBy,daysLeft,type,id,title,file');
		expect(rows[1]).toBe(
			'social-media-manager,Rolle social-media-manager,social-media@example.com,overdue,2026-05-20,-12,playbook,shitstorm,Titel shitstorm,content/playbooks/shitstorm.mdx',
		);
		expect(rows[4]).toBe(
			'legal-counsel,Rolle legal-counsel,,due,2026-06-10,9,checklist,urheberrecht,"Urheberrecht, ""Bilder"" und mehr",content/checklists/urheberrecht.mdx',
		);
		expect(rows).toHaveLength(6); // header, four rows, and the empty string after the last CRLF
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField(-3)).toBe('-3');
	});
});
