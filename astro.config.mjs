// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { bodyProcessor } from './src/astro/body.ts';
import kodex from './src/astro/integration.ts';

// A static, self-contained internal handbook: no CDN, no web fonts, no
// analytics, no external images — every request stays on the site's own host.
export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	// Scripts and stylesheets always as files, never inlined: the Content-Security-Policy
	// (src/lib/site/chrome/security-headers.ts) then needs no hashes and no 'unsafe-inline'.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Document bodies go through one remark/rehype pipeline (src/lib/body/): the Kodex
	// syntax becomes HTML and a sanitizer keeps nothing that could run or load.
	// Code blocks stay plain: highlighting would add inline styles.
	markdown: { processor: bodyProcessor(), syntaxHighlight: false },
	integrations: [mdx(), kodex()],
	devToolbar: { enabled: false },
	prefetch: false,
	// Lets the Astro VS Code extension check MDX frontmatter against the collection schemas
	// (.vscode/settings.json switches it on in the editor; docs/authoring.en.md explains it).
	experimental: { contentIntellisense: true },
	vite: {
		// … and the preload helper Vite wraps around every dynamic import (about 900 bytes
		// gzipped, shared by every page that loads something on first use) is reduced to the
		// plain import it amounts to without preloading. Keeps each page under its 5 KB budget.
		plugins: [
			{
				name: 'kodex:plain-dynamic-import',
				enforce: 'pre',
				load(id) {
					return id === '\0vite/preload-helper.js'
						? 'export const __vitePreload = (load) => load();'
						: undefined;
				},
			},
		],
		build: {
			assetsInlineLimit: 0,
			// Scripts loaded on first use (search, the pre-publish summary) import no CSS and share
			// no chunks worth preloading, so nothing is preloaded …
			modulePreload: false,
			rolldownOptions: {
				onwarn(warning, warn) {
					// Astro's compiled MDX modules carry a directive the bundler reports as
					// unpreservable; it is harmless and would bury real warnings.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /\.mdx\?/.test(warning.id ?? '')) return;
					warn(warning);
				},
			},
		},
	},
});
