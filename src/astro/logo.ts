/**
 * The company logo (handbook.yaml `company.logo`, a file inside the content
 * folder) served as `/brand/logo.svg` or `/brand/logo.png`. One endpoint file
 * per extension, so Astro sees a file extension in the route and serves it
 * without a trailing slash.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileState } from '../lib/body/links.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { logoPath } from '../lib/site/model/site.ts';
import { loadSite } from './site.ts';

const TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

export function logoEndpoint(ext: keyof typeof TYPES): {
	getStaticPaths: GetStaticPaths;
	GET: APIRoute;
} {
	return {
		getStaticPaths: async () => {
			const site = await loadSite();
			return logoPath(site.config) === `/brand/logo.${ext}` ? [{ params: { name: 'logo' } }] : [];
		},
		GET: async () => {
			const site = await loadSite();
			const logo = site.config.company.logo;
			// ASSET-001 stops the build first; this only keeps a dev server from serving what it refuses.
			const dir = resolveContentDir().abs;
			if (!logo || fileState(dir, logo) !== 'ok') return new Response(null, { status: 404 });
			const file = await readFile(path.join(dir, logo));
			return new Response(file, { headers: { 'Content-Type': TYPES[ext] } });
		},
	};
}
