/**
 * A site built from a document full of attempted payloads (tests/fixtures/
 * payloads on top of site-minimal), with the validation gate switched off so
 * the build renders what `check` refuses: the sanitizer alone must keep every
 * payload off the site. Shared by the integration and the browser test.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEST_TMP } from '../setup/build-site.ts';
import { buildFixtureSite } from './fixture-site.ts';

const NAME = 'payloads';
const PAYLOAD_CONTENT = path.relative('.', path.join(TEST_TMP, 'content-payloads'));
export const PAYLOAD_PAGE = '/de/guidelines/angriff/';
/** The file the ESM payload tries to write on the build machine. */
export const PAYLOAD_FILE = '/tmp/kodex-payload-KXESM';

/** Copies site-minimal plus the payload document into `dir`. */
export function writePayloadContent(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	cpSync('tests/fixtures/site-minimal', dir, { recursive: true });
	cpSync('tests/fixtures/payloads', dir, { recursive: true });
}

export function buildPayloadSite(): Promise<string> {
	return buildFixtureSite({
		name: NAME,
		content: PAYLOAD_CONTENT,
		env: { KODEX_TODAY: '2026-11-22', KODEX_STRICT: '' },
		prepare: () => {
			rmSync(PAYLOAD_FILE, { force: true });
			writePayloadContent(PAYLOAD_CONTENT);
			// The same configuration, but a build that does not stop at the errors check reports.
			const root = path.join(TEST_TMP, `fixture-${NAME}`);
			const config = path.join(root, 'astro.config.mjs');
			const text = readFileSync(config, 'utf8');
			const ungated = text.replace('kodex()', 'kodex({ failOnErrors: false })');
			if (ungated === text) throw new Error('astro.config.mjs no longer calls kodex()');
			writeFileSync(config, ungated);
		},
	});
}
