/**
 * deploy/nginx/kodex.conf with a real nginx (Debian's package; `npm test` installs it when
 * missing, .ci/ensure-nginx): the built example site served on a loopback port, every request
 * checked with oauth2-proxy through auth_request. oauth2-proxy itself is replaced by a tiny
 * stand-in that answers its /oauth2/auth contract (202 with the session cookie, 401 without),
 * so the test needs no identity provider. For the test the config's TLS listener becomes a
 * plain loopback one and `root`, the proxy address and the include path point at the test's
 * files; everything else is the file as deployed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/site/chrome/security-headers.ts';
import { launchChromium, watchCsp } from '../helpers/chromium.ts';
import { TEST_TMP } from '../setup/build-site.ts';

const NGINX = process.env['KODEX_NGINX'] || '/usr/sbin/nginx';
const COOKIE = '_oauth2_proxy=signed-in';
const siteDir = inject('siteDir');

let nginx: ChildProcess | undefined;
let proxy: http.Server;
let origin = '';
let browser: Browser;

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = http.createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as AddressInfo;
			s.close(() => resolve(port));
		});
	});
}

/** GET without following redirects. */
function get(url: string, cookie?: string) {
	return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
		(resolve, reject) => {
			http
				.get(url, { headers: cookie ? { cookie } : {} }, (res) => {
					let body = '';
					res.setEncoding('utf8').on('data', (c: string) => (body += c));
					res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
				})
				.on('error', reject);
		},
	);
}

async function waitForPort(url: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		try {
			await get(url);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(`nginx did not answer on ${url}`);
}

beforeAll(async () => {
	expect(
		siteDir,
		'the globalSetup tests/setup/build-site.ts must build the site first',
	).toBeTruthy();
	// The stand-in for oauth2-proxy.
	proxy = http.createServer((req, res) => {
		if (req.url?.startsWith('/oauth2/auth'))
			res.writeHead(req.headers.cookie?.includes(COOKIE) ? 202 : 401).end();
		else
			res
				.writeHead(200, { 'content-type': 'text/plain' })
				.end('sign-in page of the identity provider');
	});
	await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
	const proxyPort = (proxy.address() as AddressInfo).port;
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;

	const dir = mkdtempSync(path.join(TEST_TMP, 'nginx-'));
	const site = readFileSync('deploy/nginx/kodex.conf', 'utf8')
		.replace('listen 443 ssl http2;', `listen 127.0.0.1:${port};`)
		.replace(/^\s*ssl_certificate(_key)? .*\n/gm, '')
		.replace('root /srv/kodex/dist;', `root ${siteDir};`)
		.replaceAll('127.0.0.1:4180', `127.0.0.1:${proxyPort}`)
		.replaceAll(
			'/etc/nginx/kodex/security-headers.conf',
			path.resolve('deploy/nginx/security-headers.conf'),
		);
	expect(site).toContain(`root ${siteDir};`);
	writeFileSync(path.join(dir, 'kodex.conf'), site);
	writeFileSync(
		path.join(dir, 'nginx.conf'),
		[
			'daemon off;',
			'master_process off;',
			`error_log ${dir}/error.log;`,
			`pid ${dir}/nginx.pid;`,
			'events { worker_connections 64; }',
			'http {',
			'  access_log off;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
				(t) => `  ${t}_temp_path ${dir}/${t};`,
			),
			`  include ${dir}/kodex.conf;`,
			'}',
			'',
		].join('\n'),
	);
	nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	nginx.stderr!.on('data', (c: Buffer) => (stderr += c));
	nginx.on('exit', (code) => {
		if (code) stderr += `\n(nginx exited with ${code})`;
	});
	try {
		await waitForPort(`${origin}/robots.txt`);
	} catch (err) {
		throw new Error(
			`${String(err)}\n${stderr}${readFileSync(path.join(dir, 'error.log'), 'utf8')}`,
		);
	}
	browser = await launchChromium();
}, 60_000);

afterAll(async () => {
	await browser?.close();
	nginx?.kill('SIGTERM');
	await new Promise<void>((r) => (proxy ? proxy.close(() => r()) : r()));
});

const FILES: [string, RegExp][] = [
	['/de/', /^text\/html/],
	['/de/changes/feed.xml', /^application\/atom\+xml/],
	['/de/review/documents.csv', /^text\/csv/],
	['/kodex-manifest.json', /^application\/json/],
	['/pagefind/pagefind.js', /^text\/javascript/],
	['/robots.txt', /^text\/plain/],
	['/js-enabled.js', /^text\/javascript/],
];

describe('nginx behind oauth2-proxy (deploy/)', () => {
	it('sends visitors who are not signed in to the sign-in, with the security headers', async () => {
		const res = await get(`${origin}/de/guidelines/`);
		expect(res.status).toBe(302);
		expect(res.headers.location).toMatch(/\/oauth2\/start\?rd=\/de\/guidelines\/$/);
		expect(res.body).not.toContain('<main');
		for (const [name, value] of SECURITY_HEADERS)
			expect(res.headers[name.toLowerCase()], name).toBe(value);
		const feed = await get(`${origin}/de/changes/feed.xml`);
		expect(feed.status).toBe(302);
	});

	it('serves every kind of file to signed-in visitors with the security and robots headers', async () => {
		for (const [url, type] of FILES) {
			const res = await get(`${origin}${url}`, COOKIE);
			expect(res.status, url).toBe(200);
			expect(res.headers['content-type'], url).toMatch(type);
			for (const [name, value] of SECURITY_HEADERS)
				expect(res.headers[name.toLowerCase()], `${name} of ${url}`).toBe(value);
		}
	});

	it('answers an unknown path with the site’s 404 page, headers included', async () => {
		const res = await get(`${origin}/de/gibt-es-nicht/`, COOKIE);
		expect(res.status).toBe(404);
		expect(res.body).toBe(readFileSync(path.join(siteDir, '404.html'), 'utf8'));
		expect(res.headers['x-robots-tag']).toBe('noindex, nofollow, noarchive');
	});

	it('works in Chromium under the header policy: pages and search, no violation', async () => {
		const context = await browser.newContext();
		await context.addCookies([{ name: '_oauth2_proxy', value: 'signed-in', url: origin }]);
		const page = await context.newPage();
		const problems = await watchCsp(page);
		const response = await page.goto(`${origin}/de/`);
		expect(response?.status()).toBe(200);
		expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
		await page.goto(`${origin}/de/prepublish/darf-ich-das-posten/`);
		await page.keyboard.press('Control+K');
		await page.keyboard.type('Urheberrecht');
		await page.locator('.search-result').first().waitFor({ timeout: 20_000 });
		expect(await problems()).toEqual([]);
		await context.close();
	});
});
