import { describe, expect, it } from 'vitest';
import { loadHandbookFromFiles } from '../../src/lib/load/load.ts';
import { validateLoaded } from '../../src/lib/validate.ts';
import { findTooDeep, MAX_NESTING } from '../../src/lib/load/yaml-limits.ts';
import { parseYaml } from '../../src/lib/load/yaml-source.ts';
import { baseline, TODAY, toFiles } from '../helpers/handbook.ts';

const block = (depth: number) =>
	Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:\n`).join('') +
	`${'  '.repeat(depth)}v: 1\n`;

describe('YAML limits', () => {
	it('accepts the nesting real handbook files use, in block and flow style and in lists', () => {
		expect(findTooDeep(block(10))).toBeUndefined();
		expect(findTooDeep(`x: ${'['.repeat(20)}1${']'.repeat(20)}\n`)).toBeUndefined();
		expect(
			findTooDeep('roles:\n  - id: a\n    timeBudget:\n      - { activity: x, per: day }\n'),
		).toBeUndefined();
		expect(findTooDeep('text: "[[[[[[[[" # {{{{{{{{\n', 3)).toBeUndefined();
	});

	it('finds where block, flow and list nesting passes the limit', () => {
		expect(findTooDeep(block(MAX_NESTING + 5))).toEqual({
			line: MAX_NESTING + 1,
			column: 2 * MAX_NESTING + 1,
		});
		expect(findTooDeep(`x: ${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toEqual({
			line: 1,
			column: 3 + MAX_NESTING,
		});
		expect(findTooDeep(`${'- '.repeat(MAX_NESTING + 1)}x\n`)?.line).toBe(1);
	});

	it('refuses 10,000 levels with an author message, not a stack overflow', () => {
		const parsed = parseYaml(`x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 1);
		expect(parsed.data).toBeUndefined();
		expect(parsed.problems).toEqual([
			expect.objectContaining({
				line: 2,
				message: expect.stringContaining(`more than ${MAX_NESTING} levels deep`),
				fix: expect.stringContaining('Restore the file'),
			}),
		]);
	});

	it('refuses a billion-laughs alias bomb in plain words', () => {
		const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
		for (let i = 1; i < 10; i++)
			lines.push(
				`a${i}: &a${i} [${Array(9)
					.fill(i === 1 ? '*a' : `*a${i - 1}`)
					.join(', ')}]`,
			);
		const parsed = parseYaml(lines.join('\n'));
		expect(parsed.problems).toHaveLength(1);
		expect(parsed.problems[0]!.message).toContain('anchors and aliases');
		expect(parsed.problems[0]!.message).not.toMatch(/ReferenceError|resource exhaustion/);
	});

	it('checks a team of 5,000 members and its translation', () => {
		const b = baseline();
		const team = Object.values(b.files).find((f) => f.data['members'])!;
		const members = Array.from({ length: 5_000 }, (_, i) => ({
			id: `person-${i}`,
			name: `Person Nummer ${i}`,
			roles: ['community-manager'],
			employment: 'employee',
		}));
		team.data['members'] = [...(team.data['members'] as object[]), ...members];
		const translation = structuredClone(team);
		translation.data['id'] = 'communications';
		translation.data['language'] = 'en';
		translation.data['translationOf'] = team.data['id'];
		(translation.data['members'] as { id: string }[])[4_000]!.id = 'someone-else';
		b.files['teams/communications.yaml'] = translation;
		const result = validateLoaded(loadHandbookFromFiles(toFiles(b)), {
			today: TODAY,
			history: false,
		});
		const i18n = result.errors.filter((d) => d.rule === 'I18N-002');
		expect(i18n.map((d) => d.message).sort()).toEqual([
			expect.stringContaining('"someone-else" does not exist in the original team'),
			expect.stringContaining('lacks the member "person-3996"'),
		]);
	});
});
