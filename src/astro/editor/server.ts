/**
 * The browser editor at /admin/ (Decap CMS, see docs/editor.md).
 *
 * Only in `astro dev`, unless a build sets KODEX_EDITOR=github|gitlab: then
 * the page and the CMS files are part of dist/ and save through that host.
 * In dev the dev server itself serves:
 * - /admin/decap/…  the CMS, from the npm package (nothing from a CDN);
 * - /admin/api/v1   Decap's maintained local proxy (decap-server), writing
 *                   into the content folder, same origin only;
 * - /admin/check    `check`'s diagnostics for one file, as JSON.
 */
import { createReadStream, existsSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics/diagnostics.ts';
import type { EditorBackend } from '../../lib/editor/types.ts';
import { refresh } from '../cache.ts';

const require = createRequire(import.meta.url);

/** Folder of the prebuilt CMS inside the npm package. */
const DECAP_DIST = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
/** URL paths under which the editor's parts are served; with the trailing slash the site's URLs have. */
export const DECAP_BASE = '/admin/decap/';
export const PROXY_PATH = '/admin/api/v1/';
export const CHECK_PATH = '/admin/check/';

type Next = (error?: unknown) => void;
type Handler = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** Where a hosted editor saves, from KODEX_EDITOR and friends; undefined when it is off. */
export function hostedBackend(env: NodeJS.ProcessEnv = process.env): EditorBackend | undefined {
	const name = env['KODEX_EDITOR'];
	if (name !== 'github' && name !== 'gitlab') return undefined;
	const repo = env['KODEX_EDITOR_REPO'];
	if (!repo) throw new Error('KODEX_EDITOR needs KODEX_EDITOR_REPO, e.g. acme/handbook');
	const optional = {
		branch: env['KODEX_EDITOR_BRANCH'],
		base_url: env['KODEX_EDITOR_BASE_URL'],
		api_root: env['KODEX_EDITOR_API_ROOT'],
		app_id: env['KODEX_EDITOR_APP_ID'],
		auth_type: env['KODEX_EDITOR_APP_ID'] ? 'pkce' : undefined,
	};
	const backend: EditorBackend = { name, repo };
	for (const [key, value] of Object.entries(optional)) if (value) backend[key] = value;
	return backend;
}

/** Whether a request comes from a page of this very server (the proxy writes files). */
function sameOrigin(req: IncomingMessage): boolean {
	if (req.headers['sec-fetch-site'] === 'cross-site') return false;
	const origin = req.headers.origin;
	if (!origin) return true;
	try {
		return new URL(origin).host === req.headers.host;
	} catch {
		return false;
	}
}

const TYPES: Readonly<Record<string, string>> = {
	'.js': 'text/javascript; charset=utf-8',
	'.wasm': 'application/wasm',
};

/** The files of the `decap-cms.js` bundle and its chunks (the package also ships a variant without React). */
function isDecapFile(name: string): boolean {
	return /(?:^|[/.])decap-cms\.js$|\.wasm$/.test(name);
}

/** Serves the prebuilt CMS files (no source maps) from the npm package. */
function serveDecap(): Handler {
	return (req, res, next) => {
		const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
		const type = TYPES[path.extname(name)];
		const file = path.join(DECAP_DIST, name);
		if (!type || !isDecapFile(name) || name.includes('/') || !existsSync(file)) return next();
		res.setHeader('Content-Type', type);
		createReadStream(file).pipe(res);
	};
}

interface ExpressApp extends Handler {
	post(path: string, ...handlers: unknown[]): void;
}

/** decap-server's file-system proxy, rooted at the content folder. */
async function localProxy(contentDir: string): Promise<Handler> {
	const express = require('express') as () => ExpressApp;
	const { registerLocalFs } = require('decap-server/dist/middlewares.js') as {
		registerLocalFs: (app: ExpressApp, options: { logLevel: string }) => Promise<void>;
	};
	const app = express();
	// decap-server reads its root from this variable while it registers.
	const previous = process.env['GIT_REPO_DIRECTORY'];
	process.env['GIT_REPO_DIRECTORY'] = contentDir;
	try {
		await registerLocalFs(app, { logLevel: 'warn' });
	} finally {
		if (previous === undefined) delete process.env['GIT_REPO_DIRECTORY'];
		else process.env['GIT_REPO_DIRECTORY'] = previous;
	}
	return (req, res, next) => {
		if (!sameOrigin(req)) {
			res.statusCode = 403;
			res.end('The editor proxy only answers pages of this server.');
			return;
		}
		if (req.method !== 'POST') return next();
		req.url = `/api/v1${req.url === '/' ? '' : (req.url ?? '')}`;
		app(req, res, next);
	};
}

/** The answer of /admin/check: `check`'s diagnostics for one file of the content folder. */
export interface FileCheck {
	file: string;
	errors: Diagnostic[];
	warnings: Diagnostic[];
}

/** Validates the handbook again (the same validator as `check`) and keeps what concerns `file`. */
async function checkFile(contentDir: string, file: string): Promise<FileCheck> {
	const result = await refresh(contentDir);
	const wanted = path.resolve(contentDir, file);
	const mine = (d: Diagnostic) => d.file !== '' && path.resolve(d.file) === wanted;
	return { file, errors: result.errors.filter(mine), warnings: result.warnings.filter(mine) };
}

function checkEndpoint(contentDir: string): Handler {
	return (req, res) => {
		const file = new URL(req.url ?? '', 'http://localhost').searchParams.get('file') ?? '';
		const abs = path.resolve(contentDir, file);
		if (!file || path.relative(contentDir, abs).startsWith('..') || path.isAbsolute(file)) {
			res.statusCode = 400;
			res.end('file must be a path inside the content folder');
			return;
		}
		if (!existsSync(abs)) {
			res.statusCode = 404;
			res.end(`${file} does not exist`);
			return;
		}
		checkFile(contentDir, file).then(
			(report) => {
				res.setHeader('Content-Type', 'application/json; charset=utf-8');
				res.end(JSON.stringify(report));
			},
			(error: unknown) => {
				res.statusCode = 500;
				res.end(String((error as Error)?.message ?? error));
			},
		);
	};
}

/** The dev server's editor routes, as one middleware that passes on every other request. */
export async function editorMiddleware(contentDir: string): Promise<Handler> {
	const routes: [prefix: string, handler: Handler][] = [
		[DECAP_BASE, serveDecap()],
		[PROXY_PATH, await localProxy(contentDir)],
		[CHECK_PATH, checkEndpoint(contentDir)],
	];
	return (req, res, next) => {
		const url = req.url ?? '';
		const route = routes.find(([prefix]) => url.startsWith(prefix));
		if (!route) return next();
		const original = url;
		req.url = `/${url.slice(route[0].length)}`;
		route[1](req, res, (error?: unknown) => {
			req.url = original;
			next(error);
		});
	};
}

/** Copies the prebuilt CMS (without source maps) into a built site's /admin/decap/. */
export async function copyDecap(distDir: string): Promise<void> {
	const target = path.join(distDir, DECAP_BASE);
	await mkdir(target, { recursive: true });
	await cp(DECAP_DIST, target, {
		recursive: true,
		filter: (src) => src === DECAP_DIST || isDecapFile(src),
	});
}
