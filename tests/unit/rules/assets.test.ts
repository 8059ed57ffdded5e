import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectSvg } from '../../../src/lib/body/svg.ts';
import { validate } from '../../../src/lib/validate.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kodex-assets-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The CLI base fixture with a logo set up by `prepare`; returns ASSET-001 diagnostics. */
async function assetProblems(name: string, prepare: (dir: string) => void) {
	const dir = path.join(tmp, name);
	cpSync('tests/fixtures/base', dir, { recursive: true });
	const config = path.join(dir, 'handbook.yaml');
	writeFileSync(
		config,
		readFileSync(config, 'utf8').replace(/^company:\n/m, 'company:\n  logo: assets/logo.svg\n'),
	);
	prepare(dir);
	const result = await validate(dir, { history: false, today: '2026-11-22' });
	return [...result.errors, ...result.warnings].filter((d) => d.rule === 'ASSET-001');
}

const CLEAN_SVG =
	'<svg xmlns="http://www.w3.org/2000/svg"><use href="#a"/><path id="a" d="M0 0"/></svg>\n';

describe('ASSET-001: the published logo', () => {
	it('accepts a plain SVG inside the content folder', async () => {
		expect(
			await assetProblems('clean', (dir) => {
				cpSync('tests/fixtures/site-minimal/assets', path.join(dir, 'assets'), { recursive: true });
			}),
		).toEqual([]);
	});

	it('names the path of a missing logo', async () => {
		const [d, ...rest] = await assetProblems('missing', () => undefined);
		expect(rest).toEqual([]);
		expect(d).toMatchObject({ path: 'company.logo', line: 3 });
		expect(d!.message).toContain('/assets/logo.svg" does not exist');
	});

	it('refuses a symlink to a file outside the content folder', async () => {
		const outside = path.join(tmp, 'secret.svg');
		writeFileSync(outside, CLEAN_SVG);
		const [d] = await assetProblems('symlink', (dir) => {
			cpSync('tests/fixtures/site-minimal/assets', path.join(dir, 'assets'), { recursive: true });
			rmSync(path.join(dir, 'assets/logo.svg'));
			symlinkSync(outside, path.join(dir, 'assets/logo.svg'));
		});
		expect(d?.message).toContain('symlink to a file outside the content folder');
	});

	it('reports scripts, handlers, foreignObject and external references at their line', async () => {
		const svg = [
			'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">',
			'<script>alert(1)</script>',
			'<foreignObject><div>x</div></foreignObject>',
			'<image href="https://other.example/x.png"/>',
			'<rect style="fill: url(https://other.example/p.svg#g)"/>',
			'<use href="#ok"/>',
			'</svg>',
		].join('\n');
		const found = await assetProblems('unsafe', (dir) => {
			cpSync('tests/fixtures/site-minimal/assets', path.join(dir, 'assets'), { recursive: true });
			writeFileSync(path.join(dir, 'assets/logo.svg'), svg);
		});
		expect(found.map((d) => `${path.basename(d.file)}:${d.line}`)).toEqual([
			'logo.svg:1',
			'logo.svg:2',
			'logo.svg:3',
			'logo.svg:4',
			'logo.svg:5',
		]);
	});

	it('lets fragment references inside the SVG pass', () => {
		expect(inspectSvg(CLEAN_SVG)).toEqual([]);
		expect(inspectSvg('<rect fill="url(#grad)"/>')).toEqual([]);
	});
});
