import { describe, expect, it } from 'vitest';
import { file, runBaseline, type Baseline } from '../../helpers/handbook.ts';

const EN = 'teams/communications.yaml';

type Entry = { id: string; name: string };

/** Adds an English copy of the baseline team, optionally changed by `edit`. */
function addTeamTranslation(
	b: Baseline,
	edit: (t: { roles: Entry[]; members: Entry[] }) => void = () => {},
) {
	const copy = structuredClone(b.team) as Record<string, unknown> & {
		roles: Entry[];
		members: Entry[];
	};
	Object.assign(copy, { id: 'communications', language: 'en', translationOf: 'kommunikation' });
	copy.roles = copy.roles.map((r) => ({ ...r, name: `${r.name} (EN)` }));
	edit(copy);
	b.files[EN] = { data: copy };
}

describe('I18N-002 translated teams', () => {
	it('accepts a translation that repeats every role and member id', () => {
		expect(runBaseline((b) => addTeamTranslation(b)).diagnostics).toEqual([]);
	});

	it('does not count the translated roles and members as duplicates', () => {
		const run = runBaseline((b) => addTeamTranslation(b));
		expect(run.diagnostics.filter((d) => d.rule === 'ID-001')).toEqual([]);
	});

	it('reports a role id the original does not have, with a suggestion', () => {
		const run = runBaseline((b) =>
			addTeamTranslation(b, (t) => {
				t.roles[0]!.id = 'social-media-managr';
			}),
		);
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'I18N-002',
				path: 'roles',
				value: ['social-media-manager'],
			}),
			expect.objectContaining({
				rule: 'I18N-002',
				severity: 'error',
				file: file(EN),
				line: run.lineOf(EN, 'id: social-media-managr'),
				path: 'roles[0].id',
				value: 'social-media-managr',
				didYouMean: 'social-media-manager',
			}),
		]);
	});

	it('reports members missing from the translation', () => {
		const run = runBaseline((b) =>
			addTeamTranslation(b, (t) => {
				t.members = t.members.slice(0, 1);
			}),
		);
		expect(run.diagnostics.map((d) => [d.rule, d.path, d.value])).toEqual([
			['I18N-002', 'members', ['ben-keller', 'clara-wolf', 'david-roth']],
		]);
	});
});
