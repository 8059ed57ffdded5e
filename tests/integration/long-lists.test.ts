/**
 * Lists that grow with the handbook are split into numbered pages: a generated
 * handbook of 300 documents (the benchmark's corpus, tests/bench/corpus.ts) is
 * built, and the review dashboard and the guideline section index must come in
 * several small pages that link each other (rel="prev"/"next", every page
 * numbered), together holding every entry exactly once; the CSV keeps all rows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { REVIEW_PAGE_SIZE, SECTION_PAGE_SIZE } from '../../src/lib/site/lists/paging.ts';
import { buildLongListsSite } from '../helpers/long-lists-site.ts';

let site: string;

beforeAll(async () => {
	site = await buildLongListsSite();
}, 600_000);

const read = (rel: string) => readFileSync(path.join(site, rel, 'index.html'), 'utf8');
const decode = (s: string) =>
	s
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

/** The pager's links of a page: numbered pages, previous and next. */
function pager(html: string) {
	const nav = /<nav id="list-pager"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
	const numbered = [...nav.matchAll(/<a class="list-pager-number" href="([^"]+)"/g)].map(
		(m) => m[1]!,
	);
	const current = [...nav.matchAll(/href="([^"]+)"[^>]*aria-current="page"/g)].map((m) => m[1]!);
	const prev = /href="([^"]+)" rel="prev"/.exec(nav)?.[1];
	const next = /href="([^"]+)" rel="next"/.exec(nav)?.[1];
	return { nav, numbered, current, prev, next };
}

/** Walks a paged list from its first page along rel="next"; the pages' addresses and HTML. */
function walk(first: string): { href: string; html: string }[] {
	const pages: { href: string; html: string }[] = [];
	let href: string | undefined = first;
	while (href && pages.length < 100) {
		const html = read(href);
		pages.push({ href, html });
		href = pager(html).next;
	}
	return pages;
}

describe('the review dashboard of a large handbook', () => {
	it('comes in numbered pages of at most the page size, every row once, most urgent first', () => {
		for (const lang of ['de', 'en']) {
			const pages = walk(`/${lang}/review/`);
			const csv = readFileSync(path.join(site, lang, 'review', 'documents.csv'), 'utf8');
			const records = csv.trimEnd().split('\r\n').length - 1;
			expect(records).toBeGreaterThan(REVIEW_PAGE_SIZE);
			expect(pages).toHaveLength(Math.ceil(records / REVIEW_PAGE_SIZE));
			const ids = pages.flatMap(({ html }) =>
				[...html.matchAll(/<tr id="review-([^"]+)"/g)].map((m) => m[1]!),
			);
			expect(ids).toHaveLength(records);
			expect(new Set(ids).size).toBe(records);
			pages.forEach(({ href, html }, i) => {
				const links = pager(html);
				expect(links.numbered).toEqual(pages.map((p) => p.href));
				expect(links.current).toEqual([href]);
				expect(links.prev).toBe(pages[i - 1]?.href);
				expect(Buffer.byteLength(html)).toBeLessThan(200 * 1024);
				// Each page says it is one of several, and that the CSV has every row.
				expect(decode(html)).toContain(
					t(lang, 'review.pagedNote', { total: records, count: pages.length }),
				);
				expect(html).toContain(`data-csv-offset="${i * REVIEW_PAGE_SIZE}"`);
				expect(decode(/<title>([^<]*)<\/title>/.exec(html)![1]!)).toContain(
					t(lang, 'listPager.title', {
						title: t(lang, 'review.title'),
						number: i + 1,
						count: pages.length,
					}),
				);
			});
			expect(pages[1]!.href).toBe(`/${lang}/review/page/2/`);
		}
	});
});

describe('a large section index', () => {
	it('comes in numbered pages that together link every guideline of the language once', () => {
		const pages = walk('/de/guidelines/');
		expect(pages.length).toBeGreaterThan(1);
		const linked = pages.flatMap(({ html }) =>
			[...html.matchAll(/<h3 class="doc-card-title">\s*<a[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
		);
		expect(new Set(linked).size).toBe(linked.length);
		expect(pages[0]!.html.match(/class="doc-card"/g)).toHaveLength(SECTION_PAGE_SIZE);
		// Every guideline page built under /de/ (own or fallback) is linked from one of the pages.
		const folder = path.join(site, 'de', 'guidelines');
		const built = readdirSync(folder)
			.filter((id) => id !== 'page' && existsSync(path.join(folder, id, 'index.html')))
			.map((id) => `/de/guidelines/${id}/`);
		expect(linked.length).toBeGreaterThan(SECTION_PAGE_SIZE);
		expect([...linked].sort()).toEqual(built.sort());
		for (const { html } of pages) expect(Buffer.byteLength(html)).toBeLessThan(200 * 1024);
		expect(pager(pages[1]!.html).prev).toBe('/de/guidelines/');
	});
});
