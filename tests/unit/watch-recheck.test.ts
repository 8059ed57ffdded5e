/**
 * A watching `check` re-checks incrementally (src/cli/check-watch.ts): it reads
 * again only the files the watcher names, takes unchanged documents and body
 * facts from its caches, and reads git history again only when git's state
 * moves. After every edit below, that re-check must report exactly what a cold
 * `check` of the same folder reports, including problems an edit causes or
 * fixes in files that did not change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadVersionHistory } from '../../src/lib/history/version-history.ts';
import type { FileReuse, ParseCache } from '../../src/lib/load/load.ts';
import { validate, type ValidationResult } from '../../src/lib/validate.ts';
import { createGitRepo, docText, writeBaseline, type GitRepo } from '../helpers/git-repo.ts';
import { PATHS, TODAY } from '../helpers/handbook.ts';

const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const report = (r: ValidationResult) =>
	[...r.errors, ...r.warnings, ...r.notices].map((d) => JSON.stringify(d)).sort();

describe('watch re-check', () => {
	it('reports what a cold check reports after every kind of edit', async () => {
		const r = createGitRepo();
		repos.push(r);
		const b = writeBaseline(r, (b) => {
			b.guideline['version'] = 2;
		});
		r.commit('Add the handbook');
		const dir = r.contentDir;
		const cache: ParseCache = new Map();
		const reuse: FileReuse = { files: new Map(), changed: undefined };
		let history = await loadVersionHistory(dir);
		const watching = (changed: string[]) => {
			reuse.changed = new Set(changed);
			return validate(dir, { today: TODAY, cache, reuse, history, root: r.dir });
		};
		const cold = () => validate(dir, { today: TODAY, root: r.dir });
		await validate(dir, { today: TODAY, cache, reuse, history, root: r.dir });

		const seen = new Set<string>();
		const step = async (what: string, changed: string[], edit: () => void) => {
			edit();
			const incremental = report(await watching(changed));
			expect(incremental, what).toEqual(report(await cold()));
			for (const d of incremental) seen.add(JSON.parse(d).rule);
		};
		const content = (rel: string) => `content/${rel}`;
		const guideline = { ...b.guideline };

		await step('an unknown owner in the guideline', [PATHS.guideline], () =>
			r.write(content(PATHS.guideline), docText({ ...guideline, owner: 'niemand' }, 'Text.\n')),
		);
		await step('a body link to a checklist item', [PATHS.guideline], () =>
			r.write(
				content(PATHS.guideline),
				docText(guideline, 'Siehe [Liste](kodex:checklist/urheberrecht).\n'),
			),
		);
		// The checklist goes: the unchanged guideline's link and references break.
		await step('the linked checklist deleted', [PATHS.checklist], () =>
			r.remove(content(PATHS.checklist)),
		);
		await step('the checklist back', [PATHS.checklist], () =>
			r.write(content(PATHS.checklist), docText(b.checklist, 'Body text.\n')),
		);
		await step('a new guideline with a broken body', ['guidelines/neu.mdx'], () =>
			r.write(
				content('guidelines/neu.mdx'),
				docText(
					{ ...guideline, id: 'neu', title: 'Neu' },
					'<div>offen\n\n:::tipp\nx\n:::\n\n[a](kodex:guideline/gibtsnicht)\n',
				),
			),
		);
		await step('folder defaults that every guideline takes', ['guidelines/_defaults.yaml'], () =>
			r.write(content('guidelines/_defaults.yaml'), 'owner: niemand\n'),
		);
		await step('the folder defaults removed', ['guidelines/_defaults.yaml'], () =>
			r.remove(content('guidelines/_defaults.yaml')),
		);
		await step('a whole folder removed', ['guidelines'], () => r.remove(content('guidelines')));
		await step('the folder back', ['guidelines'], () =>
			r.write(content(PATHS.guideline), docText(guideline, 'Text.\n')),
		);
		// A commit raises the version; the watcher reads history again when git's HEAD moves.
		r.write(content(PATHS.guideline), docText({ ...guideline, version: 5 }, 'Text.\n'));
		r.commit('Version 5');
		history = await loadVersionHistory(dir);
		await step('the version lowered after a commit', [PATHS.guideline], () =>
			r.write(content(PATHS.guideline), docText({ ...guideline, version: 3 }, 'Text.\n')),
		);
		await step('a control character in the team file', [PATHS.team], () =>
			r.write(content(PATHS.team), `${r.read(content(PATHS.team))}# a\u0007b\n`),
		);
		// The premise: the edits above caused problems of these kinds, so the comparison meant something.
		for (const rule of ['REF-001', 'BODY-001', 'BODY-005', 'HIST-001'])
			expect(seen, `no ${rule} was seen`).toContain(rule);
	});
});
