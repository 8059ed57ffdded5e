/**
 * A tiny static file server for the built site, bound to 127.0.0.1 on a free
 * port. Serves `dir/index.html` for directory URLs (trailing slash), for unknown
 * paths the not-found page of the path's first folder (`/en/404.html`) or else
 * 404.html — as deploy/nginx/kodex.conf does — and records every request path.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
	/** e.g. `http://127.0.0.1:43123` */
	origin: string;
	/** Paths requested so far, in order. */
	requests: string[];
	close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
	try {
		return (await stat(file)).isFile();
	} catch {
		return false;
	}
}

export async function startStaticServer(root: string): Promise<StaticServer> {
	const base = path.resolve(root);
	const requests: string[] = [];
	const server = http.createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		requests.push(url.pathname);
		let rel: string;
		try {
			rel = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		let file = path.join(base, rel);
		if (!file.startsWith(base)) {
			res.writeHead(403).end();
			return;
		}
		if (rel.endsWith('/')) file = path.join(file, 'index.html');
		let status = 200;
		if (!(await isFile(file))) {
			status = 404;
			const folder = rel.split('/')[1] ?? '';
			file = path.join(base, folder, '404.html');
			if (!folder || !(await isFile(file))) file = path.join(base, '404.html');
			if (!(await isFile(file))) {
				res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
				return;
			}
		}
		res.writeHead(status, {
			'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
			'Cache-Control': 'no-store',
		});
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((err) => (err ? reject(err) : resolve()));
			}),
	};
}
