// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import kodex from './src/astro/integration.ts';

// A static, self-contained internal handbook: no CDN, no web fonts, no
// analytics, no external images — every request stays on the site's own host.
export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	// Scripts and stylesheets always as files, never inlined: the Content-Security-Policy
	// (src/lib/security-headers.ts) then needs no hashes and no 'unsafe-inline'.
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [mdx(), kodex()],
	devToolbar: { enabled: false },
	prefetch: false,
	vite: {
		build: {
			assetsInlineLimit: 0,
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
