/**
 * Astro writes the not-found page of a non-default language, src/pages/[lang]/404.astro,
 * as /{lang}/404/index.html. Static hosts (and deploy/nginx/kodex.conf) look for
 * /{lang}/404.html, beside the root /404.html of the default language: move it there.
 */
import { existsSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';

/** Moves every `{dir}/404/index.html` one level up to `{dir}/404.html`; returns the moved paths. */
export function placeLanguageNotFoundPages(distDir: string): string[] {
	const moved: string[] = [];
	for (const entry of readdirSync(distDir, { withFileTypes: true })) {
		if (!entry.isDirectory()) continue;
		const page = path.join(distDir, entry.name, '404', 'index.html');
		if (!existsSync(page)) continue;
		const target = path.join(distDir, entry.name, '404.html');
		renameSync(page, target);
		const folder = path.dirname(page);
		if (readdirSync(folder).length === 0) rmdirSync(folder);
		moved.push(path.relative(distDir, target));
	}
	return moved;
}
