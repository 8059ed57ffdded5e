/**
 * `classification: confidential` (README "Publishing safely"): a confidential document with a
 * marker in its file name, id, title and body is left out of a normal build entirely — every
 * file of the site read, the Pagefind index decompressed — and appears with KODEX_CONFIDENTIAL=1
 * as a page with the confidential banner, in the manifest, but not in search.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import type { Manifest } from '../../src/lib/manifest.ts';
import { buildFixtureSite } from '../helpers/fixture-site.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { siteTexts } from '../helpers/site-files.ts';
import { TEST_TMP } from '../setup/build-site.ts';

const ID = 'geheimmarker-vertraulich';
const TITLE = 'GEHEIMMARKER Vertrauliche Richtlinie';
const BODY_WORD = 'Kündigungswellenplanung';
const CONTENT = path.relative(process.cwd(), path.join(TEST_TMP, 'content-confidential'));

function prepare(): void {
	rmSync(CONTENT, { recursive: true, force: true });
	cpSync('tests/fixtures/site-minimal', CONTENT, { recursive: true });
	const source = readFileSync(path.join(CONTENT, 'guidelines', 'fotos.mdx'), 'utf8');
	writeFileSync(
		path.join(CONTENT, 'guidelines', `${ID}.mdx`),
		`${source
			.replace(/^id: fotos$/m, `id: ${ID}`)
			.replace(/^title: .*$/m, `title: ${TITLE}`)
			.replace(/^status: approved$/m, 'status: approved\nclassification: confidential')
			.replace(/^related: .*\n/m, '')}\nDie ${BODY_WORD} bleibt im kleinen Kreis.\n`,
	);
}

const MARKERS = [ID, TITLE, BODY_WORD];
const pageOf = (dir: string) => path.join(dir, 'de', 'guidelines', ID, 'index.html');

let normal = '';
let included = '';

beforeAll(async () => {
	expect(inject('siteDir'), 'the globalSetup must build the site first').toBeTruthy();
	const env = { KODEX_TODAY: '2026-11-22', KODEX_STRICT: '' };
	normal = await buildFixtureSite({ name: 'confidential-out', content: CONTENT, env, prepare });
	included = await buildFixtureSite({
		name: 'confidential-in',
		content: CONTENT,
		env: { ...env, KODEX_CONFIDENTIAL: '1' },
		prepare,
	});
}, 600_000);

describe('confidential documents', () => {
	it('leave no trace in a normal build: no page, link, search entry, manifest row or name', () => {
		const texts = siteTexts(normal);
		expect(texts.size).toBeGreaterThan(20);
		const leaks = [...texts].flatMap(([file, text]) =>
			MARKERS.filter((m) => text.includes(m)).map((m) => `${file}: ${m}`),
		);
		expect(leaks).toEqual([]);
	});

	it('appear with KODEX_CONFIDENTIAL=1: a page with the banner and a manifest row', () => {
		const page = readFileSync(pageOf(included), 'utf8');
		expect(page).toContain(TITLE);
		expect(page).toContain(t('de', 'doc.confidentialBanner'));
		const manifest = JSON.parse(
			readFileSync(path.join(included, 'kodex-manifest.json'), 'utf8'),
		) as Manifest;
		expect(manifest.documents.map((d) => d.id)).toContain(ID);
	});

	it('stay out of search even when included', async () => {
		const page = readFileSync(pageOf(included), 'utf8');
		expect(page).not.toContain('data-pagefind-body');
		const pf = await loadPagefind(included, 'de');
		expect(await pf.search(BODY_WORD)).toEqual([]);
		// The word search would find it by is in the page, and other pages are indexed.
		expect(page).toContain(BODY_WORD);
		expect((await pf.search('Fotos')).length).toBeGreaterThan(0);
	});
});
