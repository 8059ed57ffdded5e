/**
 * The built example handbook: one page per published document at its own
 * language, no drafts anywhere, a working Pagefind index; and a broken
 * handbook stops the build with the validator's report.
 */
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DOC_TYPES } from '../../schemas/index.ts';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import type { SourceDoc } from '../../src/lib/model/model.ts';
import { validate } from '../../src/lib/validate.ts';
import { t } from '../../src/i18n/index.ts';
import { fallbackPages } from '../../src/lib/site/model/languages.ts';
import type { SiteDoc } from '../../src/lib/site/model/types.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { astroBuild } from '../setup/build-site.ts';
import { longestWord } from '../helpers/example-site.ts';

type Doc = SourceDoc & { data: NonNullable<SourceDoc['data']> };

const siteDir = inject('siteDir');
let published: Doc[] = [];
let drafts: Doc[] = [];
let defaultLang = 'de';
let languages: string[] = [];

function pagePath(doc: Doc): string {
	return path.join(
		siteDir,
		doc.data.language,
		DOC_TYPES[doc.type].folder,
		doc.data.id,
		'index.html',
	);
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => path.join(dir, f));
}

function htmlLang(html: string): string | undefined {
	return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
}

function decode(text: string): string {
	return text
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&#x27;/g, "'");
}

function h1(html: string): string | undefined {
	const m = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
	return m ? decode(m[1]!.replace(/<[^>]+>/g, '').trim()) : undefined;
}

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	const result = await validate(resolveContentDir().abs);
	expect(result.errors, 'the example handbook must be valid').toEqual([]);
	const valid = result.handbook.docs.filter((d): d is Doc => d.data !== undefined);
	published = valid.filter((d) => d.data.status !== 'draft');
	drafts = valid.filter((d) => d.data.status === 'draft');
	const config = result.handbook.config?.data;
	expect(config).toBeDefined();
	defaultLang = config!.locales.default;
	languages = [...new Set([config!.locales.default, ...config!.locales.available])];
	expect(published.length).toBeGreaterThan(0);
});

describe('built example site', () => {
	it('has one page per published document, at its own language, titled by the document', () => {
		const missing: string[] = [];
		for (const doc of published) {
			const file = pagePath(doc);
			if (!existsSync(file)) {
				missing.push(path.relative(siteDir, file));
				continue;
			}
			const html = readFileSync(file, 'utf8');
			expect(htmlLang(html), `${doc.file}: <html lang>`).toBe(doc.data.language);
			expect(h1(html), `${doc.file}: <h1>`).toBe(doc.data.title);
			expect(html, `${doc.file}: search body`).toContain('data-pagefind-body');
		}
		expect(missing).toEqual([]);
	});

	it('builds no page for a draft and never mentions its title', () => {
		const pages = htmlFiles(siteDir);
		for (const doc of drafts) {
			expect(existsSync(path.dirname(pagePath(doc))), doc.file).toBe(false);
			for (const file of pages) {
				const html = readFileSync(file, 'utf8');
				expect(
					html.includes(`/${doc.data.id}/`) && html.includes(doc.data.title),
					`${doc.file} in ${file}`,
				).toBe(false);
			}
		}
	});

	it('has exactly the expected document pages plus home, section and service pages', () => {
		const docPages = new Set(published.map((d) => path.relative(siteDir, pagePath(d))));
		const pages = htmlFiles(siteDir).map((f) => path.relative(siteDir, f));
		const fallbacks = new Set(fallbackPagePaths());
		const extra = pages.filter((p) => {
			if (docPages.has(p) || p === 'index.html' || p === '404.html') return false;
			// A fallback page: the document under the interface of a language it lacks.
			if (fallbacks.has(p)) return false;
			const parts = p.split(path.sep);
			// A comparison page of a published document: /{lang}/{folder}/{id}/changes/{hash}/
			if (
				parts.length === 6 &&
				parts[3] === 'changes' &&
				docPages.has(path.join(...parts.slice(0, 3), 'index.html'))
			)
				return false;
			// /{lang}/index.html and /{lang}/{folder}/index.html
			return !(parts.length <= 3 && languages.includes(parts[0]!));
		});
		expect(extra).toEqual([]);
	});

	it('has a fallback page, outside the search index, for every document not translated', () => {
		const paths = fallbackPagePaths();
		expect(paths.length).toBeGreaterThan(0);
		for (const rel of paths) {
			const html = readFileSync(path.join(siteDir, rel), 'utf8');
			const [lang] = rel.split(path.sep) as [string];
			const doc = published.find((d) => d.data.id === rel.split(path.sep)[2])!;
			expect(htmlLang(html), rel).toBe(lang);
			expect(html, rel).toMatch(new RegExp(`<article[^>]*\\slang="${doc.data.language}"`));
			expect(html, rel).not.toContain('data-pagefind-body');
			expect(decode(html), rel).toContain(t(lang, `fallback.only.${doc.data.language}`));
			expect(h1(html), rel).toBe(doc.data.title);
		}
	});

	it('links every published document from its section index, starting at the home pages', () => {
		const reachable = new Set<string>();
		for (const lang of languages) {
			const home = readFileSync(path.join(siteDir, lang, 'index.html'), 'utf8');
			const sections = [...home.matchAll(/href="(\/[a-z]{2}\/[a-z-]+\/)"/g)].map((m) => m[1]!);
			expect(sections.length, `${lang} home links its sections`).toBeGreaterThan(0);
			for (const section of new Set(sections)) {
				const html = readFileSync(path.join(siteDir, section, 'index.html'), 'utf8');
				for (const m of html.matchAll(/href="(\/[a-z]{2}\/[a-z-]+\/[a-z0-9-]+\/)"/g))
					reachable.add(m[1]!);
			}
		}
		const unreachable = published
			.map((d) => `/${d.data.language}/${DOC_TYPES[d.type].folder}/${d.data.id}/`)
			.filter((url) => !reachable.has(url));
		expect(unreachable).toEqual([]);
	});

	it('does not link every document from one page', () => {
		const urls = new Set(
			published.map((d) => `/${d.data.language}/${DOC_TYPES[d.type].folder}/${d.data.id}/`),
		);
		// The review dashboard (/{lang}/review/) is the one page that lists every document by design.
		for (const file of htmlFiles(siteDir)) {
			const rel = path.relative(siteDir, file).split(path.sep).join('/');
			if (/^[a-z]{2}\/review\//.test(rel)) continue;
			const html = readFileSync(file, 'utf8');
			const linked = new Set(
				[...html.matchAll(/href="([^"#]+)/g)].map((m) => m[1]!).filter((u) => urls.has(u)),
			);
			expect(linked.size, path.relative(siteDir, file)).toBeLessThan(urls.size);
		}
	});

	it('sets the lang attribute on every page', () => {
		for (const file of htmlFiles(siteDir)) {
			const rel = path.relative(siteDir, file);
			const first = rel.split(path.sep)[0]!;
			const expected = languages.includes(first) ? first : defaultLang;
			expect(htmlLang(readFileSync(file, 'utf8')), rel).toBe(expected);
		}
	});

	it('redirects the root to the default language', () => {
		const html = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
		expect(html).toContain(`url=/${defaultLang}/`);
		expect(html).toMatch(new RegExp(`<a href="/${defaultLang}/"`));
	});

	it('references nothing outside the site', () => {
		for (const file of htmlFiles(siteDir)) {
			const html = readFileSync(file, 'utf8');
			const external = [
				...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="([^"]+)"/g),
			]
				.map((m) => m[1]!)
				.filter((u) => /^(https?:)?\/\//.test(u));
			expect(external, path.relative(siteDir, file)).toEqual([]);
		}
	});

	it('keeps the JavaScript a page loads before search is opened under 5 KB gzipped', () => {
		for (const file of htmlFiles(siteDir)) {
			const html = readFileSync(file, 'utf8');
			let bytes = 0;
			for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
				const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
				const code = src ? readFileSync(path.join(siteDir, src), 'utf8') : m[2]!;
				bytes += gzipSync(code).length;
			}
			expect(bytes, path.relative(siteDir, file)).toBeLessThanOrEqual(5 * 1024);
		}
	});

	it('shows the general not-legal-advice notice on every page of both languages', () => {
		for (const file of htmlFiles(siteDir)) {
			const rel = path.relative(siteDir, file);
			const lang = rel.split(path.sep)[0];
			if (lang !== 'de' && lang !== 'en') continue; // the root redirect has no content
			expect(decode(readFileSync(file, 'utf8')), rel).toContain(t(lang, 'site.notLegalAdvice'));
		}
	});

	it('shows the not-legal-advice notice on every checklist page', () => {
		for (const doc of published.filter((d) => d.type === 'checklist')) {
			const html = readFileSync(pagePath(doc), 'utf8');
			expect(decode(html), doc.file).toContain(t(doc.data.language, 'checklist.notLegalAdvice'));
		}
	});
});

describe('search index', () => {
	it('exists for every language with documents', () => {
		const entry = JSON.parse(
			readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
		) as {
			languages: Record<string, { page_count: number }>;
		};
		for (const lang of new Set(published.map((d) => d.data.language))) {
			const count = published.filter((d) => d.data.language === lang).length;
			expect(entry.languages[lang]?.page_count, lang).toBe(count);
		}
	});

	it('finds each published document by a word of its title, with the type badge', async () => {
		for (const lang of new Set(published.map((d) => d.data.language))) {
			const pf = await loadPagefind(siteDir, lang);
			for (const doc of published.filter((d) => d.data.language === lang)) {
				const word = longestWord(doc.data.title);
				const results = await pf.search(word);
				const url = `/${lang}/${DOC_TYPES[doc.type].folder}/${doc.data.id}/`;
				const hit = results.find((r) => r.url === url);
				expect(hit, `"${word}" should find ${url}`).toBeDefined();
				expect(hit!.meta['type']).toBe(t(lang, `docType.${doc.type}`));
				expect(hit!.meta['title']).toBe(doc.data.title);
			}
		}
	});

	it('never returns a draft', async () => {
		for (const doc of drafts) {
			const pf = await loadPagefind(siteDir, doc.data.language);
			const results = await pf.search(longestWord(doc.data.title));
			expect(results.map((r) => r.url)).not.toContain(
				`/${doc.data.language}/${DOC_TYPES[doc.type].folder}/${doc.data.id}/`,
			);
		}
	});

	it('filters by the localised document type', async () => {
		const pf = await loadPagefind(siteDir, defaultLang);
		const filters = await pf.filters();
		const types = Object.keys(filters['type'] ?? {});
		expect(types.length).toBeGreaterThan(1);
		for (const label of types) {
			const results = await pf.search(null, { type: label });
			expect(results.length, label).toBe(filters['type']![label]);
			for (const r of results) expect(r.meta['type']).toBe(label);
		}
	});
});

/** Paths (relative to the site) of the fallback pages the example handbook needs. */
function fallbackPagePaths(): string[] {
	const docs = published.map((d) => ({ type: d.type, id: d.data.id, data: d.data }) as SiteDoc);
	return fallbackPages(docs, languages).map(({ doc, lang }) =>
		path.join(lang, DOC_TYPES[doc.type].folder, doc.id, 'index.html'),
	);
}

describe('failing builds', () => {
	it('stops with exit code 1 and the validator report when the handbook has errors', () => {
		const outDir = mkdtempSync(path.join(path.resolve('tests/.tmp'), 'broken-'));
		rmSync(outDir, { recursive: true, force: true });
		const result = astroBuild(outDir, {
			KODEX_CONTENT: 'tests/fixtures/site-broken',
			KODEX_LANG: 'en',
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('tests/fixtures/site-broken/guidelines/kaputt.mdx:14:11');
		expect(result.stderr).toContain('SCH-003');
		expect(result.stderr).toContain('LEG-001');
		expect(result.stderr).toMatch(/✖ \d+ errors?/);
		expect(result.stderr + result.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
		// Reported as Astro reports an integration's error, after the validator's report.
		expect(result.stderr).toMatch(
			/\[AstroUserError\] The handbook in "[^"]+" is not valid; nothing was built\./,
		);
		expect(existsSync(outDir)).toBe(false);
	});

	it('treats warnings as errors under KODEX_STRICT=1', () => {
		const content = mkdtempSync(path.join(path.resolve('tests/.tmp'), 'strict-'));
		const out = mkdtempSync(path.join(path.resolve('tests/.tmp'), 'strict-out-'));
		try {
			cpSync(path.resolve('tests/fixtures/site-minimal'), content, { recursive: true });
			const playbook = path.join(content, 'playbooks', 'krise.mdx');
			writeFileSync(playbook, readFileSync(playbook, 'utf8').replace(/^lastExercised: .*\n/m, ''));
			const rel = path.relative(process.cwd(), content);
			const lenient = astroBuild(path.join(out, 'lenient'), {
				KODEX_CONTENT: rel,
				KODEX_STRICT: '',
			});
			expect(lenient.status, lenient.stderr).toBe(0);
			const strict = astroBuild(path.join(out, 'strict'), {
				KODEX_CONTENT: rel,
				KODEX_STRICT: '1',
				KODEX_LANG: 'en',
			});
			expect(strict.status).toBe(1);
			expect(strict.stderr).toContain('PB-006');
			expect(strict.stderr).toContain('warning (strict: fails)');
			expect(existsSync(path.join(out, 'strict'))).toBe(false);
		} finally {
			rmSync(content, { recursive: true, force: true });
			rmSync(out, { recursive: true, force: true });
		}
	});
});

describe('translations behind their original', () => {
	it('builds with a warning and tells readers of the translation that the original applies', () => {
		const content = mkdtempSync(path.join(path.resolve('tests/.tmp'), 'lag-'));
		const out = mkdtempSync(path.join(path.resolve('tests/.tmp'), 'lag-out-'));
		try {
			cpSync(path.resolve('tests/fixtures/site-minimal'), content, { recursive: true });
			const original = path.join(content, 'guidelines', 'fotos.mdx');
			writeFileSync(
				original,
				readFileSync(original, 'utf8').replace(
					/^status: approved$/m,
					'status: approved\nversion: 2',
				),
			);
			const result = astroBuild(out, {
				KODEX_CONTENT: path.relative(process.cwd(), content),
				KODEX_STRICT: '',
			});
			expect(result.status, result.stderr).toBe(0);
			expect(result.stderr + result.stdout).toContain('I18N-004');
			const english = readFileSync(path.join(out, 'en/guidelines/photos/index.html'), 'utf8');
			expect(english).toContain('notice-translation-behind');
			expect(english).toContain(
				t('en', 'translation.behindUnversioned', { original: 2 }).replace(/'/g, '&#39;'),
			);
			expect(english).toMatch(/href="\/de\/guidelines\/fotos\/" hreflang="de"/);
			const german = readFileSync(path.join(out, 'de/guidelines/fotos/index.html'), 'utf8');
			expect(german).not.toContain('notice-translation-behind');
		} finally {
			rmSync(content, { recursive: true, force: true });
			rmSync(out, { recursive: true, force: true });
		}
	});
});
