/**
 * The preview build with drafts (`KODEX_DRAFTS=1 npm run build`, README "Everyday commands"):
 * the example handbook built once more with KODEX_DRAFTS=1, in a root of its own
 * (tests/helpers/fixture-site.ts). Each draft gets its page with the draft banner and is
 * listed in its section index; the manifest still lists published documents only.
 *
 * That the normal build (the one the globalSetup shares) has no page for a draft, never
 * mentions it and never returns it from search is tested in build.test.ts, that its manifest
 * leaves drafts out in manifest.test.ts. The search check here shows those tests can fail: the
 * word they search for finds the draft once it is built.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DOC_TYPES } from '../../schemas/index.ts';
import { t } from '../../src/i18n/index.ts';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import type { Manifest } from '../../src/lib/manifest.ts';
import type { SourceDoc } from '../../src/lib/model/model.ts';
import { validate } from '../../src/lib/validate.ts';
import { buildFixtureSite } from '../helpers/fixture-site.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { longestWord } from '../helpers/example-site.ts';

type Doc = SourceDoc & { data: NonNullable<SourceDoc['data']> };

const siteDir = inject('siteDir');
/** The example handbook built with KODEX_DRAFTS=1. */
let previewDir = '';
let drafts: Doc[] = [];

const docUrl = (doc: Doc) => `/${doc.data.language}/${DOC_TYPES[doc.type].folder}/${doc.data.id}/`;
const sectionUrl = (doc: Doc) => `/${doc.data.language}/${DOC_TYPES[doc.type].folder}/`;
const pageFile = (dir: string, url: string) => path.join(dir, url, 'index.html');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

function decode(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&');
}

beforeAll(async () => {
	// buildFixtureSite ties its output to this run's shared build, so it builds once per run.
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	const content = resolveContentDir();
	const result = await validate(content.abs);
	drafts = result.handbook.docs.filter((d): d is Doc => d.data?.status === 'draft');
	expect(drafts.length, 'the example handbook has a draft').toBeGreaterThan(0);
	previewDir = await buildFixtureSite({
		name: 'drafts',
		content: content.rel,
		env: { KODEX_DRAFTS: '1' },
	});
});

describe('preview build with drafts (KODEX_DRAFTS=1)', () => {
	it('builds a page for each draft, titled by it, with the draft banner', () => {
		for (const doc of drafts) {
			const file = pageFile(previewDir, docUrl(doc));
			expect(existsSync(file), `${docUrl(doc)} in the preview build`).toBe(true);
			const page = decode(readFileSync(file, 'utf8'));
			expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(page)?.[1]?.trim(), doc.file).toBe(doc.data.title);
			const banner = /<p class="notice notice-draft"[^>]*role="note"[^>]*>([^<]*)</.exec(page);
			expect(banner?.[1]?.trim(), `${doc.file}: draft banner`).toBe(
				t(doc.data.language, 'doc.draftBanner'),
			);
		}
	});

	it('lists each draft in its section index', () => {
		for (const doc of drafts) {
			const section = readFileSync(pageFile(previewDir, sectionUrl(doc)), 'utf8');
			expect(hrefs(section), `links of ${sectionUrl(doc)}`).toContain(docUrl(doc));
			expect(decode(section), sectionUrl(doc)).toContain(doc.data.title);
		}
	});

	it('finds each draft by the word the normal build is searched for (build.test.ts)', async () => {
		for (const doc of drafts) {
			const pf = await loadPagefind(previewDir, doc.data.language);
			const results = await pf.search(longestWord(doc.data.title));
			expect(results.map((r) => r.url)).toContain(docUrl(doc));
		}
	});

	it('still leaves drafts out of kodex-manifest.json', () => {
		const manifest = JSON.parse(
			readFileSync(path.join(previewDir, 'kodex-manifest.json'), 'utf8'),
		) as Manifest;
		expect(manifest.documents.length).toBeGreaterThan(0);
		const ids = manifest.documents.map((d) => d.id);
		for (const doc of drafts) expect(ids, doc.file).not.toContain(doc.data.id);
	});
});
