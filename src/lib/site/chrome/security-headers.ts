/**
 * The site's browser security policy, in one place: the Content-Security-Policy the pages
 * carry as a meta tag, and the same policy with the other security and robots headers for
 * the web server (`_headers` for Netlify/Cloudflare-style hosts, written into the build, and
 * deploy/nginx/security-headers.conf, which a test keeps equal to {@link nginxHeaders}).
 *
 * The policy needs no hashes: every script and stylesheet is a file on the site's own host
 * (the pages have no inline scripts). Pagefind compiles its WebAssembly search, hence
 * 'wasm-unsafe-eval'; the brand colour is a style attribute, hence style-src-attr.
 */

/** Directives that work in a `<meta http-equiv>` tag and in a header. */
const DIRECTIVES: [string, string][] = [
	['default-src', "'self'"],
	['script-src', "'self' 'wasm-unsafe-eval'"],
	['style-src', "'self'"],
	['style-src-attr', "'unsafe-inline'"],
	['img-src', "'self' data:"],
	['font-src', "'self'"],
	['connect-src', "'self'"],
	['worker-src', "'self'"],
	['object-src', "'none'"],
	['base-uri', "'self'"],
	['form-action', "'self'"],
];

/** Directives browsers only honour in a header (frame-ancestors is ignored in a meta tag). */
const HEADER_ONLY: [string, string][] = [['frame-ancestors', "'none'"]];

const join = (d: [string, string][]) => d.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy of the `<meta http-equiv="Content-Security-Policy">` tag on every page. */
export const CSP_META = join(DIRECTIVES);

/** The policy the web server sends. */
export const CSP_HEADER = join([...DIRECTIVES, ...HEADER_ONLY]);

/** The headers for every file of the site: pages, feeds, CSV, manifest, search index, assets. */
export const SECURITY_HEADERS: [string, string][] = [
	['Content-Security-Policy', CSP_HEADER],
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'no-referrer'],
	['X-Robots-Tag', 'noindex, nofollow, noarchive'],
	['X-Frame-Options', 'DENY'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
];

/** `robots.txt`: an internal handbook is not for any crawler. */
export const ROBOTS_TXT = 'User-agent: *\nDisallow: /\n';

/** `_headers` in the Netlify / Cloudflare Pages format: one block for every path. */
export function hostHeaders(): string {
	return `/*\n${SECURITY_HEADERS.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}

/** An nginx snippet with the same headers (`always`: error pages carry them too). */
export function nginxHeaders(): string {
	return [
		'# Generated from src/lib/site/chrome/security-headers.ts; tests/unit/security-headers.test.ts keeps it in step.',
		'# Include it in every location that serves the site (nginx drops inherited add_header',
		'# lines as soon as a location has add_header lines of its own).',
		...SECURITY_HEADERS.map(([k, v]) => `add_header ${k} "${v}" always;`),
		'',
	].join('\n');
}
