/**
 * What the search index holds, read from the real built index (fragments
 * decompressed): snippets free of labels and metadata that ran into the text
 * ("RechtsgebietUrheberrecht", "Gewicht: Blocker"), no contact details unless
 * the handbook asks for them (handbook.yaml `search.indexContacts`), and
 * sections of a page as Pagefind sub-results that link to their heading.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DOC_TYPES } from '../../schemas/index.ts';
import { buildSearchIndex } from '../../src/astro/pagefind.ts';
import { t } from '../../src/i18n/index.ts';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { excludedSelectors } from '../../src/lib/site/chrome/search-index.ts';
import type { Language } from '../../src/lib/site/model/types.ts';
import { validate } from '../../src/lib/validate.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { siteTexts } from '../helpers/site-files.ts';

const siteDir = inject('siteDir');

interface Fragment {
	url: string;
	content: string;
}

/** The fragments of a Pagefind index: one per page, its indexed text in `content`. */
function fragments(dir: string): Fragment[] {
	return [...siteTexts(dir)]
		.filter(([name]) => name.startsWith('pagefind/fragment/'))
		.map(([, text]) => JSON.parse(text.slice(text.indexOf('{'))) as Fragment);
}

function plain(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}

let indexed: Fragment[] = [];
let people: string[] = [];
let mailboxes: string[] = [];
let languages: Language[] = [];
let teamPages: string[] = [];

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
	indexed = fragments(siteDir);
	const { handbook } = await validate(resolveContentDir().abs);
	languages = (handbook.config?.data?.locales.available ?? ['de']) as Language[];
	const published = handbook.docs.filter((d) => d.data && d.data.status !== 'draft');
	for (const doc of published) {
		if (doc.type !== 'team' || !doc.data) continue;
		const team = doc.data as { members: { name: string }[]; roles: { mailbox?: string }[] };
		people.push(...team.members.map((m) => m.name));
		mailboxes.push(...team.roles.flatMap((r) => (r.mailbox ? [r.mailbox] : [])));
		teamPages.push(`${doc.data.language}/${DOC_TYPES.team.folder}/${doc.data.id}`);
	}
	people = [...new Set(people)];
	mailboxes = [...new Set(mailboxes)];
});

describe('indexed text', () => {
	it('has a fragment for every indexed page', () => {
		expect(indexed.length).toBeGreaterThan(20);
		expect(indexed.some((f) => f.url.includes(`/${DOC_TYPES.checklist.folder}/`))).toBe(true);
	});

	it('keeps the labels of fact lists out, so no label runs into its value', () => {
		const runs: string[] = [];
		let pairs = 0;
		for (const fragment of indexed) {
			const html = readFileSync(path.join(siteDir, fragment.url, 'index.html'), 'utf8');
			for (const m of html.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/g)) {
				const label = plain(m[1]!);
				const value = plain(m[2]!).slice(0, 12);
				if (!label || !value) continue;
				pairs++;
				// "RechtsgebietUrheberrecht", "Tonalitätschlicht": the label glued to its value.
				if (fragment.content.includes(`${label}${value}`))
					runs.push(`${fragment.url}: ${label}${value}`);
			}
		}
		expect(pairs, 'the indexed pages have fact lists').toBeGreaterThan(20);
		expect(runs).toEqual([]);
	});

	it('keeps severity labels, badges and checklist tools out of the snippets', () => {
		for (const lang of languages) {
			const checklists = indexed.filter((f) =>
				f.url.startsWith(`/${lang}/${DOC_TYPES.checklist.folder}/`),
			);
			expect(checklists.length, lang).toBeGreaterThan(0);
			for (const fragment of checklists) {
				expect(fragment.content, fragment.url).not.toContain(`${t(lang, 'checklist.severity')}:`);
				expect(fragment.content, fragment.url).not.toContain(t(lang, 'checklist.reset'));
				expect(fragment.content, fragment.url).not.toContain(t(lang, 'checklist.savedLocally'));
			}
		}
	});

	it('holds no names of people, and no mailboxes from contact blocks, by default', () => {
		expect(people.length, 'the example teams have members').toBeGreaterThan(0);
		expect(mailboxes.length, 'the example roles have mailboxes').toBeGreaterThan(0);
		const found: string[] = [];
		for (const fragment of indexed)
			for (const name of people)
				if (fragment.content.includes(name)) found.push(`${fragment.url}: ${name}`);
		// A mailbox an author writes into a text (a rule, a template) is content and stays;
		// the team pages show mailboxes only in contact blocks.
		const teams = indexed.filter((f) => teamPages.some((p) => f.url === `/${p}/`));
		expect(teams.length).toBe(teamPages.length);
		for (const fragment of teams)
			for (const mailbox of mailboxes)
				if (fragment.content.includes(mailbox)) found.push(`${fragment.url}: ${mailbox}`);
		expect(found).toEqual([]);
		// The pages themselves still show them.
		const team = readFileSync(path.join(siteDir, teamPages[0]!, 'index.html'), 'utf8');
		expect(people.some((p) => team.includes(p))).toBe(true);
	});

	it('leaves the pre-publish check’s no-script form out, which repeats other pages', () => {
		const checks = indexed.filter((f) => f.url.includes(`/${DOC_TYPES.prepublish.folder}/`));
		expect(checks.length).toBeGreaterThan(0);
		for (const fragment of checks) {
			const html = readFileSync(path.join(siteDir, fragment.url, 'index.html'), 'utf8');
			const questions = [...html.matchAll(/<p class="pp-fb-question">([^<]+)<\/p>/g)].map((m) =>
				plain(m[1]!),
			);
			expect(questions.length, fragment.url).toBeGreaterThan(0);
			expect(questions.filter((q) => fragment.content.includes(q))).toEqual([]);
			// The check is still found by its title.
			expect(fragment.content.length).toBeGreaterThan(0);
		}
	});

	it('still finds what the labels were about through the filters', async () => {
		const lang = languages[0]!;
		const pf = await loadPagefind(siteDir, lang);
		const filters = await pf.filters();
		expect(Object.keys(filters)).toEqual(expect.arrayContaining(['type', 'legal', 'language']));
		expect(Object.keys(filters['legal'] ?? {}).length).toBeGreaterThan(0);
	});
});

describe('sections as sub-results', () => {
	it('links a match inside a section to that section heading', async () => {
		const lang = languages[0]!;
		const pf = await loadPagefind(siteDir, lang);
		// A checklist's group heading: the words of one group, searched, lead to that group.
		const html = readFileSync(
			path.join(siteDir, lang, DOC_TYPES.checklist.folder, 'urheberrecht', 'index.html'),
			'utf8',
		);
		const heading = /<h3 id="([^"]+)">([^<]+?)\s*(?:<a class="heading-anchor"|<\/h3>)/.exec(html);
		expect(heading, 'the checklist has group headings with ids').not.toBeNull();
		const [, id, title] = heading!;
		const results = await pf.search(title!);
		const page = results.find(
			(r) => r.url === `/${lang}/${DOC_TYPES.checklist.folder}/urheberrecht/`,
		);
		expect(page, `"${title}" finds the checklist`).toBeDefined();
		const section = page!.sub_results?.find((s) => s.url.endsWith(`#${id}`));
		expect(section?.title).toBe(title);
		expect(section?.excerpt).toContain('<mark>');
	});
});

describe('the handbook switch search.indexContacts', () => {
	let dir = '';
	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('puts contact details into the index only when set', async () => {
		expect(excludedSelectors({ indexContacts: true })).not.toContain('[data-contact]');
		expect(excludedSelectors()).toContain('[data-contact]');
		dir = mkdtempSync(path.join(os.tmpdir(), 'kodex-contacts-'));
		for (const page of teamPages)
			cpSync(path.join(siteDir, page), path.join(dir, page), { recursive: true });
		const texts = async (indexContacts: boolean) => {
			rmSync(path.join(dir, 'pagefind'), { recursive: true, force: true });
			await buildSearchIndex(dir, { indexContacts });
			return fragments(dir)
				.map((f) => f.content)
				.join('\n');
		};
		const without = await texts(false);
		const withContacts = await texts(true);
		expect(people.filter((p) => without.includes(p))).toEqual([]);
		expect(people.filter((p) => withContacts.includes(p))).toEqual(people);
		expect(mailboxes.filter((m) => withContacts.includes(m)).length).toBeGreaterThan(0);
		// Role names stay searchable either way.
		expect(without.length).toBeGreaterThan(500);
	});
});
