/**
 * No broken internal links across the built site: every href/src that points
 * into the site resolves to a file, and every #fragment exists as an id on the
 * target page. Checked on the example handbook and on the overdue fixture
 * (which has a dashboard with overdue rows, a deprecated and a draft document).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildOverdueSite } from '../helpers/fixture-site.ts';

const siteDir = inject('siteDir');
let overdueDir = '';

beforeAll(async () => {
	expect(siteDir, 'the globalSetup must build the site first').toBeTruthy();
	overdueDir = await buildOverdueSite();
});

function filesWith(dir: string, ext: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith(ext))
		.map((f) => path.join(dir, f));
}

/** The URL path a built HTML file is served at: `de/x/index.html` → `/de/x/`. */
function pageUrl(root: string, file: string): string {
	const rel = path.relative(root, file).split(path.sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

function decodeEntities(value: string): string {
	return value
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');
}

/** Every href and src attribute value of an HTML page (srcset entries too). */
function references(html: string): string[] {
	const out: string[] = [];
	for (const m of html.matchAll(/\s(href|src|srcset|action|poster)=(?:"([^"]*)"|'([^']*)')/g)) {
		const value = decodeEntities(m[2] ?? m[3] ?? '');
		if (m[1] === 'srcset') out.push(...value.split(',').map((s) => s.trim().split(/\s+/)[0]!));
		else out.push(value);
	}
	return out;
}

function ids(html: string): Set<string> {
	const set = new Set<string>();
	for (const m of html.matchAll(/\s(?:id|name)=(?:"([^"]*)"|'([^']*)')/g))
		set.add(decodeEntities(m[1] ?? m[2] ?? ''));
	return set;
}

/** The file a site path is served from, or undefined. Directory URLs need their trailing slash. */
function resolveFile(root: string, pathname: string): string | undefined {
	const file = path.join(root, pathname);
	if (pathname.endsWith('/')) {
		const index = path.join(file, 'index.html');
		return existsSync(index) ? index : undefined;
	}
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Broken internal references of every page under `root`, as readable lines. */
function brokenLinks(root: string): { broken: string[]; checked: number } {
	const pages = filesWith(root, '.html');
	const idCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let set = idCache.get(file);
		if (!set) idCache.set(file, (set = ids(readFileSync(file, 'utf8'))));
		return set;
	};
	const broken: string[] = [];
	let checked = 0;
	for (const page of pages) {
		const html = readFileSync(page, 'utf8');
		const from = pageUrl(root, page);
		for (const ref of references(html)) {
			if (ref === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) continue; // other schemes and hosts
			checked++;
			const url = new URL(ref, `http://site.invalid${from}`);
			let pathname: string;
			try {
				pathname = decodeURIComponent(url.pathname);
			} catch {
				broken.push(`${from}: ${ref} (cannot be decoded)`);
				continue;
			}
			const target = resolveFile(root, pathname);
			if (!target) {
				broken.push(`${from}: ${ref} (no file ${pathname})`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
				broken.push(`${from}: ${ref} (no id "${fragment}" on ${pageUrl(root, target)})`);
		}
	}
	// Stylesheets may load images or fonts: those must exist too.
	for (const css of filesWith(root, '.css')) {
		for (const m of readFileSync(css, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
			const ref = m[1]!;
			if (/^(?:data:|#)/.test(ref) || /^(?:[a-z]+:|\/\/)/i.test(ref)) continue;
			checked++;
			const from = `/${path.relative(root, css).split(path.sep).join('/')}`;
			const pathname = decodeURIComponent(new URL(ref, `http://site.invalid${from}`).pathname);
			if (!resolveFile(root, pathname)) broken.push(`${from}: url(${ref})`);
		}
	}
	return { broken, checked };
}

describe('internal links', () => {
	it('resolve to files and existing anchors in the example handbook', () => {
		const { broken, checked } = brokenLinks(siteDir);
		expect(checked).toBeGreaterThan(500);
		expect(broken).toEqual([]);
	});

	it('resolve in the overdue fixture (dashboard with query links, deprecated documents)', () => {
		const { broken } = brokenLinks(overdueDir);
		expect(broken).toEqual([]);
	});

	it('finds a broken link, a missing anchor and a slash-less directory link', () => {
		const html =
			'<a href="/de/nope/">x</a><a href="/de/#nirgends">y</a><a href="/de">z</a><a href="mailto:a@b.c">m</a>';
		const refs = references(html);
		expect(refs).toEqual(['/de/nope/', '/de/#nirgends', '/de', 'mailto:a@b.c']);
		expect(resolveFile(siteDir, '/de/nope/')).toBeUndefined();
		expect(resolveFile(siteDir, '/de')).toBeUndefined();
		expect(resolveFile(siteDir, '/de/')).toBeDefined();
		expect(ids(readFileSync(path.join(siteDir, 'de', 'index.html'), 'utf8')).has('nirgends')).toBe(
			false,
		);
	});
});
